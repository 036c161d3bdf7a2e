package dev.framewatch.analytics.adoption;

import dev.framewatch.core.method.Method;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.schema.IndexSchema;
import dev.framewatch.index.weight.WeightedShareCounter;
import dev.framewatch.index.weight.WeightedShareRow;
import dev.framewatch.index.weight.WeightedShares;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;

/**
 * The model-downloads adoption signal: per month of the models' creation on the Hugging Face hub and per framework (the
 * method's attribution from hub tags), the downloads of those models as recorded (the hub's last-30-days figure at crawl time)
 * and the downloads-weighted share among models naming any framework. The same counting as {@code share --weight downloads
 * --by month --where kind:model}, without intervals. A pure function of the index's commit.
 */
public final class ModelDownloadsSignal {
  private final WeightedShareCounter counter;

  public ModelDownloadsSignal() {
    this(new WeightedShareCounter(dev.framewatch.core.vocabulary.Vocabulary.standard(), 0));
  }

  public ModelDownloadsSignal(WeightedShareCounter counter) {
    this.counter = counter;
  }

  /**
   * Rows ordered by month, then framework in vocabulary order.
   *
   * @param method one of the index's methods, null for its primary
   * @param frameworks empty for all
   * @param from first month, inclusive, or null
   * @param to last month, inclusive, or null
   */
  public List<SignalRow> rows(IndexReader reader, Method method, List<String> frameworks, YearMonth from, YearMonth to) {
    WeightedShares s = counter.count(reader, "kind:model", List.of(Dimension.MONTH), method, IndexSchema.DOWNLOADS);
    List<SignalRow> out = new ArrayList<>();
    for (WeightedShareRow r : s.rows()) {
      String m = r.group().get(Dimension.MONTH.key());
      if (m == null || m.isEmpty()) {
        continue; // a model without a creation date has no month
      }
      YearMonth month = YearMonth.parse(m);
      if ((from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to))
          && (frameworks.isEmpty() || frameworks.contains(r.framework()))) {
        out.add(new SignalRow(month, r.framework(), Math.round(r.weight()), r.share()));
      }
    }
    return out;
  }
}
