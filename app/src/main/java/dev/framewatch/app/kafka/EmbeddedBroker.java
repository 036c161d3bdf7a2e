package dev.framewatch.app.kafka;

import dev.framewatch.ingest.kafka.RecordSizeLimit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft broker (broker and controller in one), running in this JVM, storage under one directory kept across
 * runs.
 *
 * <p>Only one process may run the broker of a directory: it holds {@code broker.lock} and writes {@code broker.endpoint}. A second
 * framewatch process on the same data dir finds the lock taken and attaches to the running broker through the endpoint file
 * instead of failing (see {@link #startOrAttach}).
 */
public final class EmbeddedBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
  private static final String ENDPOINT_FILE = "broker.endpoint";

  private final Path dir;
  private final KafkaRaftServer server;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final String bootstrapServers;

  private EmbeddedBroker(Path dir, KafkaRaftServer server, FileChannel lockChannel, FileLock lock, String bootstrapServers) {
    this.dir = dir;
    this.server = server;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.bootstrapServers = bootstrapServers;
  }

  /** How a process reaches Kafka: a broker it owns (closing stops it), or one another process runs. */
  public sealed interface Handle extends AutoCloseable permits Owned, Attached, External {
    String bootstrapServers();

    @Override
    void close();
  }

  /** This process started the broker; closing the handle shuts it down. */
  public record Owned(EmbeddedBroker broker) implements Handle {
    @Override
    public String bootstrapServers() {
      return broker.bootstrapServers();
    }

    @Override
    public void close() {
      broker.close();
    }
  }

  /** Another framewatch process runs the broker of this data dir; closing does nothing. */
  public record Attached(String bootstrapServers, long ownerPid) implements Handle {
    @Override
    public void close() {}
  }

  /** An external cluster named by {@code kafka.bootstrap-servers}; nothing is started or stopped. */
  public record External(String bootstrapServers) implements Handle {
    @Override
    public void close() {}
  }

  /**
   * Starts the broker of {@code dir}, or attaches to the one another process already runs there. Waits up to {@code waitMs} for a
   * starting owner to publish its endpoint.
   */
  public static Handle startOrAttach(Path dir, long waitMs) {
    return startOrAttach(dir, waitMs, RecordSizeLimit.DEFAULT);
  }

  /** As {@link #startOrAttach(Path, long)}; a broker started here takes records up to {@code limit}. */
  public static Handle startOrAttach(Path dir, long waitMs, RecordSizeLimit limit) {
    try {
      Files.createDirectories(dir);
      FileChannel channel = FileChannel.open(dir.resolve("broker.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock != null) {
        return new Owned(start(dir, channel, lock, limit));
      }
      channel.close();
      return attach(dir, waitMs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use Kafka storage in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static Attached attach(Path dir, long waitMs) throws IOException {
    long deadline = System.currentTimeMillis() + waitMs;
    Path endpointFile = dir.resolve(ENDPOINT_FILE);
    while (true) {
      if (Files.exists(endpointFile)) {
        Properties p = new Properties();
        try (var in = Files.newInputStream(endpointFile)) {
          p.load(in);
        }
        String bootstrap = p.getProperty("bootstrap.servers");
        long pid = Long.parseLong(p.getProperty("pid", "-1"));
        if (bootstrap != null && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && reachable(bootstrap)) {
          LOG.info("Kafka storage {} belongs to running process {}; using its broker at {}", dir, pid, bootstrap);
          return new Attached(bootstrap, pid);
        }
      }
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("Kafka storage " + dir + " is locked by another process, but its broker cannot be "
            + "reached; stop that process or set kafka.bootstrap-servers");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the broker of " + dir, e);
      }
    }
  }

  private static boolean reachable(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1))), 1000);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static EmbeddedBroker start(Path dir, FileChannel channel, FileLock lock, RecordSizeLimit limit) throws IOException {
    long t0 = System.nanoTime();
    Path logDir = dir.resolve("logs");
    Files.createDirectories(logDir);
    Files.deleteIfExists(dir.resolve(ENDPOINT_FILE));
    int port = freePort();
    int controllerPort = freePort();
    Properties props = brokerProperties(logDir, port, controllerPort);
    // kafka.max-record-bytes, for topics without a max.message.bytes of their own (framewatch's have one).
    props.setProperty("message.max.bytes", Integer.toString(limit.kafkaBytes()));
    KafkaRaftServer server = formatAndStart(dir, props, () -> Uuid.randomUuid().toString(), channel, lock,
        "the embedded Kafka broker in " + dir);
    String bootstrap = "127.0.0.1:" + port;
    Properties endpoint = new Properties();
    endpoint.setProperty("bootstrap.servers", bootstrap);
    endpoint.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    Path tmp = dir.resolve(ENDPOINT_FILE + ".tmp");
    try (var out = Files.newOutputStream(tmp)) {
      endpoint.store(out, "the broker of this directory, written by its owning process");
    }
    Files.move(tmp, dir.resolve(ENDPOINT_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    LOG.info("embedded Kafka broker up at {} in {} ms (storage {})", bootstrap, (System.nanoTime() - t0) / 1_000_000, dir);
    return new EmbeddedBroker(dir, server, channel, lock, bootstrap);
  }

  static Properties brokerProperties(Path logDir, int port, int controllerPort) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("log.dirs", logDir.toString());
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "1");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "1"); // one producer per source: 50 partitions would only slow start-up
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    // framewatch creates its topics itself, with compaction; a typo must not create a stray topic.
    p.setProperty("auto.create.topics.enable", "false");
    p.setProperty("num.partitions", "1");
    // Single node on a small machine: few threads.
    p.setProperty("num.network.threads", "2");
    p.setProperty("num.io.threads", "2");
    p.setProperty("background.threads", "2");
    p.setProperty("log.cleaner.threads", "1");
    p.setProperty("log.cleaner.dedupe.buffer.size", Long.toString(16L << 20));
    return p;
  }

  /**
   * Formats {@code dir}'s storage on first start (with {@code clusterId}), then starts the node. If either fails, the storage
   * lock is released, so the next attempt is not refused as "in use".
   */
  static KafkaRaftServer formatAndStart(Path dir, Properties props, java.util.function.Supplier<String> clusterId,
      FileChannel channel, FileLock lock, String what) throws IOException {
    try {
      if (!Files.exists(dir.resolve("logs").resolve("meta.properties"))) {
        format(dir, props, clusterId.get());
      }
      KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
      server.startup();
      return server;
    } catch (RuntimeException e) {
      lock.release();
      channel.close();
      throw new IllegalStateException(what + " did not start: " + e.getMessage(), e);
    }
  }

  /** Formats new storage for {@code props} (a static quorum: controller.quorum.voters) with {@code clusterId}. */
  static void format(Path dir, Properties props, String clusterId) throws IOException {
    Path file = dir.resolve("server.properties");
    try (var out = Files.newOutputStream(file)) {
      props.store(out, "written by framewatch to format the storage; the broker itself is configured in code");
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int rc;
    try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      rc = StorageTool.execute(new String[] {"format", "--cluster-id=" + clusterId, "-c", file.toString()}, ps);
    }
    if (rc != 0) {
      throw new IllegalStateException("formatting Kafka storage " + dir + " failed: " + buf.toString(StandardCharsets.UTF_8));
    }
    LOG.info("formatted new Kafka storage in {}", dir);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(dir.resolve(ENDPOINT_FILE));
    } catch (IOException e) {
      LOG.warn("cannot remove {}: {}", dir.resolve(ENDPOINT_FILE), e.getMessage());
    }
    stop(server, lock, lockChannel, dir);
  }

  /** Stops a node (controlled shutdown), then releases its storage lock: shared with {@link BrokerNode}. */
  static void stop(KafkaRaftServer server, FileLock lock, FileChannel lockChannel, Path dir) {
    server.shutdown();
    server.awaitShutdown();
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      LOG.warn("cannot release {}: {}", dir.resolve("broker.lock"), e.getMessage());
    }
  }
}
