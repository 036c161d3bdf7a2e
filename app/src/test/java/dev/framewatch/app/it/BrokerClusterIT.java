package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.app.kafka.TopicSetup;
import dev.framewatch.app.testing.ChildJvm;
import dev.framewatch.app.testing.Cli;
import dev.framewatch.app.testing.SyntheticPapers;
import dev.framewatch.core.json.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three {@code framewatch broker} JVMs form a KRaft cluster; with replication factor 3 and min in-sync 2, an {@code import} runs
 * while the leader of its topic is killed (SIGKILL) and later restarted. Every record lands once (idempotent producer, acks=all),
 * and the index built from the cluster holds exactly one document per record with every share cell equal to an independent
 * count.
 */
class BrokerClusterIT {
  private static final int RECORDS = 20_000;
  private static final String TOPIC = "cluster.papers";

  @TempDir Path dir;

  private final Process[] nodes = new Process[4];
  private String voters;
  private int[] clientPorts;

  @Test
  void importSurvivesTheLeaderKilledAndRestarted() throws Exception {
    int[] ports = freePorts(6);
    clientPorts = new int[] {0, ports[0], ports[1], ports[2]};
    voters = "1@127.0.0.1:" + ports[3] + ",2@127.0.0.1:" + ports[4] + ",3@127.0.0.1:" + ports[5];
    String bootstrap = "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1] + ",127.0.0.1:" + ports[2];
    ExecutorService background = Executors.newSingleThreadExecutor();
    try {
      for (int id = 1; id <= 3; id++) {
        startNode(id);
      }
      for (int id = 1; id <= 3; id++) {
        awaitReady(id, 1);
      }
      Path file = dir.resolve("papers.jsonl");
      List<SyntheticPapers.Generated> papers = SyntheticPapers.write(file, RECORDS, 11, "paper:cluster:");
      String[] cluster = {"--set", "kafka.bootstrap-servers=" + bootstrap, "--set", "kafka.topic-prefix=cluster.",
          "--set", "kafka.replication-factor=3", "--set", "kafka.min-insync-replicas=2"};
      Cli importer = new Cli(dir.resolve("importer"), cluster);
      try (Admin admin = Admin.create(TopicSetup.adminConfig(bootstrap))) {
        long t0 = System.nanoTime();
        Future<Cli.Result> importing = background.submit(() -> importer.run("import", "paper", file.toString()));
        long atKill = awaitOffset(admin, RECORDS / 10, importing);
        int leader = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC)
            .partitions().get(0).leader().id();
        assertEquals(3, admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC)
            .partitions().get(0).replicas().size());
        nodes[leader].destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long killedAt = System.nanoTime();
        long atRestart = awaitOffset(admin, RECORDS * 6L / 10, importing);
        startNode(leader);
        long restartedAt = System.nanoTime();
        Cli.Result imported = importing.get(5, TimeUnit.MINUTES);
        long importMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(imported.out().startsWith("imported 20,000 paper records"), imported.toString());
        awaitReady(leader, 2);
        awaitFullIsr(admin); // the restarted node caught up and is a replica in sync again
        // The log holds each record once: no retry after the kill wrote a duplicate.
        assertEquals(RECORDS, endOffset(admin));

        long t1 = System.nanoTime();
        Cli indexer = new Cli(dir.resolve("replica"), cluster);
        Cli.Result indexed = indexer.run("index", "--until-caught-up");
        assertEquals(0, indexed.exitCode(), indexed.toString());
        long indexMs = (System.nanoTime() - t1) / 1_000_000;
        Cli.Result stats = indexer.run("stats", "--format", "json");
        assertEquals(RECORDS, Json.mapper().readTree(stats.out()).at("/index/documents").asLong(), stats.toString());
        assertEquals(SyntheticPapers.expectedCounts(papers), shareCells(indexer));
        // A second index replica on the same cluster builds its own index and answers byte for byte the same.
        Cli replica2 = new Cli(dir.resolve("replica-2"), cluster);
        Cli.Result indexed2 = replica2.run("index", "--until-caught-up");
        assertEquals(0, indexed2.exitCode(), indexed2.toString());
        Cli.Result csv1 = indexer.run("share", "--by", "venue,year", "--format", "csv");
        Cli.Result csv2 = replica2.run("share", "--by", "venue,year", "--format", "csv");
        assertEquals(0, csv1.exitCode(), csv1.toString());
        assertTrue(csv1.out().lines().count() > 20, csv1.out());
        assertEquals(csv1.out(), csv2.out());
        System.out.printf("BrokerClusterIT: killed node %d (leader of %s) at offset %,d, restarted it at offset %,d after %,d ms"
                + " (%,d records imported while it was down); import %,d ms; indexed %,d documents in %,d ms;"
                + " end offset %,d = records (duplicates 0)%n", leader, TOPIC, atKill, atRestart,
            (restartedAt - killedAt) / 1_000_000, atRestart - atKill, importMs, RECORDS, indexMs, endOffset(admin));
        // SIGTERM stops a node cleanly (controlled shutdown) while the other two keep the cluster up.
        nodes[3].destroy();
        assertTrue(nodes[3].waitFor(60, TimeUnit.SECONDS), "node 3 did not stop on SIGTERM");
        assertEquals(RECORDS, endOffset(admin));
      }
    } finally {
      background.shutdownNow();
      for (Process p : nodes) {
        if (p != null) {
          p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
      }
    }
  }

  private void startNode(int id) throws IOException {
    nodes[id] = ChildJvm.start(log(id), "broker", "--node-id", Integer.toString(id), "--controller-quorum-voters", voters,
        "--listeners", "PLAINTEXT://127.0.0.1:" + clientPorts[id], "--data-dir", dir.resolve("cluster").toString());
  }

  private Path log(int id) {
    return dir.resolve("broker-" + id + ".log");
  }

  /** Waits for the {@code times}-th ready line of node {@code id} (its log collects every start). */
  private void awaitReady(int id, int times) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    String ready = "broker " + id + " ready: PLAINTEXT://127.0.0.1:" + clientPorts[id];
    while (true) {
      String text = Files.exists(log(id)) ? Files.readString(log(id)) : "";
      if (text.split(java.util.regex.Pattern.quote(ready), -1).length - 1 >= times) {
        return;
      }
      if (!nodes[id].isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("node " + id + " not ready (alive " + nodes[id].isAlive() + "):\n" + tail(text));
      }
      Thread.sleep(100);
    }
  }

  private static String tail(String text) {
    return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
  }

  /** The topic's end offset once it reaches {@code target}, or when the import ends first. */
  private static long awaitOffset(Admin admin, long target, Future<?> importing) throws Exception {
    while (true) {
      boolean done = importing.isDone();
      long end = endOffsetOrMinusOne(admin);
      if (end >= target || done) {
        return Math.max(end, 0);
      }
      Thread.sleep(20);
    }
  }

  private static long endOffsetOrMinusOne(Admin admin) throws Exception {
    try {
      return endOffset(admin);
    } catch (java.util.concurrent.ExecutionException e) {
      return -1; // topic not created yet, or its leader moving
    }
  }

  private static void awaitFullIsr(Admin admin) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    int isr = 0;
    while (System.nanoTime() < deadline) {
      isr = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC).partitions().get(0)
          .isr().size();
      if (isr == 3) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("in-sync replicas of " + TOPIC + " stayed at " + isr + ", wanted 3");
  }

  private static long endOffset(Admin admin) throws Exception {
    TopicPartition tp = new TopicPartition(TOPIC, 0);
    return admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp).get(30, TimeUnit.SECONDS).offset();
  }

  private static Map<String, Long> shareCells(Cli cli) throws Exception {
    Cli.Result share = cli.run("share", "--by", "venue,year", "--format", "json");
    assertEquals(0, share.exitCode(), share.toString());
    Map<String, Long> actual = new TreeMap<>();
    for (JsonNode row : Json.mapper().readTree(share.out()).get("rows")) {
      String group = row.get("venue").asText() + "|" + row.get("year").asInt();
      actual.put(group + "|" + row.get("framework").asText(), row.get("count").asLong());
      actual.put(group + "|documents", row.get("documents").asLong());
      actual.put(group + "|any", row.get("documents_any_framework").asLong());
    }
    return actual;
  }

  private static int[] freePorts(int n) throws IOException {
    List<ServerSocket> open = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        open.add(new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress()));
      }
      return open.stream().mapToInt(ServerSocket::getLocalPort).toArray();
    } finally {
      for (ServerSocket s : open) {
        s.close();
      }
    }
  }
}
