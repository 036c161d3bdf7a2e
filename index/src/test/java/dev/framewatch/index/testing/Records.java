package dev.framewatch.index.testing;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.RecordCodec;

/** Small record builders for tests: JSON through the real codec, so tests see records as the indexer does. */
public final class Records {
  public static final FrameworkDetector DETECTOR = new FrameworkDetector(MethodLoader.load("default"));

  private Records() {}

  public static String paperJson(String id, String venue, Integer year, String abstractText) {
    return "{\"id\":\"" + id + "\",\"kind\":\"paper\",\"source\":\"test\",\"title\":\"Paper " + id + "\""
        + (venue == null ? "" : ",\"venue\":\"" + venue + "\"")
        + (year == null ? "" : ",\"year\":" + year)
        + ",\"abstract\":\"" + abstractText + "\"}";
  }

  public static EvidenceRecord paper(String id, String venue, Integer year, String abstractText) {
    return RecordCodec.decode(paperJson(id, venue, year, abstractText));
  }

  public static String jobJson(String id, String posted, String text) {
    return "{\"id\":\"" + id + "\",\"kind\":\"job\",\"source\":\"greenhouse\",\"title\":\"ML engineer\""
        + (posted == null ? "" : ",\"posted\":\"" + posted + "\"") + ",\"text\":\"" + text + "\"}";
  }

  public static EvidenceRecord job(String id, String posted, String text) {
    return RecordCodec.decode(jobJson(id, posted, text));
  }
}
