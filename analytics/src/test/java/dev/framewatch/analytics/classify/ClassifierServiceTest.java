package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classifier service on a small fixed corpus in a real Lucene index: the 36 texts of {@link ToyCorpus} as papers of
 * single-domain venues (the weak labels), three papers of general venues and a job that the rules give no domain. Trains the
 * bag of words on the weak labels, then labels through an in-memory {@link LabelSink}, checking exactly what was published:
 * which documents, which labels, a document's other task kept, and one flush after the last label.
 */
class ClassifierServiceTest {
  private static final Instant T = Instant.parse("2026-11-30T00:00:00Z");
  private static final Map<String, String> VENUES = Map.of("vision", "CVPR", "language", "ACL", "speech", "Interspeech");
  /** What g-language already carries (a usage verdict) and g-speech (an earlier classifier's domain): both must survive. */
  private static final Labels.Label OLD_USAGE = new Labels.Label("pytorch:use", 0.9, "usage-bow", "old");
  private static final Labels.Label OLD_DOMAIN = new Labels.Label("vision", 0.4, "domain-bow", "old");

  @TempDir static Path dir;
  private static Path index;
  /** Over the index, with the domain model trained once for all tests; its clock stands still, so versions are known. */
  private static ClassifierService service;

  /** The toy corpus's {@code i}th text of a domain: 0 vision, 1 language, 2 speech. */
  private static String text(int domain, int i) {
    return ToyCorpus.examples(i + 1).get(3 * i + domain).text();
  }

  private static Paper paper(String id, String venue, String abstractText) {
    return new Paper(id, "test", T, "Paper " + id, venue, 2024, List.of(), List.of(), List.of(), abstractText, null, Map.of(),
        Map.of());
  }

  @BeforeAll
  static void indexTheCorpus() throws Exception {
    index = dir.resolve("index");
    Map<EvidenceRecord, Labels> docs = new LinkedHashMap<>();
    List<LabelledText> toy = ToyCorpus.examples(12);
    for (int i = 0; i < toy.size(); i++) {
      docs.put(paper("w" + i, VENUES.get(toy.get(i).label()), toy.get(i).text()), null);
    }
    docs.put(paper("g-vision", "ICLR", "implemented in PyTorch: " + text(0, 12)), null);
    docs.put(paper("g-language", "NeurIPS", "implemented in PyTorch: " + text(1, 12)),
        new Labels("g-language", Map.of("usage", OLD_USAGE)));
    docs.put(paper("g-speech", "ICML", "implemented in PyTorch: " + text(2, 12) + ". Unlike TensorFlow, it needs no graph."),
        new Labels("g-speech", Map.of("domain", OLD_DOMAIN)));
    docs.put(new Job("job:t:1", "test", T, "Machine learning engineer", "Acme", "Remote", null,
        "Experience with PyTorch required. " + text(2, 13), Map.of()), null);
    DocumentBuilder builder = new DocumentBuilder(new FrameworkDetector(MethodLoader.load("default")), Vocabulary.standard());
    try (FSDirectory d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexSchema.analyzer()))) {
      for (Map.Entry<EvidenceRecord, Labels> e : docs.entrySet()) {
        w.updateDocument(new Term(IndexSchema.ID, e.getKey().id()), builder.build(e.getKey(), e.getValue()));
      }
      w.commit();
    }
    service = service(dir.resolve("models"));
    service.train(service.trainingSet(ClassifyTask.DOMAIN, null), List.of("bow"), 20, Device.cpu(), WorkProgress.NONE);
  }

  private static ClassifierService service(Path models) {
    return new ClassifierService(index, new ModelStore(models, Clock.fixed(T, ZoneOffset.UTC)),
        () -> new FrameworkDetector(MethodLoader.load("default")));
  }

  /** Keeps what the service published, and when it flushed (how many labels had been published by then). */
  static final class ListLabelSink implements LabelSink {
    final List<Labels> published = new ArrayList<>();
    final List<Integer> flushedAt = new ArrayList<>();

    @Override
    public void publish(Labels labels) {
      published.add(labels);
    }

    @Override
    public void flush() {
      flushedAt.add(published.size());
    }

    Map<String, Labels> byId() {
      Map<String, Labels> out = new TreeMap<>();
      published.forEach(l -> out.put(l.id(), l));
      return out;
    }
  }

  /** Remembers the total a step started with and the last count it reported. */
  static final class SeenProgress implements WorkProgress {
    long total = -1;
    long done = -1;

    @Override
    public void start(long total) {
      this.total = total;
    }

    @Override
    public void advanceTo(long done) {
      this.done = done;
    }
  }

  @Test
  void weakLabelsOfTheIndexAreTheTrainingSet() {
    TrainingSet set = service.trainingSet(ClassifyTask.DOMAIN, null);
    assertEquals(36, set.examples().size());
    assertEquals("{vision=12, language=12, speech=12}", set.byClass().toString());
    assertEquals(Map.of("venue", 36), set.bySource());
    assertEquals(List.of("rl-robotics", "multimodal", "other"), set.missingClasses());
  }

  @Test
  void theIndexIsSampledAsItIsReadLikeTheWholeSetCapped() {
    TrainingSet streamed = service.trainingSet(ClassifyTask.DOMAIN, null, 5);
    assertEquals("{vision=5, language=5, speech=5}", streamed.byClass().toString());
    assertEquals(Map.of("venue", 36, "left out by the cap", 21), streamed.bySource());
    assertEquals(service.trainingSet(ClassifyTask.DOMAIN, null).capped(5), streamed);
    assertEquals(service.trainingSet(ClassifyTask.DOMAIN, null), service.trainingSet(ClassifyTask.DOMAIN, null, 12),
        "a cap no class exceeds leaves the set as it is");
  }

  @Test
  void trainingKeepsTheModelAndCountsEveryTextOnce() {
    SeenProgress progress = new SeenProgress();
    ClassifierService fresh = service(dir.resolve("models-train"));
    TrainingResult r = fresh.train(fresh.trainingSet(ClassifyTask.DOMAIN, null), List.of("bow"), 20, Device.cpu(), progress);
    assertEquals(1, r.candidates().size());
    assertEquals("bow", r.kept().kind());
    assertEquals(1.0, r.kept().evaluation().macroF1());
    assertEquals(dir.resolve("models-train").resolve("domain").resolve("20261130T000000000Z"), r.savedTo());
    assertEquals(36, progress.total);
    assertEquals(36, progress.done, "the training part featurized, then the held-out part predicted");
  }

  @Test
  void domainsGoToTheDocumentsTheRulesGiveNoneKeepingTheirOtherLabels() {
    ListLabelSink sink = new ListLabelSink();
    SeenProgress progress = new SeenProgress();
    ApplySummary summary;
    try (IndexLabelling labelling = service.domainLabelling(Optional.empty(), false)) {
      summary = labelling.run(sink, progress);
    }
    assertEquals(4, summary.labelled());
    assertEquals("domain-bow", summary.model());
    assertEquals("20261130T000000000Z", summary.version());
    assertEquals("{job={speech=1}, paper={language=1, speech=1, vision=1}}", summary.counts().toString());
    assertEquals(List.of(4), sink.flushedAt, "one flush, after the last label");
    Map<String, Labels> byId = sink.byId();
    assertEquals(List.of("g-language", "g-speech", "g-vision", "job:t:1"), List.copyOf(byId.keySet()));
    assertEquals(Map.of("domain", "vision"), values(byId.get("g-vision")));
    assertEquals(Map.of("domain", "language", "usage", "pytorch:use"), values(byId.get("g-language")));
    assertEquals(OLD_USAGE, byId.get("g-language").byTask().get("usage"), "the usage label is republished as it was");
    assertEquals(Map.of("domain", "speech"), values(byId.get("g-speech")), "a classifier's domain is relabelled");
    assertEquals(Map.of("domain", "speech"), values(byId.get("job:t:1")));
    for (Labels l : sink.published) {
      Labels.Label domain = l.byTask().get("domain");
      assertEquals("domain-bow", domain.model());
      assertEquals("20261130T000000000Z", domain.version());
      assertTrue(domain.confidence() > 0.25 && domain.confidence() <= 1, l.toString());
    }
    assertEquals(40, progress.total, "every live document of the index");
    assertEquals(40, progress.done);
  }

  @Test
  void withAllEveryDocumentWithTextIsLabelled() {
    ListLabelSink sink = new ListLabelSink();
    ApplySummary summary;
    try (IndexLabelling labelling = service.domainLabelling(Optional.empty(), true)) {
      summary = labelling.run(sink, WorkProgress.NONE);
    }
    assertEquals(40, summary.labelled());
    assertEquals(40, sink.published.size());
    assertEquals("{job={speech=1}, paper={language=13, speech=13, vision=13}}", summary.counts().toString());
    assertEquals(List.of(40), sink.flushedAt);
  }

  @Test
  void usageVerdictsPerDocumentFromAModelTrainedOnTheLabelledSentences() throws Exception {
    Path usage = Path.of(ClassifierServiceTest.class.getResource("/classify/usage-labelled.jsonl").toURI());
    TrainingSet set = service.trainingSet(ClassifyTask.USAGE, usage);
    assertEquals(Map.of("file usage-labelled.jsonl", 160), set.bySource());
    assertEquals("{use=80, mention=80}", set.byClass().toString());
    service.train(set, List.of("bow"), 20, Device.cpu(), WorkProgress.NONE);

    ModelEvaluation rules = service.evaluate(ClassifyTask.USAGE, usage, true, Optional.empty(), WorkProgress.NONE);
    assertEquals("rules", rules.kind());
    assertEquals("-", rules.version());
    assertEquals(0.8437, rules.evaluation().macroF1(), 1e-4, "the rules baseline as UsageClassifierTest scores it");

    ListLabelSink sink = new ListLabelSink();
    ApplySummary summary;
    try (IndexLabelling labelling = service.usageLabelling(Optional.empty())) {
      summary = labelling.run(sink, WorkProgress.NONE);
    }
    assertEquals(4, summary.labelled());
    assertEquals("usage-bow", summary.model());
    assertEquals("{pytorch:use=4, tensorflow:mention=1}", summary.counts().toString());
    Map<String, Labels> byId = sink.byId();
    assertEquals(Map.of("usage", "pytorch:use"), values(byId.get("g-vision")));
    assertEquals(List.of("g-language", "g-speech", "g-vision", "job:t:1"), List.copyOf(byId.keySet()));
    assertEquals(Map.of("domain", "vision", "usage", "pytorch:use,tensorflow:mention"), values(byId.get("g-speech")));
    assertEquals(Map.of("usage", "pytorch:use"), values(byId.get("job:t:1")));
    assertEquals(OLD_DOMAIN, byId.get("g-speech").byTask().get("domain"), "the domain label is republished as it was");
    assertEquals("usage-bow", byId.get("g-language").byTask().get("usage").model(), "the old verdict is replaced");
    assertEquals(List.of(4), sink.flushedAt);
  }

  @Test
  void aModelIsScoredOnAFile() throws Exception {
    Path eval = dir.resolve("eval.jsonl");
    Files.write(eval, List.of("{\"text\":\"" + text(0, 3) + "\",\"label\":\"vision\"}",
        "{\"text\":\"" + text(1, 3) + "\",\"label\":\"language\"}",
        "{\"text\":\"tabular data\",\"label\":\"other\"}"));
    SeenProgress progress = new SeenProgress();
    ModelEvaluation e = service.evaluate(ClassifyTask.DOMAIN, eval, false, Optional.empty(), progress);
    assertEquals("bow", e.kind());
    assertEquals("20261130T000000000Z", e.version());
    assertEquals(3, e.evaluation().examples());
    assertEquals(1.0, e.evaluation().perClass().get("vision").f1());
    assertEquals(0.0, e.evaluation().perClass().get("other").recall(), "no class 'other' was trained");
    assertEquals(3, progress.total);
    assertEquals(3, progress.done);
  }

  @Test
  void labellingNeedsAnIndexAndAModel() {
    ClassifierService none = new ClassifierService(dir.resolve("missing"), new ModelStore(dir.resolve("no-models"),
        Clock.systemUTC()), () -> {
          throw new AssertionError("the domain task loads no method");
        });
    assertEquals("classify apply: no index at " + dir.resolve("missing") + ": run `framewatch index` first",
        assertThrows(IllegalArgumentException.class, () -> none.domainLabelling(Optional.empty(), false)).getMessage());
    ClassifierService noModel = service(dir.resolve("no-models"));
    assertEquals("no usage model under " + dir.resolve("no-models").resolve("usage")
        + ": run `framewatch classify train --task usage` first",
        assertThrows(IllegalArgumentException.class, () -> noModel.usageLabelling(Optional.empty())).getMessage());
  }

  private static Map<String, String> values(Labels labels) {
    Map<String, String> out = new TreeMap<>();
    labels.byTask().forEach((task, label) -> out.put(task, label.value()));
    return out;
  }
}
