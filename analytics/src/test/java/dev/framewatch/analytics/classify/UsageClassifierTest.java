package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.Paper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Usage vs mention on the project's hand-labelled set (analytics/src/test/resources/classify/usage-labelled.jsonl: 160
 * sentences from papers and job ads, 80 use and 80 mention, six frameworks): the rules baseline, and the bag-of-words model
 * trained on one half and scored on the other.
 */
class UsageClassifierTest {
  private static List<LabelledText> labelled() throws Exception {
    Path file = Path.of(UsageClassifierTest.class.getResource("/classify/usage-labelled.jsonl").toURI());
    return ClassifyTask.USAGE.prepare(LabelledTexts.read(file, ClassifyTask.USAGE.classes()));
  }

  private static Evaluation evaluate(List<LabelledText> data, List<String> predicted) {
    return Evaluation.of(data.stream().map(LabelledText::label).toList(), predicted, ClassifyTask.USAGE.classes());
  }

  @Test
  void masksFrameworkNamesAndSplitsSentences() {
    assertEquals("Implemented in FRAMEWORK, unlike FRAMEWORK (FRAMEWORK) and torchvision.",
        UsageText.masked("Implemented in PyTorch, unlike tf.keras (JAX) and torchvision."));
    assertEquals(List.of("We use JAX.", "Unlike PyTorch, it compiles.", "Experience with Keras"),
        UsageText.sentences("We use JAX. Unlike PyTorch, it compiles.\nExperience with Keras"));
  }

  @Test
  void rulesBaselineOnTheLabelledSet() throws Exception {
    List<LabelledText> data = labelled();
    assertEquals(160, data.size());
    Evaluation e = evaluate(data, data.stream().map(t -> UsageRules.decide(t.text())).toList());
    assertEquals(RULES_MACRO_F1, e.macroF1(), 1e-4, EvaluationFormat.table(e));
  }

  @Test
  void bagOfWordsTrainedOnHalfScoredOnTheOther() throws Exception {
    List<LabelledText> data = labelled();
    List<LabelledText> train = new ArrayList<>();
    List<LabelledText> test = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      (i % 2 == 0 ? train : test).add(data.get(i));
    }
    TextClassifier model = new ClassifierTraining(Device.cpu()).train("bow", train, ClassifyTask.USAGE.classes(), n -> {});
    Evaluation e = evaluate(test, model.predict(test.stream().map(LabelledText::text).toList()).stream()
        .map(Prediction::label).toList());
    assertEquals(BOW_MACRO_F1, e.macroF1(), 1e-4, EvaluationFormat.table(e));
    Evaluation rules = evaluate(test, test.stream().map(t -> UsageRules.decide(t.text())).toList());
    assertEquals(RULES_HALF_MACRO_F1, rules.macroF1(), 1e-4, EvaluationFormat.table(rules));
  }

  @Test
  void documentVerdictsInTheFormatTheDetectorReads() {
    FrameworkDetector detector = new FrameworkDetector(MethodLoader.load("default"));
    Paper p = new Paper("paper:t:1", "test", Instant.parse("2026-01-01T00:00:00Z"), "A compiler", "ICLR", 2024, List.of(),
        List.of(), List.of(), "Our model is implemented in PyTorch. Unlike TensorFlow, it needs no static graph.", null,
        Map.of(), Map.of());
    assertEquals(Optional.of(new UsageLabeller.Verdict("pytorch:use,tensorflow:mention", 1.0)),
        new UsageLabeller(detector, UsageLabeller.rules()).verdict(p));
    assertEquals(List.of(new LabelledText("Our model is implemented in FRAMEWORK.", "use"),
        new LabelledText("Unlike FRAMEWORK, it needs no static graph.", "mention")),
        new UsageLabeller(detector, UsageLabeller.rules()).weakLabels(List.of(new CorpusDocument(p, null, null, null))));
  }

  // The rules were written while reading this set, so their figure is optimistic; the model never saw its test half.
  private static final double RULES_MACRO_F1 = 0.8437; // 69/80 use and 66/80 mention right
  private static final double BOW_MACRO_F1 = 0.7355; // 80 training sentences: 33/40 use, 26/40 mention right
  private static final double RULES_HALF_MACRO_F1 = 0.8625; // the same rules on the model's test half
}
