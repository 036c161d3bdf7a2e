import dev.framewatch.analytics.classify.*;
import java.nio.file.Path;
import java.util.*;
/** Run by hand, never in the build (docs/classifiers.md): trains every candidate on a train file and scores it on a later-year test file. */
public class Measure {
  public static void main(String[] a) {
    List<LabelledText> train = LabelledTexts.read(Path.of(a[0]), Domains.ALL);
    List<LabelledText> test = LabelledTexts.read(Path.of(a[1]), Domains.ALL);
    List<String> kinds = List.of(a[2].split(","));
    ClassifierTraining training = new ClassifierTraining(ai.djl.Device.cpu());
    for (String kind : kinds) {
      ModelComparison.Result r = ModelComparison.run(training, List.of(kind), new HoldoutSplit(train, test), Domains.ALL, n -> {}, true);
      ModelComparison.Candidate c = r.candidates().get(0);
      System.out.printf(Locale.ROOT, "%n== %s: macro-F1 %.4f accuracy %.4f, %.1f docs/s (%s), trained in %.1f s%n", kind,
          c.evaluation().macroF1(), c.evaluation().accuracy(), c.docsPerSecond(), c.classifier().engine(), c.trainSeconds());
      System.out.print(EvaluationFormat.table(c.evaluation()));
      System.out.flush();
      c.classifier().close();
    }
  }
}
