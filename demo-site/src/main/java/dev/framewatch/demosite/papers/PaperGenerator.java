package dev.framewatch.demosite.papers;

import dev.framewatch.demosite.scale.Seeds;
import dev.framewatch.demosite.story.FrameworkTrend;
import dev.framewatch.demosite.story.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates the demo's papers: CVPR on CVF open access, ICLR on OpenReview, ACL in the Anthology's XML, and arXiv preprints in
 * two categories (some cross-listed in both), 2017-2026. Abstracts never name a framework; full texts do, following
 * {@link FrameworkTrend}, so paper shares only exist because the crawler reads the PDFs.
 *
 * <p>Deterministic: one seeded {@link Random}, fixed iteration order, no clock.
 */
public final class PaperGenerator {
  static final List<Integer> CVPR_YEARS = List.of(2017, 2019, 2021, 2023, 2025);
  static final List<Integer> ICLR_YEARS = List.of(2018, 2020, 2022, 2024, 2026);
  static final List<Integer> ACL_YEARS = List.of(2018, 2020, 2022, 2024, 2026);
  public static final List<String> ARXIV_CATEGORIES = List.of("cs.CV", "cs.LG");
  static final int CVPR_PAPERS = 20;
  static final int ICLR_PAPERS = 36;
  static final int ACL_PAPERS = 16;
  static final int ARXIV_PAPERS = 60;
  /** The newest day a preprint can carry: the corpus is "as of" November 2026. */
  private static final LocalDate ARXIV_LAST_DAY = LocalDate.of(2026, 10, 31);
  /** Full texts name a framework less often than job postings do. */
  private static final double PAPER_SCALE = 0.8;
  private static final String[] IMPLEMENTATION = {
    "We implement our method in {fw}.", "All models are trained with {fw} on 8 GPUs.",
    "Our implementation uses {fw} and will be released.", "Experiments were run with {fw}."};

  private final Random random;
  private final Set<String> titles = new HashSet<>();
  private int hex;

  public PaperGenerator(long seed) {
    this.random = new Random(seed ^ 0x5eed_9a9e_0001L);
  }

  /** Every paper, in listing order: CVPR, ICLR, ACL by year, then arXiv newest first per category. */
  public List<DemoPaper> generate() {
    List<DemoPaper> out = new ArrayList<>();
    for (int year : CVPR_YEARS) {
      for (int i = 0; i < CVPR_PAPERS; i++) {
        String title = title(Words.VISION_TASKS);
        List<String> authors = authors();
        String stem = authors.get(0).substring(authors.get(0).indexOf(' ') + 1) + "_" + title.replaceAll("[^A-Za-z0-9 ]", "")
            .replace(' ', '_') + "_CVPR_" + year;
        DemoPaper.Fault fault = year == 2021 && i == 3 ? DemoPaper.Fault.TRUNCATED_PAGE : DemoPaper.Fault.NONE;
        out.add(paper(DemoPaper.Site.CVF, "cvpr", "cvpr-" + year, year, stem, title, authors, LocalDate.of(year, 6, 15),
            List.of(), stem, fault));
      }
    }
    for (int year : ICLR_YEARS) {
      for (int i = 0; i < ICLR_PAPERS; i++) {
        String id = noteId();
        out.add(paper(DemoPaper.Site.OPENREVIEW, "iclr", "iclr-" + year, year, id, title(Words.LEARNING_TASKS), authors(),
            LocalDate.of(year - 1, 9, 20 + random.nextInt(9)), List.of(), nextHex(), DemoPaper.Fault.NONE));
      }
    }
    for (int year : ACL_YEARS) {
      for (int i = 0; i < ACL_PAPERS; i++) {
        boolean longPaper = i < ACL_PAPERS * 3 / 4;
        String id = year + ".acl-" + (longPaper ? "long." + (i + 1) : "short." + (i + 1 - ACL_PAPERS * 3 / 4));
        DemoPaper.Fault fault = year == 2022 && i == 5 ? DemoPaper.Fault.TRUNCATED_PDF : DemoPaper.Fault.NONE;
        out.add(paper(DemoPaper.Site.ACL, "acl", "acl-" + year, year, id, title(Words.LANGUAGE_TASKS), authors(),
            LocalDate.of(year, 7, 10), List.of(), id, fault));
      }
    }
    for (String category : ARXIV_CATEGORIES) {
      out.addAll(arxiv(category));
    }
    return out;
  }

  /** One category's preprints, newest first; every seventh is cross-listed in the other category. */
  private List<DemoPaper> arxiv(String category) {
    String other = ARXIV_CATEGORIES.get((ARXIV_CATEGORIES.indexOf(category) + 1) % ARXIV_CATEGORIES.size());
    List<DemoPaper> out = new ArrayList<>();
    // Spread over 2017-01 .. 2026-10, oldest first, then reversed.
    int months = (2026 - 2017) * 12 + 10;
    for (int i = 0; i < ARXIV_PAPERS; i++) {
      int m = (int) ((long) i * months / ARXIV_PAPERS);
      LocalDate day = LocalDate.of(2017, 1, 1).plusMonths(m).plusDays(random.nextInt(27));
      String id = String.format(Locale.ROOT, "%02d%02d.%05d", day.getYear() % 100, day.getMonthValue(),
          (category.equals("cs.CV") ? 10000 : 20000) + i * 37 + random.nextInt(30));
      List<String> categories = i % 7 == 3 ? List.of(category, other) : List.of(category);
      out.add(paper(DemoPaper.Site.ARXIV, "arxiv", category, day.getYear(), id,
          title(category.equals("cs.CV") ? Words.VISION_TASKS : Words.LEARNING_TASKS), authors(), day, categories, id + "v1",
          DemoPaper.Fault.NONE));
    }
    java.util.Collections.reverse(out);
    return out;
  }

  /**
   * Paper {@code index} of a venue-year listing of {@code count} (CVF, OpenReview or the Anthology), made on its own from
   * {@code (seed, listing, index)} for a scaled corpus. Its title ends in its number, so titles stay distinct however many.
   */
  public static DemoPaper venuePaper(long seed, DemoPaper.Site site, int year, int index, int count) {
    PaperGenerator g = new PaperGenerator(Seeds.of(seed, site.ordinal(), year, index));
    String number = " " + (index + 1);
    return switch (site) {
      case CVF -> {
        String title = g.title(Words.VISION_TASKS) + number;
        List<String> authors = g.authors();
        String stem = authors.get(0).substring(authors.get(0).indexOf(' ') + 1) + "_"
            + title.replaceAll("[^A-Za-z0-9 ]", "").replace(' ', '_') + "_CVPR_" + year;
        yield g.paper(site, "cvpr", "cvpr-" + year, year, stem, title, authors, LocalDate.of(year, 6, 15), List.of(), stem,
            DemoPaper.Fault.NONE);
      }
      case OPENREVIEW -> {
        String id = g.noteId();
        yield g.paper(site, "iclr", "iclr-" + year, year, id, g.title(Words.LEARNING_TASKS) + number, g.authors(),
            LocalDate.of(year - 1, 9, 20 + g.random.nextInt(9)), List.of(),
            String.format(Locale.ROOT, "%08x%032x", index, Seeds.of(seed, year, index) & Long.MAX_VALUE), DemoPaper.Fault.NONE);
      }
      case ACL -> {
        boolean longPaper = index < count * 3 / 4;
        String id = year + ".acl-" + (longPaper ? "long." + (index + 1) : "short." + (index + 1 - count * 3 / 4));
        yield g.paper(site, "acl", "acl-" + year, year, id, g.title(Words.LANGUAGE_TASKS) + number, g.authors(),
            LocalDate.of(year, 7, 10), List.of(), id, DemoPaper.Fault.NONE);
      }
      case ARXIV -> throw new IllegalArgumentException("arXiv papers come from arxivPaper");
    };
  }

  /**
   * Preprint {@code index} of {@code count} in {@code categories.get(category)}, newest first, made on its own from
   * {@code (seed, category, index)} for a scaled corpus: spread over 2017-01 .. 2026-10 with the field's growth, never
   * cross-listed. Its id ({@code YYMM.CNNNNN}: category digit, then the index) is unique and says where it comes from, so its
   * PDF can be made from the id alone ({@link #arxivByPdfKey}).
   */
  public static DemoPaper arxivPaper(long seed, List<String> categories, int category, int index, int count) {
    PaperGenerator g = new PaperGenerator(Seeds.of(seed, 0xA7, category, index));
    LocalDate first = LocalDate.of(2017, 1, 1);
    long days = first.until(ARXIV_LAST_DAY, java.time.temporal.ChronoUnit.DAYS);
    LocalDate day = first.plusDays((long) (Seeds.newestFirst(index, count, 2.0) * days));
    String id = String.format(Locale.ROOT, "%02d%02d.%d%05d", day.getYear() % 100, day.getMonthValue(), category, index);
    String name = categories.get(category);
    return g.paper(DemoPaper.Site.ARXIV, "arxiv", name, day.getYear(), id,
        g.title(name.equals("cs.CV") ? Words.VISION_TASKS : name.equals("cs.CL") ? Words.LANGUAGE_TASKS
            : Words.LEARNING_TASKS) + " " + (index + 1), g.authors(), day, List.of(name), id + "v1", DemoPaper.Fault.NONE);
  }

  /** The scaled preprint whose PDF is served as {@code key} ({@code YYMM.CNNNNNv1}); null when no such preprint. */
  public static DemoPaper arxivByPdfKey(long seed, List<String> categories, List<Integer> counts, String key) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}\\.(\\d)(\\d{5})v1").matcher(key);
    if (!m.matches()) {
      return null;
    }
    int category = Integer.parseInt(m.group(1));
    int index = Integer.parseInt(m.group(2));
    if (category >= categories.size() || index >= counts.get(category)) {
      return null;
    }
    DemoPaper p = arxivPaper(seed, categories, category, index, counts.get(category));
    return p.pdfKey().equals(key) ? p : null;
  }

  private DemoPaper paper(DemoPaper.Site site, String venue, String listing, int year, String sourceId, String title,
      List<String> authors, LocalDate published, List<String> categories, String pdfKey, DemoPaper.Fault fault) {
    String abstractText = "We study " + title.toLowerCase(Locale.ROOT) + ". Our approach improves on prior work by "
        + (2 + random.nextInt(9)) + "." + random.nextInt(10) + " points on " + (2 + random.nextInt(4)) + " benchmarks.";
    List<String> frameworks = FrameworkTrend.draw(random, year, PAPER_SCALE);
    String implementation = frameworks.isEmpty()
        ? "Training takes " + (2 + random.nextInt(40)) + " hours on commodity hardware."
        : FrameworkTrend.sentence(random, frameworks, IMPLEMENTATION);
    return new DemoPaper(site, venue, listing, year, sourceId, title, authors, abstractText, frameworks, implementation,
        published, categories, pdfKey, fault);
  }

  private String title(String[] tasks) {
    for (int attempt = 0; ; attempt++) {
      String t = Words.pick(random, Words.ADJECTIVES) + " " + Words.pick(random, Words.METHODS) + " for "
          + Words.pick(random, tasks) + (attempt > 3 ? " " + Words.pick(random, new String[] {"Revisited", "at Scale",
              "in the Wild", "Without Labels", "on a Budget"}) : "");
      if (titles.add(t)) {
        return t;
      }
    }
  }

  private List<String> authors() {
    int n = 1 + random.nextInt(4);
    List<String> out = new ArrayList<>(n);
    while (out.size() < n) {
      String p = Words.person(random);
      if (!out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private String noteId() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder(10);
    for (int i = 0; i < 10; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private String nextHex() {
    hex++;
    return String.format(Locale.ROOT, "%08x%032x", hex, (long) random.nextInt(Integer.MAX_VALUE) * 2654435761L);
  }
}
