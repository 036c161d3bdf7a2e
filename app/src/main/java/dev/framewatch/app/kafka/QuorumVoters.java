package dev.framewatch.app.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.common.Uuid;

/**
 * The controllers of a KRaft cluster with a static quorum, as Kafka's {@code controller.quorum.voters} writes them:
 * {@code 1@host1:9093,2@host2:9093,3@host3:9093}. Every node of the cluster is given the same list.
 */
public record QuorumVoters(List<Voter> voters) {
  private static final Pattern ENTRY = Pattern.compile("(\\d{1,9})@(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+):(\\d{1,5})");
  private static final String OPTION = "--controller-quorum-voters";

  /** One controller: its node id and the host and port of its CONTROLLER listener. */
  public record Voter(int id, String host, int port) {
    public String hostPort() {
      return host + ":" + port;
    }

    @Override
    public String toString() {
      return id + "@" + hostPort();
    }
  }

  public QuorumVoters {
    voters = List.copyOf(voters);
  }

  /** Parses {@code ID@HOST:PORT[,ID@HOST:PORT...]}; a malformed list is a usage error naming the part that is wrong. */
  public static QuorumVoters parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(OPTION + ": expected ID@HOST:PORT[,ID@HOST:PORT...], got \"\"");
    }
    List<Voter> out = new ArrayList<>();
    Set<Integer> ids = new HashSet<>();
    Set<String> endpoints = new HashSet<>();
    for (String raw : text.split(",", -1)) {
      String entry = raw.trim();
      Matcher m = ENTRY.matcher(entry);
      if (!m.matches()) {
        throw new IllegalArgumentException(OPTION + ": \"" + entry + "\" is not ID@HOST:PORT (e.g. 1@10.0.0.1:9093)");
      }
      int id = Integer.parseInt(m.group(1));
      int port = Integer.parseInt(m.group(3));
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException(OPTION + ": port " + port + " in \"" + entry + "\" is not between 1 and 65535");
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException(OPTION + ": node id " + id + " appears twice");
      }
      Voter v = new Voter(id, m.group(2), port);
      if (!endpoints.add(v.hostPort())) {
        throw new IllegalArgumentException(OPTION + ": " + v.hostPort() + " appears twice");
      }
      out.add(v);
    }
    return new QuorumVoters(out);
  }

  /** The voter with this node id; a usage error when there is none (a node that is not a voter cannot be a controller). */
  public Voter voter(int nodeId) {
    return voters.stream().filter(v -> v.id() == nodeId).findFirst().orElseThrow(() -> new IllegalArgumentException(
        "--node-id " + nodeId + " is not among the controller quorum voters (" + ids() + ")"));
  }

  private String ids() {
    return voters.stream().map(v -> Integer.toString(v.id())).collect(Collectors.joining(", "));
  }

  /**
   * A cluster id every node derives alike from the same voters, so nodes can format their storage independently and still
   * agree: the first 16 bytes of SHA-256 over the voters sorted by id, as Kafka writes ids (URL-safe base64).
   */
  public String derivedClusterId() {
    String canonical = voters.stream().sorted(java.util.Comparator.comparingInt(Voter::id)).map(Voter::toString)
        .collect(Collectors.joining(","));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(("framewatch-kraft:" + canonical)
          .getBytes(StandardCharsets.UTF_8));
      ByteBuffer b = ByteBuffer.wrap(hash);
      // The top bit cleared: an id whose base64 starts with '-' reads as an option to Kafka's storage tool (and Kafka's own
      // Uuid.randomUuid never makes one).
      return new Uuid(b.getLong() & Long.MAX_VALUE, b.getLong()).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return voters.stream().map(Voter::toString).collect(Collectors.joining(","));
  }
}
