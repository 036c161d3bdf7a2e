package dev.framewatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A benchmark's result and its two renderings (JSON for scripts, a table for people). */
public record BenchReport(String benchmark, long documents, int runs, int warmup, Machine machine, Map<String, Object> setup,
    List<Comparison> comparisons) {

  public BenchReport {
    setup = Map.copyOf(setup);
    comparisons = List.copyOf(comparisons);
  }

  public String json() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode list = root.putArray("comparisons");
    for (Comparison c : comparisons) {
      ObjectNode o = list.addObject();
      o.put("name", c.name());
      o.put("framewatch_ms", round(c.framewatchMs()));
      o.put("peer", c.peer());
      o.put("peer_ms", round(c.peerMs()));
      if (c.framewatchRecordsPerSecond() != null) {
        o.put("framewatch_records_per_s", Math.round(c.framewatchRecordsPerSecond()));
        o.put("peer_records_per_s", Math.round(c.peerRecordsPerSecond()));
      }
      o.put("ratio", Math.round(c.ratio() * 1000) / 1000.0);
      o.put("target", c.target());
      o.put("target_met", c.targetMet());
    }
    root.put("benchmark", benchmark);
    root.put("documents", documents);
    root.put("runs", runs);
    root.put("warmup", warmup);
    ObjectNode m = root.putObject("machine");
    m.put("cores", machine.cores());
    m.put("max_heap_mb", machine.maxHeapMb());
    m.put("jdk", machine.jdk());
    m.put("os", machine.os());
    root.set("setup", mapper.valueToTree(new java.util.TreeMap<>(setup)));
    return root.toString();
  }

  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "bench %s: %,d documents, median of %d runs after %d warmup%n", benchmark, documents,
        runs, warmup));
    sb.append(String.format(Locale.ROOT, "machine: %d cores, max heap %d MB, %s, %s%n", machine.cores(), machine.maxHeapMb(),
        machine.jdk(), machine.os()));
    boolean throughput = comparisons.stream().anyMatch(c -> c.framewatchRecordsPerSecond() != null);
    if (throughput) {
      sb.append(String.format(Locale.ROOT, "%-22s %13s %15s %13s %15s %7s  %-12s %s%n", "name", "framewatch_ms", "framewatch_rec/s",
          "peer_ms", "peer_rec/s", "ratio", "target", "peer"));
      for (Comparison c : comparisons) {
        sb.append(String.format(Locale.ROOT, "%-22s %13.1f %15.0f %13.1f %15.0f %7.3f  %-12s %s%n", c.name(), c.framewatchMs(),
            c.framewatchRecordsPerSecond(), c.peerMs(), c.peerRecordsPerSecond(), c.ratio(), mark(c), c.peer()));
      }
    } else {
      sb.append(String.format(Locale.ROOT, "%-22s %13s %11s %7s  %-12s %s%n", "name", "framewatch_ms", "peer_ms", "ratio", "target",
          "peer"));
      for (Comparison c : comparisons) {
        sb.append(String.format(Locale.ROOT, "%-22s %13.2f %11.2f %7.3f  %-12s %s%n", c.name(), c.framewatchMs(), c.peerMs(),
            c.ratio(), mark(c), c.peer()));
      }
    }
    for (Comparison c : comparisons) {
      if (c.note() != null && !c.note().isBlank()) {
        sb.append("  ").append(c.name()).append(": ").append(c.note()).append('\n');
      }
    }
    new java.util.TreeMap<>(setup).forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
    return sb.toString();
  }

  private static String mark(Comparison c) {
    return c.target() + (c.targetMet() ? " ok" : " MISSED");
  }

  private static double round(double ms) {
    return Math.round(ms * 100) / 100.0;
  }
}
