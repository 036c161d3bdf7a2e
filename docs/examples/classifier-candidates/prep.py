# Builds the later-year split of docs/classifiers.md from ../shared/data (run by hand, never in the build).
import json, hashlib, csv, re, os
D='/work/shared/data/papers/paperlists/'
def papers(f):
    out=[]
    for p in json.load(open(D+f)):
        a=(p.get('abstract') or '').strip(); t=(p.get('title') or '').strip()
        if len(a)>50: out.append(t+'. '+a)
    return sorted(set(out), key=lambda s: hashlib.md5(s.encode()).hexdigest())
def take(files, n, label):
    lists=[papers(f) for f in files]; res=[]; i=0
    while len(res)<n:
        l=lists[i%len(lists)]; j=i//len(lists)
        if j<len(l): res.append({'text':l[j],'label':label})
        i+=1
    return res
train = take(['cvpr2018.json','eccv2018.json','iccv2017.json'],1200,'vision') + take(['acl2021.json','naacl2021.json'],1200,'language')
test = take(['cvpr2019.json','iccv2019.json'],800,'vision') + take(['acl2022.json','naacl2022.json','naacl2024.json'],800,'language')
def w(name, rows):
    with open('data/'+name,'w') as fh:
        for r in rows: fh.write(json.dumps(r)+'\n')
w('papers-train.jsonl', train); w('papers-test.jsonl', test)
# Six classes: papers above plus Hugging Face model ids (split into words) labelled by task_domain; test = unseen authors.
dom={'computer_vision':'vision','nlp':'language','audio':'speech','reinfocement_learning':'rl-robotics','multimodal':'multimodal','tabular':'other'}
rows=list(csv.DictReader(open('/work/shared/data/huggingface/liang2024_hf_model_info_74970.csv')))
print('task_domain values', sorted({r['task_domain'] for r in rows}))
tr={}; te={}
for r in sorted(rows, key=lambda r: hashlib.md5(r['modelId'].encode()).hexdigest()):
    d=dom.get(r['task_domain'])
    if not d: continue
    text=' '.join(re.split(r'[/_\-.\s]+', r['modelId'])).strip()
    held = int(hashlib.md5((r['author'] or r['modelId'].split('/')[0]).encode()).hexdigest(),16)%100 < 30
    (te if held else tr).setdefault(d,[]).append({'text':text,'label':d})
mtr=[x for d in tr for x in tr[d][:1200]]; mte=[x for d in te for x in te[d][:400]]
w('six-train.jsonl', train+mtr); w('six-test.jsonl', test+mte)
from collections import Counter
print('papers', len(train), len(test)); print('six train', Counter(x['label'] for x in train+mtr)); print('six test', Counter(x['label'] for x in test+mte))
