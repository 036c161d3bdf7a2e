package dev.framewatch.ingest.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.RecordCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cuts a crawled record's full text ({@code text} of a paper or a job) so that the record fits a {@link RecordSizeLimit}: the
 * longest start of the text that fits is kept and {@code extra.text_truncated} set, as for a paper's PDF text cut to its
 * character cap. A record that is over the limit without its text, or has none, is returned as it is (the sink then refuses
 * it, and it is dead-lettered).
 */
public final class RecordFit {
  private RecordFit() {}

  /** What {@code record} takes in Kafka: its id's bytes plus its JSON's. */
  public static long sizeOf(EvidenceRecord record) {
    return RecordSizeLimit.sizeOf(record.id(), RecordCodec.encodeBytes(record));
  }

  /** The record, its text cut to fit {@code limit} when it does not fit as it is. */
  public static EvidenceRecord fit(EvidenceRecord record, RecordSizeLimit limit) {
    String text = record instanceof Paper p ? p.text() : record instanceof Job j ? j.text() : null;
    if (text == null || text.isEmpty() || limit.allows(sizeOf(record))) {
      return record;
    }
    if (!limit.allows(sizeOf(withText(record, "")))) {
      return record;
    }
    // The longest prefix whose record fits: sizes grow with the prefix, so a binary search over its length finds it.
    int fits = 0;
    int over = text.length();
    while (over - fits > 1) {
      int mid = (fits + over) >>> 1;
      if (limit.allows(sizeOf(withText(record, prefix(text, mid))))) {
        fits = mid;
      } else {
        over = mid;
      }
    }
    return withText(record, prefix(text, fits));
  }

  /** The first {@code chars} characters, one fewer rather than half a surrogate pair. */
  private static String prefix(String text, int chars) {
    int end = chars > 0 && Character.isHighSurrogate(text.charAt(chars - 1)) ? chars - 1 : chars;
    return text.substring(0, end);
  }

  private static EvidenceRecord withText(EvidenceRecord record, String text) {
    Map<String, JsonNode> extra = new LinkedHashMap<>(record.extra());
    extra.put("text_truncated", BooleanNode.TRUE);
    if (record instanceof Paper p) {
      return new Paper(p.id(), p.source(), p.fetchedAt(), p.title(), p.venue(), p.year(), p.authors(), p.affiliations(),
          p.emails(), p.abstractText(), text, p.links(), extra);
    }
    Job j = (Job) record;
    return new Job(j.id(), j.source(), j.fetchedAt(), j.title(), j.company(), j.location(), j.posted(), text, extra);
  }
}
