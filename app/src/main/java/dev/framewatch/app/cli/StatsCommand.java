package dev.framewatch.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.analytics.text.TextTable;
import dev.framewatch.app.Framewatch;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.app.kafka.TopicOffsets;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.record.Topics;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.index.IndexInfo;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code framewatch stats}: records per topic, documents per kind, consumer lag. */
@Command(name = "stats", description = "Counts per topic and per kind in the index, and the indexer's lag.")
public final class StatsCommand extends FramewatchCommand {
  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", completionCandidates = Choices.TableOrJson.class,
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  /** The figures that stats prints, computed once for both formats. */
  record Stats(Map<String, Long> topics, Map<String, Long> endOffsets, IndexInfo index, long lag) {}

  @Override
  public Integer call() throws Exception {
    if (!format.equals("table") && !format.equals("json")) {
      throw new IllegalArgumentException("--format '" + format + "': expected table or json");
    }
    Settings settings = settings();
    Topics topics = KafkaAccess.topics(settings);
    Stats stats;
    if (settings.embeddedKafka() && !Files.isDirectory(settings.kafkaDir())) {
      // Nothing was ever stored here: say so instead of starting a broker just to count zeros.
      Map<String, Long> zeros = new LinkedHashMap<>();
      topics.all().forEach(t -> zeros.put(topics.shortName(t), 0L));
      stats = new Stats(zeros, zeros, IndexInfo.read(settings.indexDir()), 0);
      if (format.equals("table")) {
        out().println("No data in " + settings.dataDir() + " yet: nothing has been imported or crawled. "
            + "Start with `framewatch import KIND FILE` or `framewatch demo`.");
        return Framewatch.EXIT_OK;
      }
    } else {
      try (EmbeddedBroker.Handle kafka = KafkaAccess.open(settings)) {
        stats = compute(kafka.bootstrapServers(), topics, IndexInfo.read(settings.indexDir()));
      }
    }
    out().print(format.equals("json") ? json(stats) : table(stats, settings));
    return Framewatch.EXIT_OK;
  }

  static Stats compute(String bootstrap, Topics topics, IndexInfo index) {
    Map<String, Map<Integer, TopicOffsets.Range>> ranges = TopicOffsets.read(bootstrap, topics.all());
    Map<String, Long> perTopic = new LinkedHashMap<>();
    Map<String, Long> ends = new LinkedHashMap<>();
    long lag = 0;
    for (String topic : topics.all()) {
      Map<Integer, TopicOffsets.Range> parts = ranges.getOrDefault(topic, Map.of());
      perTopic.put(topics.shortName(topic), parts.values().stream().mapToLong(TopicOffsets.Range::records).sum());
      ends.put(topics.shortName(topic), parts.values().stream().mapToLong(TopicOffsets.Range::end).sum());
      if (topics.consumed().contains(topic)) { // the adoption topic too: its offsets are in the same commit
        Map<Integer, Long> done = index.offsets().getOrDefault(topic, Map.of());
        for (Map.Entry<Integer, TopicOffsets.Range> p : parts.entrySet()) {
          long position = Math.max(p.getValue().start(), done.getOrDefault(p.getKey(), 0L));
          lag += Math.max(0, p.getValue().end() - position);
        }
      }
    }
    return new Stats(perTopic, ends, index, lag);
  }

  static String json(Stats s) throws Exception {
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode t = root.putObject("topics");
    s.topics().forEach(t::put);
    ObjectNode e = root.putObject("end_offsets");
    s.endOffsets().forEach(e::put);
    ObjectNode idx = root.putObject("index");
    idx.put("documents", s.index().documents());
    ObjectNode byKind = idx.putObject("by_kind");
    for (Kind k : Kind.values()) {
      byKind.put(k.wireName(), s.index().documentsByKind().getOrDefault(k.wireName(), 0L));
    }
    if (s.index().lastCommit() != null) {
      idx.put("last_commit", s.index().lastCommit().toString());
    }
    if (s.index().methodName() != null) {
      idx.putObject("method").put("name", s.index().methodName()).put("version", s.index().methodVersion());
    }
    root.put("lag", s.lag());
    return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  static String table(Stats s, Settings settings) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "data dir: %s%n%n", settings.dataDir()));
    List<List<String>> topics = new ArrayList<>();
    s.topics().forEach((k, v) -> topics.add(List.of(k, count(v), count(s.endOffsets().getOrDefault(k, 0L)))));
    sb.append(TextTable.builder().left("topic", 14).right("records", 12).right("end offset", 12).build().render(topics));
    sb.append(String.format(Locale.ROOT, "%nindex: %,d documents%n", s.index().documents()));
    List<List<String>> kinds = new ArrayList<>();
    for (Kind k : Kind.values()) {
      kinds.add(List.of(k.wireName(), count(s.index().documentsByKind().getOrDefault(k.wireName(), 0L))));
    }
    sb.append(TextTable.builder().indent("  ").withoutHeader().left("kind", 12).right("documents", 12).build().render(kinds));
    sb.append(String.format(Locale.ROOT, "lag: %,d records not yet indexed%n", s.lag()));
    if (s.index().lastCommit() != null) {
      sb.append(String.format(Locale.ROOT, "last commit: %s, method %s %s%n", s.index().lastCommit(),
          s.index().methodName(), s.index().methodVersion()));
    }
    return sb.toString();
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
