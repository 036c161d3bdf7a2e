package dev.framewatch.demosite.jobs;

import dev.framewatch.demosite.scale.Scale;
import dev.framewatch.demosite.scale.Seeds;
import dev.framewatch.demosite.story.FrameworkTrend;
import dev.framewatch.demosite.story.Words;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the demo's job postings, 2017-2026: employer pages with JobPosting JSON-LD (listed in a sitemap), two Greenhouse
 * boards, two Lever sites (one large enough to page), and one Hacker News "Who is hiring?" thread per year. Descriptions name
 * frameworks following {@link FrameworkTrend}, more often than papers do. One Greenhouse posting repeats a JSON-LD one (the
 * crawler keeps the first), and one JSON-LD page is served truncated.
 *
 * <p>Deterministic: one seeded {@link Random}, fixed iteration order, no clock.
 */
public final class JobGenerator {
  static final String JSONLD_COMPANY = "Acme Robotics";
  static final int JSONLD_JOBS = 40;
  public static final List<String> GREENHOUSE_BOARDS = List.of("acmerobotics", "nimbushealth");
  static final int GREENHOUSE_JOBS = 30;
  public static final List<String> LEVER_COMPANIES = List.of("helix", "quantavision");
  static final List<Integer> LEVER_JOBS = List.of(130, 25);
  static final List<Integer> HN_YEARS = List.of(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
  static final int HN_JOBS_PER_STORY = 12;
  /**
   * The demo's HN story of a year (posted in March) is {@code HN_STORY_BASE + year}; a scaled corpus's story of a month is
   * {@code HN_STORY_BASE + year * 100 + month}. Comments count up from the story's id times 100 (10,000 when scaled).
   */
  static final long HN_STORY_BASE = 40_000_000L;
  /** A scaled corpus has a thread a month, as the real whoishiring account posts, ending with this month. */
  static final YearMonth HN_LAST_MONTH = YearMonth.of(2026, 6);
  /** Monthly threads at full scale: 2014-01 to 2026-06. */
  public static final int HN_MONTHS_AT_FULL_SCALE = 150;
  private static final double JOB_SCALE = 1.4;
  private static final String[] TITLES = {"Machine Learning Engineer", "Research Scientist", "Senior ML Engineer",
    "MLOps Engineer", "Applied Scientist", "Data Scientist", "Deep Learning Engineer", "Computer Vision Engineer",
    "NLP Engineer", "ML Platform Engineer"};
  private static final String[] LOCATIONS = {"Zurich, Switzerland", "Berlin, Germany", "London, UK", "Remote", "Toronto, Canada",
    "San Francisco, CA", "Bangalore, India", "Lisbon, Portugal", "Tokyo, Japan", "New York, NY"};
  private static final String[] STACK = {"<li>Train and ship models with {fw}</li>", "<li>Experience with {fw} is required</li>",
    "<li>You know {fw} well</li>", "<li>Our stack: {fw}, Kubernetes, Ray</li>"};
  private static final String[] HN_STACK = {"We train our models in {fw}.", "Stack: Python, {fw}, Postgres.",
    "You will write {fw} every day."};

  /** A real "Who is hiring?" thread's top-level comments: between these, for a scaled corpus. */
  public static final int HN_MIN_POSTINGS = 300;
  public static final int HN_MAX_POSTINGS = 900;

  private final Random random;
  private final long seed;
  /** Null for the demo's own sizes. */
  private final Scale scale;
  private int serial;

  public JobGenerator(long seed) {
    this(seed, null);
  }

  /** @param scale null for the demo's sizes; else each HN thread has real size ({@link #HN_MIN_POSTINGS} and up) */
  public JobGenerator(long seed, Scale scale) {
    this.random = new Random(seed ^ 0x5eed_0b5_0002L);
    this.seed = seed;
    this.scale = scale;
  }

  /** Postings in the HN thread {@code story}; drawn from their own seed, so the demo's sequence is untouched. */
  private int hnPostings(long story) {
    return scale == null ? HN_JOBS_PER_STORY
        : HN_MIN_POSTINGS + new Random(Seeds.of(seed, story)).nextInt(HN_MAX_POSTINGS - HN_MIN_POSTINGS + 1);
  }

  /** The months of the HN threads, oldest first: March of each demo year, or the scale's share of 150 monthly threads. */
  private List<YearMonth> hnMonths() {
    if (scale == null) {
      return HN_YEARS.stream().map(y -> YearMonth.of(y, 3)).toList();
    }
    int months = scale.of(HN_MONTHS_AT_FULL_SCALE);
    List<YearMonth> out = new ArrayList<>();
    for (int back = months - 1; back >= 0; back--) {
      out.add(HN_LAST_MONTH.minusMonths(back));
    }
    return out;
  }

  private long hnStory(YearMonth month) {
    return HN_STORY_BASE + (scale == null ? month.getYear() : month.getYear() * 100L + month.getMonthValue());
  }

  /** The month a story id of {@link #hnStory} stands for. */
  public static YearMonth hnMonth(long story) {
    long n = story - HN_STORY_BASE;
    return n < 10_000 ? YearMonth.of((int) n, 3) : YearMonth.of((int) (n / 100), (int) (n % 100));
  }

  /** Every posting: JSON-LD pages, Greenhouse boards, Lever sites, HN stories, each in listing order. */
  public List<DemoJob> generate() {
    List<DemoJob> out = new ArrayList<>();
    DemoJob first = null;
    for (int i = 0; i < JSONLD_JOBS; i++) {
      Instant posted = day(random);
      List<String> fw = FrameworkTrend.draw(random, year(posted), JOB_SCALE);
      String id = String.format(Locale.ROOT, "AR-%04d", 1001 + i);
      DemoJob job = new DemoJob(DemoJob.Board.JSONLD, "ar-" + (1001 + i), id, JSONLD_COMPANY, Words.pick(random, TITLES),
          Words.pick(random, LOCATIONS), posted, description(fw), fw,
          i == 7 ? DemoJob.Fault.TRUNCATED_PAGE : DemoJob.Fault.NONE, false);
      out.add(job);
      if (first == null) {
        first = job;
      }
    }
    for (String board : GREENHOUSE_BOARDS) {
      String company = board.equals("acmerobotics") ? JSONLD_COMPANY + ", Inc." : "Nimbus Health";
      for (int i = 0; i < GREENHOUSE_JOBS; i++) {
        String id = Long.toString(4_000_000L + 1_000L * GREENHOUSE_BOARDS.indexOf(board) + i);
        if (board.equals("acmerobotics") && i == 0) {
          // The employer's own page and its board carry the same posting: the crawler keeps the page's.
          out.add(new DemoJob(DemoJob.Board.GREENHOUSE, board, id, company, first.title(), first.location(), first.posted(),
              first.description(), first.frameworks(), DemoJob.Fault.NONE, true));
          continue;
        }
        Instant posted = day(random);
        List<String> fw = FrameworkTrend.draw(random, year(posted), JOB_SCALE);
        out.add(new DemoJob(DemoJob.Board.GREENHOUSE, board, id, company, Words.pick(random, TITLES),
            Words.pick(random, LOCATIONS), posted, description(fw), fw, DemoJob.Fault.NONE, false));
      }
    }
    for (int c = 0; c < LEVER_COMPANIES.size(); c++) {
      String company = LEVER_COMPANIES.get(c);
      List<DemoJob> site = new ArrayList<>();
      for (int i = 0; i < LEVER_JOBS.get(c); i++) {
        Instant posted = day(random).plusSeconds(random.nextInt(86_000));
        List<String> fw = FrameworkTrend.draw(random, year(posted), JOB_SCALE);
        String id = String.format(Locale.ROOT, "5f1c2a9e-%04x-4b7a-9d3e-%012x", c, (long) i * 7919 + random.nextInt(7000));
        site.add(new DemoJob(DemoJob.Board.LEVER, company, id, company, Words.pick(random, TITLES),
            Words.pick(random, LOCATIONS), posted, description(fw), fw, DemoJob.Fault.NONE, false));
      }
      // Lever lists newest first.
      site.sort((a, b) -> b.posted().compareTo(a.posted()));
      out.addAll(site);
    }
    for (YearMonth month : hnMonths()) {
      int year = month.getYear();
      long story = hnStory(month);
      Instant start = month.atDay(1).atTime(16, 0).toInstant(ZoneOffset.UTC);
      // Posting ids count up from the story's id times 100, or 10,000 where a thread has hundreds.
      long firstPosting = story * (scale == null ? 100 : 10_000) + 1;
      for (int i = 0, postings = hnPostings(story); i < postings; i++) {
        List<String> fw = FrameworkTrend.draw(random, year, JOB_SCALE);
        String company = Words.pick(random, Words.LAST) + " " + Words.pick(random, new String[] {"Labs", "AI", "Systems",
            "Analytics", "Robotics"});
        String text = FrameworkTrend.sentence(random, fw, HN_STACK);
        if (text.isEmpty()) {
          text = "We build data products for " + Words.pick(random, new String[] {"logistics", "health", "finance", "retail"})
              + ".";
        }
        out.add(new DemoJob(DemoJob.Board.HN, Long.toString(story), Long.toString(firstPosting + i), company,
            Words.pick(random, TITLES), Words.pick(random, LOCATIONS), start.plusSeconds(60L * (i + 1) + random.nextInt(50)),
            text + " Ref " + (++serial) + ".", fw, DemoJob.Fault.NONE, false));
      }
    }
    return out;
  }

  private String description(List<String> fw) {
    String team = Words.pick(random, new String[] {"perception", "ranking", "speech", "forecasting", "search", "robotics"});
    String stack = FrameworkTrend.sentence(random, fw, STACK);
    return "<p>Join our " + team + " team (requisition " + (++serial) + ").</p><ul>" + stack
        + "<li>Work with researchers and engineers</li></ul>";
  }

  private static Instant day(Random random) {
    LocalDate d = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(9 * 365 + 300));
    return d.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  private static int year(Instant t) {
    return t.atZone(ZoneOffset.UTC).getYear();
  }
}
