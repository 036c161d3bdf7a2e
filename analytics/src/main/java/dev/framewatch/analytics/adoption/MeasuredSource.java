package dev.framewatch.analytics.adoption;

import dev.framewatch.core.record.Adoption;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.adoption.AdoptionIndex;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * A signal measured by a crawler and kept in the adoption index ({@link AdoptionIndex}): GitHub's new repositories. Rows are
 * the measurements as crawled, one per framework and month, ordered by month, then framework in vocabulary order.
 */
public final class MeasuredSource implements AdoptionSource {
  private final Path indexDir;
  private final AdoptionSignal signal;

  public MeasuredSource(Path indexDir, AdoptionSignal signal) {
    this.indexDir = indexDir;
    this.signal = signal;
  }

  @Override
  public List<AdoptionRow> rows(AdoptionQuery query) {
    List<String> order = Vocabulary.standard().frameworkIds();
    Comparator<AdoptionRow> byMonthThenFramework = Comparator.comparing(AdoptionRow::month)
        .thenComparing(r -> order.contains(r.framework()) ? order.indexOf(r.framework()) : order.size())
        .thenComparing(AdoptionRow::framework);
    return AdoptionIndex.read(indexDir).stream()
        .filter(a -> a.signal().equals(signal.key()) && query.includes(a.framework(), a.month()))
        .map(MeasuredSource::row)
        .sorted(byMonthThenFramework)
        .toList();
  }

  private static AdoptionRow row(Adoption a) {
    return new AdoptionRow(a.month(), a.framework(), a.value(), a.incomplete());
  }
}
