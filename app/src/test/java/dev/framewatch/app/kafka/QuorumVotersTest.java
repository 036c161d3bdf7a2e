package dev.framewatch.app.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;

class QuorumVotersTest {
  @Test
  void parsesKafkasFormat() {
    QuorumVoters q = QuorumVoters.parse("1@10.0.0.1:9093, 2@broker-2.example:9093,3@[::1]:19093");
    assertEquals(List.of(new QuorumVoters.Voter(1, "10.0.0.1", 9093), new QuorumVoters.Voter(2, "broker-2.example", 9093),
        new QuorumVoters.Voter(3, "[::1]", 19093)), q.voters());
    assertEquals("1@10.0.0.1:9093,2@broker-2.example:9093,3@[::1]:19093", q.toString());
    assertEquals("broker-2.example:9093", q.voter(2).hostPort());
  }

  @Test
  void badListsAreUsageErrorsNamingThePart() {
    assertEquals("--controller-quorum-voters: expected ID@HOST:PORT[,ID@HOST:PORT...], got \"\"", message(" "));
    assertEquals("--controller-quorum-voters: \"localhost:9093\" is not ID@HOST:PORT (e.g. 1@10.0.0.1:9093)",
        message("1@localhost:9092,localhost:9093"));
    assertEquals("--controller-quorum-voters: \"\" is not ID@HOST:PORT (e.g. 1@10.0.0.1:9093)", message("1@h:1,"));
    assertEquals("--controller-quorum-voters: port 70000 in \"2@h:70000\" is not between 1 and 65535",
        message("1@h:1,2@h:70000"));
    assertEquals("--controller-quorum-voters: node id 1 appears twice", message("1@a:1,1@b:1"));
    assertEquals("--controller-quorum-voters: a:1 appears twice", message("1@a:1,2@a:1"));
  }

  @Test
  void aNodeNotAmongTheVotersIsAUsageError() {
    QuorumVoters q = QuorumVoters.parse("1@h:1,2@h:2,3@h:3");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.voter(4));
    assertEquals("--node-id 4 is not among the controller quorum voters (1, 2, 3)", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new BrokerNode.Spec(4, q, "h:9092", "h:9092", q.derivedClusterId(), Path.of("x")));
  }

  @Test
  void everyNodeDerivesTheSameClusterIdFromTheSameVoters() {
    String id = QuorumVoters.parse("1@h:1,2@h:2,3@h:3").derivedClusterId();
    assertEquals(id, QuorumVoters.parse("3@h:3, 1@h:1,2@h:2").derivedClusterId());
    assertNotEquals(id, QuorumVoters.parse("1@h:1,2@h:2,3@h:4").derivedClusterId());
    assertEquals(id, Uuid.fromString(id).toString()); // a valid Kafka cluster id
    assertEquals(22, id.length());
  }

  @Test
  void listenersAreHostAndPort() {
    assertEquals("127.0.0.1:19092", BrokerNode.hostPort("--listeners", "PLAINTEXT://127.0.0.1:19092"));
    assertEquals(":9092", BrokerNode.hostPort("--listeners", ":9092"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BrokerNode.hostPort("--listeners", "SASL_SSL://h:9092"));
    assertEquals("--listeners: expected PLAINTEXT://HOST:PORT, got \"SASL_SSL://h:9092\"", e.getMessage());
  }

  private static String message(String voters) {
    return assertThrows(IllegalArgumentException.class, () -> QuorumVoters.parse(voters)).getMessage();
  }

  @Test
  void aDerivedClusterIdNeverReadsAsAnOption() {
    // BrokerClusterIT once drew ports whose derived id began with '-': Kafka's storage tool took it for an option.
    for (int port = 1000; port < 6000; port++) {
      String id = QuorumVoters.parse("1@127.0.0.1:" + port + ",2@127.0.0.1:" + (port + 1) + ",3@127.0.0.1:" + (port + 2))
          .derivedClusterId();
      org.junit.jupiter.api.Assertions.assertFalse(id.startsWith("-"), id);
      assertEquals(22, id.length(), id);
    }
  }
}
