package dev.framewatch.app.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generates paper records whose framework mentions are chosen by the generator itself, so tests can compute the expected counts
 * independently of framewatch's detector. Some texts carry traps (TF-IDF, Lua Torch) that must not count.
 */
public final class SyntheticPapers {
  /** What the generator put into one paper. */
  public record Generated(String id, String venue, int year, List<String> frameworks) {}

  private static final String[] VENUES = {"CVPR", "NIPS", "NeurIPS", "ICLR", "ACL"};
  private static final String[][] MENTIONS = {
    {}, {}, {}, {"pytorch"}, {"pytorch"}, {"tensorflow"}, {"pytorch", "tensorflow"}, {"jax"}, {"tensorflow", "jax"}
  };

  private SyntheticPapers() {}

  public static List<Generated> write(Path file, int n, long seed, String idPrefix) throws IOException {
    Random random = new Random(seed);
    List<Generated> out = new ArrayList<>(n);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        String venue = VENUES[random.nextInt(VENUES.length)];
        int year = 2015 + random.nextInt(8);
        String[] fws = MENTIONS[random.nextInt(MENTIONS.length)];
        StringBuilder text = new StringBuilder("We study problem ").append(i).append(". ");
        for (String fw : fws) {
          text.append(switch (fw) {
            case "pytorch" -> "Our code uses PyTorch. ";
            case "tensorflow" -> "Models are trained with TensorFlow. ";
            default -> "We rely on JAX for autodiff. ";
          });
        }
        if (random.nextInt(4) == 0) {
          text.append("Baselines use TF-IDF features and a Lua Torch port. ");
        }
        String id = idPrefix + i;
        w.write("{\"id\":\"" + id + "\",\"kind\":\"paper\",\"source\":\"synthetic\",\"title\":\"Paper " + i
            + "\",\"venue\":\"" + venue + "\",\"year\":" + year + ",\"abstract\":\"" + text.toString().trim()
            + "\",\"lab_note\":\"kept\"}\n");
        out.add(new Generated(id, venue.equals("NIPS") ? "neurips" : venue.toLowerCase(java.util.Locale.ROOT), year,
            List.of(fws)));
      }
    }
    return out;
  }

  /** Expected (venue|year|framework) to count, and (venue|year) to [documents, documents naming any framework]. */
  public static Map<String, Long> expectedCounts(List<Generated> papers) {
    Map<String, Long> counts = new TreeMap<>();
    for (Generated p : papers) {
      String group = p.venue() + "|" + p.year();
      counts.merge(group + "|documents", 1L, Long::sum);
      if (!p.frameworks().isEmpty()) {
        counts.merge(group + "|any", 1L, Long::sum);
      }
      for (String fw : p.frameworks()) {
        counts.merge(group + "|" + fw, 1L, Long::sum);
      }
    }
    return counts;
  }
}
