package dev.framewatch.app.cli;

import dev.framewatch.app.Framewatch;
import dev.framewatch.app.kafka.BrokerNode;
import dev.framewatch.app.kafka.QuorumVoters;
import dev.framewatch.core.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code framewatch broker}: one node (broker and controller) of a Kafka cluster with a static KRaft quorum, from the Kafka jars
 * framewatch ships, until Ctrl-C or SIGTERM. Three of them on three machines (or three ports of one) make a cluster that
 * {@code kafka.bootstrap-servers} can name; any Kafka 3.7+/4.x cluster serves the same.
 */
@Command(name = "broker", description = "Run one Kafka node (broker and controller) of a cluster, until interrupted.")
public final class BrokerCommand extends FramewatchCommand {
  @Option(names = "--node-id", required = true, paramLabel = "N", description = "This node's id, one of the voters' ids.")
  int nodeId;

  @Option(names = "--controller-quorum-voters", required = true, paramLabel = "ID@HOST:PORT,...",
      description = "Every controller of the cluster, the same list on every node, e.g. 1@h1:9093,2@h2:9093,3@h3:9093.")
  String voters;

  @Option(names = "--listeners", paramLabel = "PLAINTEXT://HOST:PORT",
      description = "Where clients connect (default PLAINTEXT://<this node's voter host>:9092).")
  String listeners;

  @Option(names = "--advertised-listeners", paramLabel = "PLAINTEXT://HOST:PORT",
      description = "What clients are told to connect to (default: --listeners, with this node's voter host if that binds "
          + "every interface).")
  String advertised;

  @Option(names = "--cluster-id", paramLabel = "ID",
      description = "Cluster id used to format new storage; the same on every node (default: derived from the voters).")
  String clusterId;

  @Override
  public Integer call() throws Exception {
    QuorumVoters quorum = QuorumVoters.parse(voters);
    QuorumVoters.Voter self = quorum.voter(nodeId);
    String listener = BrokerNode.hostPort("--listeners", listeners == null ? self.host() + ":9092" : listeners);
    String told = advertised != null ? BrokerNode.hostPort("--advertised-listeners", advertised) : advertisedFor(listener,
        self.host());
    Settings settings = settings();
    BrokerNode.Spec spec = new BrokerNode.Spec(nodeId, quorum, listener, told,
        clusterId == null ? quorum.derivedClusterId() : clusterId, settings.dirs().kafkaNode(nodeId));
    try (ShutdownSignal signal = ShutdownSignal.install(); BrokerNode node = BrokerNode.start(spec)) {
      out().println(node.readyLine());
      out().flush();
      signal.await();
      return Framewatch.EXIT_OK;
    }
  }

  /** A listener that binds every interface is advertised under this node's voter host, which the others reach it by. */
  static String advertisedFor(String listener, String voterHost) {
    int colon = listener.lastIndexOf(':');
    String host = listener.substring(0, colon);
    return host.isEmpty() || host.equals("0.0.0.0") ? voterHost + listener.substring(colon) : listener;
  }
}
