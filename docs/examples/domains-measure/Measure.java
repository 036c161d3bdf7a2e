// Run by hand, not part of the build (reads ../shared/data, which tests never read):
//   ./mvnw -q -B -o -DskipTests package
//   java -Xmx2g -cp "app/target/framewatch.jar:app/target/lib/*" docs/examples/domains-measure/Measure.java /tmp/dommeasure/out
// then the classify train/eval commands of ingest/DOMAINS-NOTES.md on the JSON-lines files it writes.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.analytics.classify.*;
import dev.framewatch.core.record.*;
import java.io.*;
import java.nio.file.*;
import java.time.Instant;
import java.util.*;

/** Weak labels from the real data in ../shared/data, through framewatch's own WeakDomainLabels; writes train/test JSONL. */
public class Measure {
  static final Instant T = Instant.parse("2026-12-04T00:00:00Z");
  static final ObjectMapper M = new ObjectMapper();
  static final Path DATA = Path.of(System.getProperty("data", "../shared/data"));

  static List<CorpusDocument> paperlist(String file, String venue, int year) throws IOException {
    List<CorpusDocument> out = new ArrayList<>();
    for (JsonNode p : M.readTree(DATA.resolve("papers/paperlists/" + file + ".json").toFile())) {
      Map<String, JsonNode> extra = new LinkedHashMap<>();
      String kw = p.path("keywords").asText("");
      if (!kw.isBlank()) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (String k : kw.split(";")) if (!k.isBlank()) a.add(k.trim());
        extra.put("keywords", a);
      }
      String area = p.path("primary_area").asText("");
      if (!area.isBlank()) extra.put("primary_area", TextNode.valueOf(area));
      String abs = p.path("abstract").asText("");
      if (p.path("title").asText("").isBlank()) continue;
      Paper paper = new Paper("paper:" + file + ":" + p.path("id").asText(), "paperlists", T, p.path("title").asText(), venue,
          year, List.of(), List.of(), List.of(), abs.isBlank() ? null : abs, null, Map.of(), extra);
      out.add(new CorpusDocument(paper, null, null, null));
    }
    return out;
  }

  static List<CorpusDocument> models() throws IOException {
    List<CorpusDocument> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(DATA.resolve("huggingface/liang2024_hf_model_info_74970.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (f.length < 7) continue;
      String tag = f[5].isBlank() ? null : f[5];
      out.add(new CorpusDocument(new Model("hf:" + f[0], "huggingface", T, f[0], null, List.of(), tag, null, 0, 0, Map.of()),
          null, null, null));
    }
    return out;
  }

  record Split(String name, List<CorpusDocument> docs, boolean test) {}

  public static void main(String[] args) throws Exception {
    WeakDomainLabels weak = WeakDomainLabels.standard();
    Path outDir = Path.of(args[0]);
    List<Split> splits = new ArrayList<>();
    Files.createDirectories(outDir);
    // Earlier years train, later years are held out (as docs/classifiers.md measured vision vs language).
    String[][] papers = {
      {"cvpr2018", "CVPR", "2018", "train"}, {"eccv2018", "ECCV", "2018", "train"}, {"iccv2017", "ICCV", "2017", "train"},
      {"acl2021", "ACL", "2021", "train"}, {"naacl2021", "NAACL", "2021", "train"},
      {"iclr2017", "ICLR", "2017", "train"}, {"icml2017", "ICML", "2017", "train"}, {"nips2017", "NeurIPS", "2017", "train"},
      {"cvpr2019", "CVPR", "2019", "test"}, {"iccv2019", "ICCV", "2019", "test"}, {"acl2022", "ACL", "2022", "test"},
      {"naacl2022", "NAACL", "2022", "test"}, {"naacl2024", "NAACL", "2024", "test"},
      {"iclr2018", "ICLR", "2018", "test"}, {"icml2018", "ICML", "2018", "test"}, {"icml2019", "ICML", "2019", "test"},
      {"nips2018", "NeurIPS", "2018", "test"}};
    for (String[] p : papers) {
      splits.add(new Split(p[0], paperlist(p[0], p[1], Integer.parseInt(p[2])), p[3].equals("test")));
    }
    // The arXiv fixture (a real API response): through the real parser would need the ingest jar; count its categories here.
    System.out.println("== weak labels per source and class, per file ==");
    Map<String, Map<String, Integer>> total = new TreeMap<>();
    Map<Boolean, List<LabelledText>> bySide = new HashMap<>();
    Map<Boolean, List<LabelledText>> papersBySide = new HashMap<>();
    Set<LabelledText> iclr = new HashSet<>();
    for (Split s : splits) {
      WeakDomainLabels.Labelled l = weak.label(s.docs());
      System.out.printf("%-10s %5d papers, %5d labelled: %s%n", s.name(), s.docs().size(), l.texts().size(), l.classesBySource());
      l.classesBySource().forEach((src, m) -> m.forEach((c, n) -> total.computeIfAbsent(src, k -> new TreeMap<>()).merge(c, n, Integer::sum)));
      bySide.computeIfAbsent(s.test(), k -> new ArrayList<>()).addAll(l.texts());
      if (s.name().startsWith("iclr")) {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(outDir.resolve(s.name() + "-labels.tsv")))) {
          for (CorpusDocument d : s.docs()) {
            weak.of(d.record()).ifPresent(x -> w.println(x.domain() + "\t" + ((Paper) d.record()).title() + "\t"
                + ((Paper) d.record()).extra().get("keywords")));
          }
        }
      }
      papersBySide.computeIfAbsent(s.test(), k -> new ArrayList<>()).addAll(l.texts());
      if (s.name().startsWith("iclr")) iclr.addAll(l.texts());
    }
    // Hugging Face models: held out by author (a hash puts 30% of the authors on the test side), as docs/classifiers.md did.
    List<CorpusDocument> ms = models();
    List<CorpusDocument> mTrain = new ArrayList<>(), mTest = new ArrayList<>();
    for (CorpusDocument d : ms) {
      String id = ((Model) d.record()).modelId();
      String author = id.contains("/") ? id.substring(0, id.indexOf('/')) : id;
      (Math.floorMod(author.hashCode() * 0x9E3779B1, 100) < 30 ? mTest : mTrain).add(d);
    }
    WeakDomainLabels.Labelled lmTrain = weak.label(mTrain), lmTest = weak.label(mTest);
    System.out.printf("hf models   %d models, labelled train %d %s, test %d %s%n", ms.size(), lmTrain.texts().size(),
        lmTrain.classesBySource(), lmTest.texts().size(), lmTest.classesBySource());
    for (var l : List.of(lmTrain, lmTest)) l.classesBySource().forEach((src, m) -> m.forEach((c, n) ->
        total.computeIfAbsent(src, k -> new TreeMap<>()).merge(c, n, Integer::sum)));
    System.out.println("== total ==");
    total.forEach((src, m) -> System.out.println(src + " " + m));

    Files.createDirectories(outDir);
    write(outDir.resolve("papers-train.jsonl"), cap(papersBySide.get(false), 1200));
    write(outDir.resolve("papers-test.jsonl"), cap(papersBySide.get(true), 400));
    List<LabelledText> train = new ArrayList<>(cap(papersBySide.get(false), 1200));
    train.addAll(capMissing(lmTrain.texts(), papersBySide.get(false), 1200));
    List<LabelledText> test = new ArrayList<>(cap(papersBySide.get(true), 400));
    test.addAll(capMissing(lmTest.texts(), papersBySide.get(true), 400));
    write(outDir.resolve("all-train.jsonl"), train);
    write(outDir.resolve("all-test.jsonl"), test);
    write(outDir.resolve("models-test.jsonl"), cap(lmTest.texts(), 400));
    // As docs/classifiers.md measured: papers and models capped each on their own (1,200 / 400 per class).
    List<LabelledText> train2 = new ArrayList<>(cap(papersBySide.get(false), 1200));
    train2.addAll(cap(lmTrain.texts(), 1200));
    List<LabelledText> test2 = new ArrayList<>(cap(papersBySide.get(true), 400));
    test2.addAll(cap(lmTest.texts(), 400));
    write(outDir.resolve("both-train.jsonl"), train2);
    write(outDir.resolve("both-test.jsonl"), test2);
    // The same without the OpenReview keyword labels (what the corpus gave before): venue papers and models only.
    List<LabelledText> train3 = new ArrayList<>(train2);
    train3.removeIf(t -> iclr.contains(t));
    write(outDir.resolve("both-train-nokw.jsonl"), train3);
    System.out.println("both-train " + counts(train2) + "\nboth-test " + counts(test2) + "\nboth-train-nokw " + counts(train3));
    // ICLR 2017 and 2018 keyword labels split by a hash of the text (70/30), with the venue papers split by year as above:
    // more RL and speech abstracts on the training side than the year split leaves (40 and 5).
    List<LabelledText> kwTrain = new ArrayList<>(), kwTest = new ArrayList<>();
    for (LabelledText t : iclr) (Math.floorMod(t.text().hashCode() * 0x9E3779B1, 100) < 30 ? kwTest : kwTrain).add(t);
    List<LabelledText> train4 = new ArrayList<>(cap(papersBySide.get(false).stream().filter(t -> !iclr.contains(t)).toList(), 1200));
    train4.addAll(kwTrain);
    List<LabelledText> test4 = new ArrayList<>(cap(papersBySide.get(true).stream().filter(t -> !iclr.contains(t)).toList(), 400));
    test4.addAll(kwTest);
    write(outDir.resolve("kwhash-train.jsonl"), train4);
    write(outDir.resolve("kwhash-test.jsonl"), test4);
    write(outDir.resolve("kwhash-test-iclr.jsonl"), kwTest);
    System.out.println("kwhash-train " + counts(train4) + "\nkwhash-test " + counts(test4) + "\nkwhash-test-iclr " + counts(kwTest));
    System.out.println("all-train " + counts(train) + "\nall-test " + counts(test) + "\npapers-train "
        + counts(cap(papersBySide.get(false), 1200)) + "\npapers-test " + counts(cap(papersBySide.get(true), 400)));
  }

  static Map<String, Integer> counts(List<LabelledText> l) {
    Map<String, Integer> m = new TreeMap<>();
    l.forEach(t -> m.merge(t.label(), 1, Integer::sum));
    return m;
  }

  /** At most n per class, first by a hash of the text (repeatable). */
  static List<LabelledText> cap(List<LabelledText> l, int n) {
    List<LabelledText> s = new ArrayList<>(l);
    s.sort(Comparator.comparingInt(t -> t.text().hashCode()));
    Map<String, Integer> taken = new HashMap<>();
    List<LabelledText> out = new ArrayList<>();
    for (LabelledText t : s) if (taken.merge(t.label(), 1, Integer::sum) <= n) out.add(t);
    return out;
  }

  /** Models fill each class up to n examples together with the papers already taken. */
  static List<LabelledText> capMissing(List<LabelledText> models, List<LabelledText> papers, int n) {
    Map<String, Integer> have = counts(cap(papers, n));
    List<LabelledText> s = new ArrayList<>(models);
    s.sort(Comparator.comparingInt(t -> t.text().hashCode()));
    Map<String, Integer> taken = new HashMap<>(have);
    List<LabelledText> out = new ArrayList<>();
    for (LabelledText t : s) if (taken.merge(t.label(), 1, Integer::sum) <= n) out.add(t);
    return out;
  }

  static void write(Path p, List<LabelledText> l) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(p)) {
      for (LabelledText t : l) {
        w.write(M.writeValueAsString(Map.of("text", t.text(), "label", t.label())));
        w.newLine();
      }
    }
  }
}
