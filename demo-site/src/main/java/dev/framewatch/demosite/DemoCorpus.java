package dev.framewatch.demosite;

import dev.framewatch.demosite.github.DemoRepo;
import dev.framewatch.demosite.github.RepoGenerator;
import dev.framewatch.demosite.huggingface.HubModel;
import dev.framewatch.demosite.huggingface.HubModelGenerator;
import dev.framewatch.demosite.jobs.DemoJob;
import dev.framewatch.demosite.jobs.JobGenerator;
import dev.framewatch.demosite.papers.DemoPaper;
import dev.framewatch.demosite.papers.PaperGenerator;
import java.util.List;
import java.util.Objects;

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

  private DemoCorpus(long seed, List<HubModel> models, List<DemoPaper> papers, List<DemoJob> jobs, List<DemoRepo> repos) {
    this.seed = seed;
    this.models = List.copyOf(models);
    this.papers = List.copyOf(papers);
    this.jobs = List.copyOf(jobs);
    this.repos = List.copyOf(repos);
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
        new JobGenerator(seed).generate(), new RepoGenerator(seed).generate());
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
    return PaperGenerator.ARXIV_CATEGORIES;
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

  /** {@code sources.github.repos}. */
  public List<String> githubRepos() {
    return repos.stream().map(DemoRepo::fullName).toList();
  }
}
