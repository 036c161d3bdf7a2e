#!/usr/bin/env bash
# Three `framewatch broker` nodes on three ports of this machine, an import while one of them is killed with kill -9, two
# index replicas, and their share tables compared (docs/deploy.md, "Starting the brokers"). Needs python3 for the test data.
# Usage: docs/examples/three-brokers.sh [RECORDS]   (work files under $WORK, default a new temp dir)
set -u
cd "$(dirname "$0")/../.."
export W="${WORK:-$(mktemp -d)}" N="${1:-50000}"
echo "work dir: $W"
J=./framewatch
python3 - <<'PY'
import os, random
random.seed(7)
venues = ["CVPR", "NeurIPS", "ICLR", "ACL", "ICML"]
fws = [[], ["PyTorch"], ["PyTorch"], ["TensorFlow"], ["PyTorch", "TensorFlow"], ["JAX"]]
with open(os.environ["W"] + "/papers.jsonl", "w") as f:
    for i in range(int(os.environ["N"])):
        fw = random.choice(fws)
        text = "We study problem %d. " % i + " ".join("Our code uses %s." % x for x in fw)
        f.write('{"id":"paper:c:%d","kind":"paper","source":"synthetic","title":"Paper %d","venue":"%s","year":%d,'
                '"abstract":"%s"}\n' % (i, i, random.choice(venues), random.randint(2017, 2024), text.strip()))
PY
VOTERS=1@127.0.0.1:19093,2@127.0.0.1:29093,3@127.0.0.1:39093
BS=127.0.0.1:19092,127.0.0.1:29092,127.0.0.1:39092
start() {
  $J broker --node-id "$1" --controller-quorum-voters $VOTERS --listeners "PLAINTEXT://127.0.0.1:${1}9092" \
    --data-dir "$W/fw-$1" > "$W/broker-$1.log" 2>&1 &
  echo $! > "$W/pid-$1"
}
for n in 1 2 3; do start $n; done
for n in 1 2 3; do
  for _ in $(seq 120); do grep -q ready "$W/broker-$n.log" && break; sleep 1; done
  grep ready "$W/broker-$n.log" || { echo "broker $n did not start: $W/broker-$n.log"; exit 1; }
done
S="--set kafka.bootstrap-servers=$BS --set kafka.replication-factor=3 --set kafka.min-insync-replicas=2 --set kafka.topic-prefix=cl."
t0=$(date +%s)
$J import paper "$W/papers.jsonl" $S --data-dir "$W/idx-a" > "$W/import.out" 2> "$W/import.err" &
importing=$!
sleep 4; kill -9 "$(cat "$W/pid-2")"; echo "killed broker 2 (kill -9) at +$(( $(date +%s) - t0 )) s"
sleep 10; start 2; echo "restarted broker 2 at +$(( $(date +%s) - t0 )) s"
wait $importing; echo "import exit $? after $(( $(date +%s) - t0 )) s: $(cat "$W/import.out")"
for d in a b; do $J index --until-caught-up $S --data-dir "$W/idx-$d" | tail -1; done
for d in a b; do $J share --by venue,year --format csv $S --data-dir "$W/idx-$d" > "$W/share-$d.csv"; done
cmp "$W/share-a.csv" "$W/share-b.csv" && echo "the two replicas' share CSVs are identical ($(wc -l < "$W/share-a.csv") lines)"
python3 - <<'PY'
import collections, csv, json, os
w = os.environ["W"]
expected = collections.Counter()
for line in open(w + "/papers.jsonl"):
    r = json.loads(line)
    for name, key in (("PyTorch", "pytorch"), ("TensorFlow", "tensorflow"), ("JAX", "jax")):
        if "uses %s." % name in r["abstract"]:
            expected[(r["venue"].lower(), str(r["year"]), key)] += 1
got = {(row["venue"], row["year"], row["framework"]): int(row["count"]) for row in csv.DictReader(open(w + "/share-a.csv"))}
bad = [k for k in expected if got.get(k) != expected[k]]
print("share cells %d, independently counted %d, mismatches %d %s" % (len(got), len(expected), len(bad), bad[:3]))
PY
for n in 1 2 3; do kill "$(cat "$W/pid-$n")" 2>/dev/null; done
wait 2>/dev/null
