package dev.framewatch.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import java.util.List;
import java.util.Locale;

/**
 * What {@code rehearse} measured, as a table or JSON.
 *
 * @param scale {@code full} or the fraction
 * @param stages in the order they ran
 * @param documentsExpected what the scaled site's corpus says a first crawl indexes
 * @param documentsIndexed documents in the index, star snapshots not counted (a time series, as in {@code share})
 * @param indexBytes the index directory's size on disk after the last stage
 * @param peakHeapBytes the highest sampled used heap over the whole run
 * @param heapPoolsPeakBytes the heap pools' peaks summed (an upper bound)
 * @param maxHeapBytes {@code -Xmx}; -1 when unlimited
 * @param lag records in the topics not yet in the index ({@code stats}' lag), which must be 0
 */
record RehearsalReport(String scale, String dataDir, List<Stage> stages, List<Latency> queries, long documentsExpected,
    long documentsIndexed, long indexBytes, long peakHeapBytes, long heapPoolsPeakBytes, long maxHeapBytes, long lag) {

  /**
   * One stage: {@code records} it handled (crawled, indexed, labelled) in {@code seconds}, and the highest heap sampled.
   *
   * @param note what the records are, and anything worth knowing (pages, dead letters)
   */
  record Stage(String name, long records, double seconds, long peakHeapBytes, String note) {
    double recordsPerSecond() {
      return seconds > 0 ? records / seconds : 0;
    }
  }

  RehearsalReport {
    stages = List.copyOf(stages);
    queries = List.copyOf(queries);
  }

  /** Crawl, index and classify, end to end: the documents indexed over the seconds those stages took. */
  double documentsPerSecond() {
    return documentsPer(stages.stream().filter(s -> s.name().startsWith("crawl ") || s.name().equals("index")
        || s.name().equals("classify")));
  }

  /** Crawl and index alone: the classifier's training grows with the corpus on its own terms, so it is shown apart. */
  double documentsPerSecondWithoutClassify() {
    return documentsPer(stages.stream().filter(s -> s.name().startsWith("crawl ") || s.name().equals("index")));
  }

  private double documentsPer(java.util.stream.Stream<Stage> timed) {
    double seconds = timed.mapToDouble(Stage::seconds).sum();
    return seconds > 0 ? documentsIndexed / seconds : 0;
  }

  double indexBytesPerMillionDocuments() {
    return documentsIndexed > 0 ? indexBytes * 1e6 / documentsIndexed : 0;
  }

  boolean countsAgree() {
    return documentsExpected == documentsIndexed && lag == 0;
  }

  String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Rehearsal at scale %s (data dir %s)%n%n", scale, dataDir));
    sb.append(String.format(Locale.ROOT, "%-22s %12s %10s %12s %10s  %s%n", "stage", "records", "seconds", "records/s",
        "peak heap", "note"));
    for (Stage s : stages) {
      sb.append(String.format(Locale.ROOT, "%-22s %,12d %10.1f %,12.0f %10s  %s%n", s.name(), s.records(), s.seconds(),
          s.recordsPerSecond(), mib(s.peakHeapBytes()), s.note()));
    }
    sb.append(String.format(Locale.ROOT, "%n%-40s %12s %12s %6s%n", "query", "first ms", "median ms", "runs"));
    for (Latency q : queries) {
      sb.append(String.format(Locale.ROOT, "%-40s %12.1f %12.1f %6d%n", q.name(), q.firstMs(), q.medianMs(), q.runs()));
    }
    sb.append(String.format(Locale.ROOT, "%ndocuments: %,d indexed, %,d expected from the site's corpus, lag %,d: %s%n",
        documentsIndexed, documentsExpected, lag, countsAgree() ? "agree" : "DISAGREE"));
    sb.append(String.format(Locale.ROOT, "end to end: %,.0f documents/s (crawl, index and classify), %,.0f without classify%n",
        documentsPerSecond(), documentsPerSecondWithoutClassify()));
    sb.append(String.format(Locale.ROOT, "index on disk: %s, %s per million documents%n", mib(indexBytes),
        mib((long) indexBytesPerMillionDocuments())));
    sb.append(String.format(Locale.ROOT, "peak heap: %s sampled every %d ms, %s by the heap pools' peaks, of %s max%n",
        mib(peakHeapBytes), HeapPeak.EVERY_MS, mib(heapPoolsPeakBytes), maxHeapBytes < 0 ? "no" : mib(maxHeapBytes)));
    return sb.toString();
  }

  String json() {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("scale", scale);
    root.put("dataDir", dataDir);
    ArrayNode st = root.putArray("stages");
    for (Stage s : stages) {
      ObjectNode o = st.addObject();
      o.put("name", s.name());
      o.put("records", s.records());
      o.put("seconds", round(s.seconds()));
      o.put("recordsPerSecond", round(s.recordsPerSecond()));
      o.put("peakHeapBytes", s.peakHeapBytes());
      o.put("note", s.note());
    }
    ArrayNode qs = root.putArray("queries");
    for (Latency q : queries) {
      qs.addObject().put("name", q.name()).put("runs", q.runs()).put("firstMs", round(q.firstMs()))
          .put("medianMs", round(q.medianMs()));
    }
    root.put("documentsIndexed", documentsIndexed);
    root.put("documentsExpected", documentsExpected);
    root.put("lag", lag);
    root.put("countsAgree", countsAgree());
    root.put("documentsPerSecond", round(documentsPerSecond()));
    root.put("documentsPerSecondWithoutClassify", round(documentsPerSecondWithoutClassify()));
    root.put("indexBytes", indexBytes);
    root.put("indexBytesPerMillionDocuments", Math.round(indexBytesPerMillionDocuments()));
    root.put("peakHeapBytes", peakHeapBytes);
    root.put("heapPoolsPeakBytes", heapPoolsPeakBytes);
    root.put("maxHeapBytes", maxHeapBytes);
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,.1f MiB", bytes / 1048576.0);
  }
}
