package dev.framewatch.ingest.papers;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which upstream lists a configured venue ({@code cvpr-2024}, {@code icml-2023}, ...) and under which id. Data, not code: a
 * new conference is a row in {@link #CONFERENCES}, a new PMLR volume a row in {@link #PMLR_VOLUMES}. A conference that is
 * also on OpenReview can be read from there instead with {@code @openreview} ({@code neurips-2024@openreview}): its notes
 * carry the primary area and keywords the authors chose, which the weak domain labels use; the proceedings carry neither.
 */
public final class VenueTable {
  /** One configured venue resolved: lower-case conference, year, where it is listed and under which id. */
  public record Venue(String key, String conference, int year, Upstream upstream, String upstreamId) {
    public Venue {
      Objects.requireNonNull(upstream, "upstream");
    }
  }

  /** A conference's upstream and id template ({@code {year}}, {@code {YEAR}} for the year); null template = PMLR table. */
  private record Row(Upstream upstream, String idTemplate) {}

  private static final Map<String, Row> CONFERENCES = Map.ofEntries(
      Map.entry("cvpr", new Row(Upstream.CVF, "CVPR{year}")),
      Map.entry("iccv", new Row(Upstream.CVF, "ICCV{year}")),
      Map.entry("wacv", new Row(Upstream.CVF, "WACV{year}")),
      Map.entry("neurips", new Row(Upstream.NEURIPS, "{year}")),
      Map.entry("icml", new Row(Upstream.PMLR, null)),
      Map.entry("aistats", new Row(Upstream.PMLR, null)),
      Map.entry("iclr", new Row(Upstream.OPENREVIEW, "ICLR.cc/{year}/Conference")),
      Map.entry("acl", new Row(Upstream.ACL, "{year}.acl")),
      Map.entry("naacl", new Row(Upstream.ACL, "{year}.naacl")),
      Map.entry("emnlp", new Row(Upstream.ACL, "{year}.emnlp")),
      Map.entry("eacl", new Row(Upstream.ACL, "{year}.eacl")),
      // The Conference on Robot Learning publishes in PMLR since its first edition.
      Map.entry("corl", new Row(Upstream.PMLR, null)));

  /** Venue ids of the conferences also on OpenReview (API v2 {@code content.venueid} of their accepted papers). */
  private static final Map<String, String> OPENREVIEW_IDS = Map.of(
      "iclr", "ICLR.cc/{year}/Conference",
      "neurips", "NeurIPS.cc/{year}/Conference",
      "icml", "ICML.cc/{year}/Conference");

  /** PMLR volume of each ICML and AISTATS edition. */
  private static final Map<String, String> PMLR_VOLUMES = Map.ofEntries(
      Map.entry("icml-2019", "v97"),
      Map.entry("icml-2020", "v119"),
      Map.entry("icml-2021", "v139"),
      Map.entry("icml-2022", "v162"),
      Map.entry("icml-2023", "v202"),
      Map.entry("icml-2024", "v235"),
      Map.entry("icml-2025", "v267"),
      Map.entry("aistats-2021", "v130"),
      Map.entry("aistats-2022", "v151"),
      Map.entry("aistats-2023", "v206"),
      Map.entry("aistats-2024", "v238"),
      Map.entry("aistats-2025", "v258"),
      Map.entry("corl-2017", "v78"),
      Map.entry("corl-2018", "v87"),
      Map.entry("corl-2019", "v100"),
      Map.entry("corl-2020", "v155"),
      Map.entry("corl-2021", "v164"),
      Map.entry("corl-2022", "v205"),
      Map.entry("corl-2023", "v229"),
      Map.entry("corl-2024", "v270"));

  private static final Pattern KEY = Pattern.compile("([a-z]+)-(\\d{4})(@openreview)?");

  private VenueTable() {}

  /**
   * @throws IllegalArgumentException naming the venue and what is known, for a configuration error message
   */
  public static Venue resolve(String key) {
    String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
    Matcher m = KEY.matcher(k);
    if (!m.matches()) {
      throw new IllegalArgumentException("venue \"" + key + "\" is not <conference>-<year>, e.g. cvpr-2024");
    }
    String conference = m.group(1);
    int year = Integer.parseInt(m.group(2));
    if (m.group(3) != null) {
      String template = OPENREVIEW_IDS.get(conference);
      if (template == null) {
        throw new IllegalArgumentException("venue \"" + key + "\": \"" + conference + "\" is not read from OpenReview; "
            + "known there: " + new java.util.TreeSet<>(OPENREVIEW_IDS.keySet()));
      }
      return new Venue(k, conference, year, Upstream.OPENREVIEW, template.replace("{year}", Integer.toString(year)));
    }
    Row row = CONFERENCES.get(conference);
    if (row == null) {
      throw new IllegalArgumentException("venue \"" + key + "\": unknown conference \"" + conference + "\"; known: "
          + new java.util.TreeSet<>(CONFERENCES.keySet()));
    }
    String id;
    if (row.idTemplate() == null) {
      id = PMLR_VOLUMES.get(k);
      if (id == null) {
        throw new IllegalArgumentException("venue \"" + key + "\": no PMLR volume known for it; known: "
            + new java.util.TreeSet<>(PMLR_VOLUMES.keySet()));
      }
    } else {
      id = row.idTemplate().replace("{year}", Integer.toString(year));
    }
    return new Venue(k, conference, year, row.upstream(), id);
  }
}
