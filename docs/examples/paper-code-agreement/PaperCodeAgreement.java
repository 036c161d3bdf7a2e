import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Code-vs-text agreement on Horace He's ICML 2019 code labels (not part of the build, not a test: it reads ../shared/data).
 * For each of the 518 papers of icml2019_code_framework_labels.csv, framewatch's text verdict under a method is taken from
 * the paper's title and abstract (and affiliations and e-mail domains, for horace-2019's exclusions) as papercopilot's
 * paperlists icml2019.json holds them, matched by title; the CSV's label is the framework Horace He's grep found in the
 * paper's code repository (pytorch, tensorflow, both, none_detected). Keras counts as TensorFlow, as in the labels' study.
 *
 * <p>Run from the repository root after {@code ./mvnw -q -pl ingest -am -DskipTests package}:
 * <pre>
 * ./mvnw -q -o -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp core/target/classes:ingest/target/classes:$(cat /tmp/cp.txt):$HOME/.m2/repository/com/fasterxml/jackson/dataformat/jackson-dataformat-csv/2.21.8/jackson-dataformat-csv-2.21.8.jar \
 *     docs/examples/paper-code-agreement/PaperCodeAgreement.java ../shared/data default horace-2019
 * </pre>
 */
public class PaperCodeAgreement {
  static final List<String> CATS = List.of("pytorch", "tensorflow", "both", "none");

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    List<String> methods = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("default", "horace-2019");
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> byTitle = new HashMap<>();
    for (JsonNode p : json.readTree(data.resolve("papers/paperlists/icml2019.json").toFile())) {
      byTitle.put(norm(p.path("title").asText()), p);
    }
    List<String[]> labels = csv(data.resolve("papers/chillee/icml2019_code_framework_labels.csv"));
    System.out.printf(Locale.ROOT, "%d labelled papers; code labels: %s%n", labels.size(), tally(labels));
    // How many of the labels' code links the crawl's judge would read (a GitHub repository, not a user page or another host).
    int repos = 0;
    List<String> not = new ArrayList<>();
    for (String[] row : labels) {
      if (dev.framewatch.ingest.papercode.CodeRepo.fromUrl(row[2]).isPresent()) {
        repos++;
      } else {
        not.add(row[2]);
      }
    }
    System.out.printf(Locale.ROOT, "code links that name a GitHub repository: %d of %d; not: %s%n", repos, labels.size(), not);
    for (String name : methods) {
      FrameworkDetector d = new FrameworkDetector(MethodLoader.load(name));
      int[][] m = new int[4][4];
      int matched = 0;
      int excluded = 0;
      for (String[] row : labels) {
        JsonNode p = byTitle.get(norm(row[1]));
        if (p == null) {
          continue;
        }
        matched++;
        Paper paper = new Paper("icml2019:" + row[0], "paperlists", null, p.path("title").asText(), "ICML", 2019, null,
            split(p.path("aff").asText()), split(p.path("aff_domain").asText()), p.path("abstract").asText(), null, null,
            null);
        FrameworkDetector.Detection det = d.detect(paper, null);
        if (det.excluded()) {
          excluded++;
          continue;
        }
        // count-none methods drop papers naming both; "named" keeps what the text says, which is what is compared here.
        Set<String> fw = new LinkedHashSet<>();
        for (String f : det.named()) {
          fw.add(f.equals("keras") ? "tensorflow" : f);
        }
        boolean pt = fw.contains("pytorch");
        boolean tf = fw.contains("tensorflow");
        int text = pt && tf ? 2 : pt ? 0 : tf ? 1 : 3;
        int code = switch (row[3]) {
          case "pytorch" -> 0;
          case "tensorflow" -> 1;
          case "both" -> 2;
          default -> 3;
        };
        m[code][text]++;
      }
      report(name + " " + d.method().version(), m, matched, excluded);
    }
  }

  static void report(String method, int[][] m, int matched, int excluded) {
    System.out.printf(Locale.ROOT, "%nmethod %s: %d papers matched by title, %d excluded by the method%n", method, matched,
        excluded);
    System.out.println("code label \\ text verdict   pytorch  tensorflow  both  none");
    for (int i = 0; i < 4; i++) {
      System.out.printf(Locale.ROOT, "%-26s %8d %11d %5d %5d%n", CATS.get(i), m[i][0], m[i][1], m[i][2], m[i][3]);
    }
    int n = 0;
    int agree = 0;
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        n += m[i][j];
        agree += i == j ? m[i][j] : 0;
      }
    }
    int codeNamed = 0;
    int bothNamed = 0;
    int bothAgree = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        codeNamed += m[i][j];
        if (j < 3) {
          bothNamed += m[i][j];
          bothAgree += i == j ? m[i][j] : 0;
        }
      }
    }
    double po = (double) agree / n;
    double pe = 0;
    for (int k = 0; k < 4; k++) {
      double row = 0;
      double col = 0;
      for (int j = 0; j < 4; j++) {
        row += m[k][j];
        col += m[j][k];
      }
      pe += row / n * col / n;
    }
    System.out.printf(Locale.ROOT, "all four classes: %d/%d agree (%.1f%%), Cohen's kappa %.3f%n", agree, n, 100 * po,
        (po - pe) / (1 - pe));
    System.out.printf(Locale.ROOT, "coverage: the text names PyTorch or TensorFlow for %d of the %d papers whose code does "
        + "(%.1f%%)%n", bothNamed, codeNamed, 100.0 * bothNamed / codeNamed);
    System.out.printf(Locale.ROOT, "where both name one: %d/%d agree (%.1f%%)%n", bothAgree, bothNamed,
        100.0 * bothAgree / Math.max(1, bothNamed));
  }

  static String norm(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split(";")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }

  static Map<String, Integer> tally(List<String[]> rows) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    rows.forEach(r -> out.merge(r[3], 1, Integer::sum));
    return out;
  }

  /** The labels CSV: id,title,code_url,label,pdf_link, titles quoted where they hold commas. */
  static List<String[]> csv(Path file) throws Exception {
    var mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    List<String[]> out = new ArrayList<>();
    try (var it = mapper.readerFor(String[].class).with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
        .<String[]>readValues(file.toFile())) {
      boolean header = true;
      while (it.hasNext()) {
        String[] r = it.next();
        if (header) {
          header = false;
          continue;
        }
        out.add(r);
      }
    }
    return out;
  }
}
