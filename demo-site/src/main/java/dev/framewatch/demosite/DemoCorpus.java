package dev.framewatch.demosite;

import dev.framewatch.demosite.github.DemoRepo;
import dev.framewatch.demosite.github.RepoGenerator;
import dev.framewatch.demosite.huggingface.HubModel;
import dev.framewatch.demosite.huggingface.HubModelGenerator;
import dev.framewatch.demosite.jobs.DemoJob;
import dev.framewatch.demosite.jobs.JobGenerator;
import dev.framewatch.demosite.papers.DemoPaper;
import dev.framewatch.demosite.papers.PaperGenerator;
import dev.framewatch.demosite.github.ScaledRepos;
import dev.framewatch.demosite.scale.LazyList;
import dev.framewatch.demosite.scale.Scale;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the demo site serves, generated once from a seed: the same seed gives the same corpus on every machine, so demo
 * numbers and tests are reproducible. Four parts, one per source, each from its own generator and served by that source's
 * package on the {@link DemoSite}: the Hub's models, papers (CVF, OpenReview, ACL Anthology, arXiv, with PDFs), job postings
 * (JSON-LD pages, Greenhouse, Lever, Hacker News) and GitHub repositories with their stargazers.
 *
 * <p>Together they tell one story over 2017-2026: PyTorch rising, TensorFlow falling, JAX appearing. Demo data, not
 * measurements.
 */
public final class DemoCorpus {
  public static final long DEFAULT_SEED = 20190101L;
  public static final int DEFAULT_MODELS = 2_400;

  private final long seed;
  private final List<HubModel> models;
  private final List<DemoPaper> papers;
  private final List<DemoJob> jobs;
  private final List<DemoRepo> repos;
  /** A scaled corpus's arXiv listings by category (lazy); null when the arXiv papers are among {@link #papers}. */
  private final Map<String, List<DemoPaper>> arxiv;
  /** Null for the demo's own corpus. */
  private final Scale scale;

  private DemoCorpus(long seed, List<HubModel> models, List<DemoPaper> papers, List<DemoJob> jobs, List<DemoRepo> repos,
      Map<String, List<DemoPaper>> arxiv, Scale scale) {
    this.seed = seed;
    this.models = LazyList.isLazy(models) ? models : List.copyOf(models);
    this.papers = List.copyOf(papers);
    this.jobs = List.copyOf(jobs);
    this.repos = List.copyOf(repos);
    this.arxiv = arxiv == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(arxiv));
    this.scale = scale;
  }

  /** The corpus {@code framewatch demo} serves. */
  public static DemoCorpus standard() {
    return generate(DEFAULT_SEED, DEFAULT_MODELS);
  }

  public static DemoCorpus generate(long seed, int models) {
    if (models < 0) {
      throw new IllegalArgumentException("models must not be negative, got " + models);
    }
    return new DemoCorpus(seed, new HubModelGenerator(seed).generate(models), new PaperGenerator(seed).generate(),
        new JobGenerator(seed).generate(), new RepoGenerator(seed).generate(), null, null);
  }

  /**
   * The corpus of the real sources' size times {@code scale} ({@link ScaledSizes}), every record made on request from
   * {@code (seed, its coordinates)}: Hub models, arXiv preprints and stars are lazy lists, never held; the venue papers
   * (thousands at full scale), the repositories and the job postings are made once: the demo's own postings, but each HN
   * "Who is hiring?" thread with 300 to 900 of them, as real threads have.
   */
  public static DemoCorpus scaled(long seed, Scale scale) {
    List<HubModel> models = ScaledSizes.models(seed, scale);
    return new DemoCorpus(seed, models, ScaledSizes.venuePapers(seed, scale), new JobGenerator(seed, scale).generate(),
        ScaledRepos.generate(seed, scale), ScaledSizes.arxiv(seed, scale), scale);
  }

  /** The scale of a {@link #scaled} corpus; empty for the demo's own. */
  public java.util.Optional<Scale> scale() {
    return java.util.Optional.ofNullable(scale);
  }

  /**
   * Each arXiv category's listing, newest first, as the site serves it (a preprint cross-listed in two categories is in
   * both).
   */
  public Map<String, List<DemoPaper>> arxivListings() {
    if (arxiv != null) {
      return arxiv;
    }
    Map<String, List<DemoPaper>> out = new LinkedHashMap<>();
    List<DemoPaper> newestFirst = papers.stream().filter(p -> p.site() == DemoPaper.Site.ARXIV)
        .sorted(java.util.Comparator.comparing(DemoPaper::published).reversed().thenComparing(DemoPaper::sourceId)).toList();
    for (String c : arxivCategories()) {
      out.put(c, newestFirst.stream().filter(p -> p.categories().contains(c)).toList());
    }
    return out;
  }

  /**
   * Documents a first crawl of the whole site indexes: every model, repository and paper (a paper whose page or PDF is cut
   * short is still indexed, without that part), the first {@code arxivPerCategory} preprints of each arXiv listing (0: all)
   * counted once however many listings hold them, and every job posting but the truncated page (dead-lettered) and the board's
   * repeat of an employer's own posting. Star snapshots are a time series, not documents.
   */
  public long expectedDocuments(int arxivPerCategory) {
    Set<String> preprints = new HashSet<>();
    arxivListings().values().forEach(l -> {
      int read = arxivPerCategory == 0 ? l.size() : Math.min(arxivPerCategory, l.size());
      l.subList(0, read).forEach(p -> preprints.add(p.expectedId()));
    });
    long venuePapers = papers.stream().filter(p -> p.site() != DemoPaper.Site.ARXIV).count();
    long postings = jobs.stream().filter(DemoJob::expected).count();
    return models.size() + venuePapers + preprints.size() + postings + repos.size();
  }

  public long seed() {
    return seed;
  }

  /** The Hub's models, newest first (the order of {@code sort=createdAt&direction=-1}). */
  public List<HubModel> models() {
    return models;
  }

  /** Distinct library names, in order of first appearance (newest first); models without a library are not represented. */
  public List<String> libraries() {
    return models.stream().map(HubModel::libraryName).filter(Objects::nonNull).distinct().toList();
  }

  /** Every paper, in listing order (CVPR, ICLR, ACL by year, then arXiv by category). */
  public List<DemoPaper> papers() {
    return papers;
  }

  public List<DemoJob> jobs() {
    return jobs;
  }

  public List<DemoRepo> repos() {
    return repos;
  }

  /** {@code sources.papers.venues} for this corpus: every CVPR, ICLR and ACL edition it holds. */
  public List<String> paperVenues() {
    return papers.stream().filter(p -> p.site() != DemoPaper.Site.ARXIV).map(DemoPaper::listing).distinct().toList();
  }

  /** {@code sources.papers.arxiv.categories}. */
  public List<String> arxivCategories() {
    return arxiv != null ? List.copyOf(arxiv.keySet()) : PaperGenerator.ARXIV_CATEGORIES;
  }

  /** {@code sources.jobs.greenhouse.boards}. */
  public List<String> greenhouseBoards() {
    return JobGenerator.GREENHOUSE_BOARDS;
  }

  /** {@code sources.jobs.lever.companies}. */
  public List<String> leverCompanies() {
    return JobGenerator.LEVER_COMPANIES;
  }

  /** {@code sources.jobs.hn.story-ids}: every "Who is hiring?" story, oldest first. */
  public List<String> hnStoryIds() {
    return jobs.stream().filter(j -> j.board() == DemoJob.Board.HN).map(DemoJob::partition).distinct().toList();
  }

  /** {@code sources.jobs.hn.since}: the month of the oldest "Who is hiring?" story, as {@code 2014-01}. */
  public String hnSince() {
    return JobGenerator.hnMonth(Long.parseLong(hnStoryIds().get(0))).toString();
  }

  /** {@code sources.github.repos}. */
  public List<String> githubRepos() {
    return repos.stream().map(DemoRepo::fullName).toList();
  }
}
