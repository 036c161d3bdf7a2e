package dev.framewatch.bench;

import java.util.Comparator;

/** One (venue, year, framework) cell with the three numbers a share needs, as either engine returns it. */
public record CountRow(String venue, String year, String framework, long count, long documents, long documentsAnyFramework)
    implements Comparable<CountRow> {
  private static final Comparator<CountRow> ORDER = Comparator.comparing(CountRow::venue)
      .thenComparing(CountRow::year)
      .thenComparing(CountRow::framework);

  @Override
  public int compareTo(CountRow o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return venue + "|" + year + "|" + framework + " " + count + "/" + documents + "/" + documentsAnyFramework;
  }
}
