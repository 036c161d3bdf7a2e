package dev.framewatch.analytics.classify;

import dev.framewatch.core.method.FrameworkDetector;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Usage verdicts ({@code pytorch:use,tensorflow:mention}) for every paper and job of the index whose text names a framework,
 * published as the {@code usage} label; they change counts only under a method whose usage classifier decides.
 */
final class UsageLabelling extends IndexLabelling {
  private final UsageLabeller labeller;

  UsageLabelling(Path indexDir, ModelStore.Stored stored, FrameworkDetector detector) {
    super(indexDir, stored, ClassifyTask.USAGE);
    this.labeller = new UsageLabeller(detector, stored.classifier()::predict);
  }

  @Override
  public ApplySummary run(LabelSink sink, WorkProgress progress) {
    progress.start(IndexCorpus.size(indexDir));
    Map<String, Integer> verdicts = new TreeMap<>();
    int[] labelled = {0};
    long[] visited = {0};
    IndexCorpus.forEach(indexDir, doc -> {
      labeller.verdict(doc.record()).ifPresent(v -> {
        sink.publish(withLabel(doc, ClassifyTask.USAGE.id(), label(v.value(), v.confidence())));
        labelled[0]++;
        for (String part : v.value().split(",")) {
          verdicts.merge(part, 1, Integer::sum);
        }
      });
      progress.advanceTo(++visited[0]);
    });
    sink.flush();
    return new ApplySummary(labelled[0], model(), version(), verdicts);
  }
}
