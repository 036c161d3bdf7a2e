package dev.framewatch.ingest.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text, hex: what marks keep to tell an unchanged item from a changed one without keeping the item. */
public final class Checksum {
  private Checksum() {}

  /** The checksum of a record's contract JSON without {@code fetched_at}: equal for the same content fetched at two times. */
  public static String ofContent(dev.framewatch.core.record.EvidenceRecord record) {
    com.fasterxml.jackson.databind.node.ObjectNode json = dev.framewatch.core.record.RecordCodec.toJson(record);
    json.remove("fetched_at");
    return sha256(json.toString());
  }

  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
