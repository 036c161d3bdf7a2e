package dev.framewatch.app.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kafka.server.KafkaRaftServer;

/**
 * One node of a KRaft cluster (broker and controller in one), as {@code framewatch broker} runs it: the embedded broker's
 * configuration ({@link EmbeddedBroker#brokerProperties}) with this node's id, the cluster's static quorum, its own client
 * listener, and internal topics replicated across the cluster. Storage is formatted on first start with the cluster id every
 * node shares.
 */
public final class BrokerNode implements AutoCloseable {
  private static final Pattern LISTENER = Pattern.compile("(?:PLAINTEXT://)?(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]*):(\\d{1,5})");

  /**
   * What one node needs.
   *
   * @param listener where clients connect, {@code HOST:PORT} (bound; an empty host or 0.0.0.0 binds every interface)
   * @param advertised what clients are told to connect to, {@code HOST:PORT}
   */
  public record Spec(int nodeId, QuorumVoters voters, String listener, String advertised, String clusterId, Path dir) {
    public Spec {
      voters.voter(nodeId); // a usage error when the node is not a voter
    }
  }

  private final Spec spec;
  private final KafkaRaftServer server;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private BrokerNode(Spec spec, KafkaRaftServer server, FileChannel lockChannel, FileLock lock) {
    this.spec = spec;
    this.server = server;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * {@code PLAINTEXT://HOST:PORT} or {@code HOST:PORT} as {@code HOST:PORT}; a usage error naming {@code option} otherwise.
   * framewatch's nodes speak PLAINTEXT; a cluster that needs TLS or SASL is a real Kafka install configured for it.
   */
  public static String hostPort(String option, String text) {
    Matcher m = LISTENER.matcher(text == null ? "" : text.trim());
    if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 65535) {
      throw new IllegalArgumentException(option + ": expected PLAINTEXT://HOST:PORT, got \"" + text + "\"");
    }
    return m.group(1) + ":" + m.group(2);
  }

  /** The node's Kafka configuration. */
  public static Properties properties(Spec spec) {
    int n = spec.voters().voters().size();
    QuorumVoters.Voter self = spec.voters().voter(spec.nodeId());
    Properties p = EmbeddedBroker.brokerProperties(spec.dir().resolve("logs"), 0, 0);
    p.setProperty("node.id", Integer.toString(spec.nodeId()));
    p.setProperty("controller.quorum.voters", spec.voters().toString());
    p.setProperty("listeners", "PLAINTEXT://" + spec.listener() + ",CONTROLLER://" + self.hostPort());
    p.setProperty("advertised.listeners", "PLAINTEXT://" + spec.advertised());
    // The group offsets and transaction state survive a dead broker like the records do: 3 copies (or as many as there are
    // nodes), 2 in sync.
    String copies = Integer.toString(Math.min(3, n));
    String inSync = Integer.toString(Math.min(2, n));
    p.setProperty("offsets.topic.replication.factor", copies);
    p.setProperty("offsets.topic.num.partitions", "50");
    p.setProperty("transaction.state.log.replication.factor", copies);
    p.setProperty("transaction.state.log.min.isr", inSync);
    p.setProperty("share.coordinator.state.topic.replication.factor", copies);
    p.setProperty("share.coordinator.state.topic.min.isr", inSync);
    // Kafka's own defaults: a cluster node serves other machines, unlike the embedded broker.
    p.setProperty("num.network.threads", "3");
    p.setProperty("num.io.threads", "8");
    return p;
  }

  /** Formats the storage on first start, then starts the node; returns once it serves (the quorum must have a leader). */
  public static BrokerNode start(Spec spec) {
    try {
      Files.createDirectories(spec.dir());
      FileChannel channel = FileChannel.open(spec.dir().resolve("broker.lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new IllegalStateException("Kafka storage " + spec.dir() + " is in use by another process");
      }
      Properties props = properties(spec);
      Files.createDirectories(spec.dir().resolve("logs"));
      KafkaRaftServer server = EmbeddedBroker.formatAndStart(spec.dir(), props, spec::clusterId, channel, lock,
          "Kafka node " + spec.nodeId());
      return new BrokerNode(spec, server, channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use Kafka storage in " + spec.dir() + ": " + e.getMessage(), e);
    }
  }

  /** The line {@code framewatch broker} prints when the node serves. */
  public String readyLine() {
    return "broker " + spec.nodeId() + " ready: PLAINTEXT://" + spec.listener() + " (advertised PLAINTEXT://"
        + spec.advertised() + "), CONTROLLER://" + spec.voters().voter(spec.nodeId()).hostPort() + ", cluster "
        + spec.clusterId() + ", storage " + spec.dir();
  }

  @Override
  public void close() {
    EmbeddedBroker.stop(server, lock, lockChannel, spec.dir());
  }
}
