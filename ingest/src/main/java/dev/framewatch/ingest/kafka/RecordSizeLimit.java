package dev.framewatch.ingest.kafka;

import java.nio.charset.StandardCharsets;

/**
 * The most bytes one record may take in Kafka: its key plus its serialized value, as framewatch counts it before sending.
 * Kafka counts a little more (the batch header, each record's varints, lz4's block framing), so every Kafka-side setting that
 * must let such a record through ({@code max.request.size}, a topic's {@code max.message.bytes}, a broker's
 * {@code message.max.bytes}) is {@link #kafkaBytes()}: the limit plus {@link #KAFKA_FRAMING} bytes.
 *
 * @param bytes the limit, at least 1
 */
public record RecordSizeLimit(int bytes) {
  /** {@code kafka.max-record-bytes}'s default: the producer's own {@code max.request.size} default, 1 MiB. */
  public static final int DEFAULT_BYTES = 1 << 20;
  /**
   * Room for what Kafka adds around one record: a batch header (61 bytes), the record's varints (at most 36), and lz4's frame
   * (11 bytes) plus 4 bytes per 64 KiB block, which is 1,024 bytes for a 16 MiB record (the largest limit settings allow).
   */
  public static final int KAFKA_FRAMING = 4_096;

  public static final RecordSizeLimit DEFAULT = new RecordSizeLimit(DEFAULT_BYTES);

  public RecordSizeLimit {
    if (bytes < 1) {
      throw new IllegalArgumentException("record size limit must be at least 1 byte, got " + bytes);
    }
  }

  /** The limit an existing topic's {@code max.message.bytes} allows: what is left of it after Kafka's framing. */
  public static RecordSizeLimit ofMaxMessageBytes(int maxMessageBytes) {
    return new RecordSizeLimit(Math.max(1, maxMessageBytes - KAFKA_FRAMING));
  }

  /** The setting for Kafka's own limits that lets every record under this one through. */
  public int kafkaBytes() {
    return bytes + KAFKA_FRAMING;
  }

  /** The smaller of the two. */
  public RecordSizeLimit min(RecordSizeLimit other) {
    return other.bytes < bytes ? other : this;
  }

  /** What a record with this key and value takes: the key's UTF-8 bytes plus the value's. */
  public static long sizeOf(String key, byte[] value) {
    return (key == null ? 0 : key.getBytes(StandardCharsets.UTF_8).length) + (long) (value == null ? 0 : value.length);
  }

  public boolean allows(long size) {
    return size <= bytes;
  }

  /** Throws {@link RecordTooLargeException} when {@code size} is over the limit. */
  public void check(String key, long size) {
    if (!allows(size)) {
      throw new RecordTooLargeException(key, size, bytes);
    }
  }
}
