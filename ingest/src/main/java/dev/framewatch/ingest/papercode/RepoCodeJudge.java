package dev.framewatch.ingest.papercode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.PageScope;
import dev.framewatch.ingest.http.FetchException;
import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.http.HttpFetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges a repository by its own files through GitHub's contents API: {@code GET /repos/{o}/{r}/contents/} lists the top
 * level, then each dependency file ({@link DependencyFiles#declaresDependencies}) and what its {@code -r} lines include is read
 * with {@code GET /repos/{o}/{r}/contents/{path}} (base64 {@code content}); only when none names a framework are the top-level
 * {@code .py} files read for imports, and only when those name none, the notebooks.
 *
 * <p>Incremental: the verdict is kept beside the listing's {@code ETag} (its validators' meta) and the listing is asked with
 * {@code If-None-Match}; a 304 keeps the verdict without reading a file (a changed file changes its {@code sha} in the listing,
 * hence the listing's ETag). Polite: requests go through the crawl's {@link dev.framewatch.ingest.http.HttpFetcher} (host
 * throttle, {@code Retry-After} and {@code X-RateLimit-Reset} waits) and stop for this crawl once {@code X-RateLimit-Remaining}
 * falls to {@link PaperCodeOptions#reserve()}, leaving the core API's budget to the repository crawler; a deferred repository
 * is judged by the next crawl. Confined to the crawling thread.
 */
public final class RepoCodeJudge {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Files over this size are not read: the contents API sends no content above 1 MB, and a requirements file is small. */
  static final long MAX_FILE_BYTES = 1_000_000;
  /** At most this many {@code -r} includes are followed per repository (a loop of includes ends here too). */
  static final int MAX_INCLUDES = 5;

  private final CrawlRun run;
  private final HttpFetcher fetcher;
  private final PaperCodeOptions options;
  private boolean outOfBudget;
  private int judged;
  private int fromCache;

  public RepoCodeJudge(CrawlRun run, HttpFetcher fetcher, PaperCodeOptions options) {
    this.run = run;
    this.fetcher = fetcher;
    this.options = options;
  }

  /** The outcome of {@link #judge}. */
  public sealed interface Outcome {
    /** A verdict, fresh or kept ({@code notModified}). */
    record Judged(CodeVerdict verdict, boolean notModified) implements Outcome {}

    /** Not judged this crawl (rate budget spent, server error): the next crawl tries again. */
    record Deferred(String reason) implements Outcome {}
  }

  /** Repositories judged from their files so far, and how many of them by a 304 on the kept verdict. */
  public int judged() {
    return judged;
  }

  public int fromCache() {
    return fromCache;
  }

  public URI listingUrl(CodeRepo repo) {
    return URI.create(options.apiBase() + "/repos/" + repo.fullName() + "/contents/");
  }

  public URI fileUrl(CodeRepo repo, String path) {
    return URI.create(options.apiBase() + "/repos/" + repo.fullName() + "/contents/" + path);
  }

  public Outcome judge(CodeRepo repo) {
    if (outOfBudget) {
      return new Outcome.Deferred("core API budget kept for other crawls");
    }
    URI url = listingUrl(repo);
    Optional<FetchResult> listing = get(repo, run.checkpoint().conditional(request(url)), true);
    if (listing.isEmpty()) {
      return new Outcome.Deferred("listing of " + repo.fullName() + " failed");
    }
    FetchResult page = listing.get();
    if (page.status() == 304) {
      CodeVerdict kept = run.checkpoint().validators(url).map(v -> CodeVerdict.parse(repo.fullName(), v.meta())).orElse(null);
      if (kept != null) {
        judged++;
        fromCache++;
        return new Outcome.Judged(kept, true);
      }
      listing = get(repo, request(url), true); // validators without a verdict: read it again in full
      if (listing.isEmpty() || listing.get().status() != 200 && listing.get().status() != 404) {
        return new Outcome.Deferred("listing of " + repo.fullName() + " failed");
      }
      page = listing.get();
    }
    if (page.status() == 404) {
      judged++;
      return new Outcome.Judged(new CodeVerdict(repo.fullName(), List.of(), CodeVerdict.MISSING), false);
    }
    List<Entry> entries;
    try {
      entries = entries(page.body());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      run.failPage(scope(repo), url, page, "not a contents listing: " + e.getMessage());
      return new Outcome.Deferred("listing of " + repo.fullName() + " unreadable");
    }
    Optional<CodeVerdict> verdict = fromFiles(repo, entries);
    if (verdict.isEmpty()) {
      return new Outcome.Deferred("a file of " + repo.fullName() + " failed");
    }
    run.checkpoint().validators(url, page, verdict.get().format());
    judged++;
    return new Outcome.Judged(verdict.get(), false);
  }

  /** Dependency files first; imports only when they name no framework. Empty when a file could not be read. */
  private Optional<CodeVerdict> fromFiles(CodeRepo repo, List<Entry> entries) {
    Set<String> declared = new LinkedHashSet<>();
    List<String> queue = new ArrayList<>();
    entries.stream().filter(e -> e.file() && DependencyFiles.declaresDependencies(e.name()) && e.size() <= MAX_FILE_BYTES)
        .forEach(e -> queue.add(e.path()));
    Set<String> read = new LinkedHashSet<>();
    int includes = 0;
    while (!queue.isEmpty()) {
      String path = queue.remove(0);
      if (!read.add(path)) {
        continue;
      }
      Optional<Optional<String>> text = file(repo, path);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      if (text.get().isEmpty()) {
        continue; // 404: an include that names a file the repository does not have
      }
      String name = path.substring(path.lastIndexOf('/') + 1);
      declared.addAll(DependencyFiles.frameworks(name, text.get().get()));
      if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
        for (String include : DependencyFiles.includes(text.get().get())) {
          if (includes++ < MAX_INCLUDES) {
            queue.add(resolve(path, include));
          }
        }
      }
    }
    if (!declared.isEmpty()) {
      return Optional.of(new CodeVerdict(repo.fullName(), List.copyOf(DependencyFiles.ordered(declared)),
          CodeVerdict.DEPENDENCIES));
    }
    for (String suffix : List.of(".py", ".ipynb")) {
      Set<String> imported = new LinkedHashSet<>();
      List<Entry> code = entries.stream()
          .filter(e -> e.file() && DependencyFiles.isCode(e.name()) && e.name().toLowerCase(java.util.Locale.ROOT)
              .endsWith(suffix) && e.size() <= MAX_FILE_BYTES)
          .sorted(java.util.Comparator.comparing(Entry::name))
          .limit(options.maxCodeFiles())
          .toList();
      for (Entry e : code) {
        Optional<Optional<String>> text = file(repo, e.path());
        if (text.isEmpty()) {
          return Optional.empty();
        }
        text.get().ifPresent(t -> imported.addAll(DependencyFiles.frameworks(e.name(), t)));
      }
      if (!imported.isEmpty()) {
        return Optional.of(new CodeVerdict(repo.fullName(), List.copyOf(DependencyFiles.ordered(imported)),
            CodeVerdict.IMPORTS));
      }
    }
    return Optional.of(new CodeVerdict(repo.fullName(), List.of(), CodeVerdict.NONE));
  }

  /** {@code -r base.txt} in {@code reqs/gpu.txt} is {@code reqs/base.txt}, as pip resolves it. */
  static String resolve(String from, String include) {
    int slash = from.lastIndexOf('/');
    String joined = (slash < 0 ? "" : from.substring(0, slash + 1)) + include;
    List<String> parts = new ArrayList<>();
    for (String part : joined.split("/")) {
      if (part.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }

  /** A file's text: empty when it is not there (404); an empty outer Optional when it could not be read. */
  private Optional<Optional<String>> file(CodeRepo repo, String path) {
    URI url = fileUrl(repo, path);
    Optional<FetchResult> r = get(repo, request(url), false);
    if (r.isEmpty()) {
      return Optional.empty();
    }
    if (r.get().status() == 404) {
      return Optional.of(Optional.empty());
    }
    try {
      JsonNode node = JSON.readTree(r.get().body());
      if (node == null || !node.isObject() || !node.path("content").isTextual()) {
        return Optional.of(Optional.empty()); // a directory, a submodule or a file too large for the API: nothing to read
      }
      if (!"base64".equals(node.path("encoding").asText("base64"))) {
        return Optional.of(Optional.empty());
      }
      byte[] bytes = Base64.getMimeDecoder().decode(node.path("content").textValue());
      return Optional.of(Optional.of(new String(bytes, StandardCharsets.UTF_8)));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      run.failPage(scope(repo), url, r.get(), "not a contents file: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * A response with status 200, 304 (to a conditional request) or 404; empty, the page dead-lettered, for anything else.
   * Each response's {@code X-RateLimit-Remaining} is checked against the reserve.
   */
  private Optional<FetchResult> get(CodeRepo repo, FetchRequest request, boolean listing) {
    run.countPage();
    FetchResult r;
    try {
      r = fetcher.fetch(request);
    } catch (FetchException e) {
      run.failPage(scope(repo), request.url(), e.lastStatus(), e.attempts(), e.reason(), "");
      return Optional.empty();
    }
    r.header("X-RateLimit-Remaining").map(String::trim).filter(s -> s.matches("\\d+"))
        .ifPresent(s -> outOfBudget |= Long.parseLong(s) <= options.reserve());
    if (r.status() == 200 || r.status() == 404 || listing && r.status() == 304) {
      run.report(scope(repo), request.url(), r, 0, 0);
      return Optional.of(r);
    }
    run.failPage(scope(repo), request.url(), r, "HTTP " + r.status());
    return Optional.empty();
  }

  private FetchRequest request(URI url) {
    FetchRequest r = FetchRequest.get(url).withHeader("Accept", "application/vnd.github+json")
        .withHeader("X-GitHub-Api-Version", "2022-11-28");
    return options.hasToken() ? r.withHeader("Authorization", "Bearer " + options.token()) : r;
  }

  private static PageScope scope(CodeRepo repo) {
    return PageScope.of("papers", "code", "repo", repo.fullName());
  }

  /** One item of a contents listing. */
  record Entry(String name, String path, String type, long size) {
    boolean file() {
      return "file".equals(type);
    }
  }

  static List<Entry> entries(String body) throws JsonProcessingException {
    JsonNode root = JSON.readTree(body);
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("expected a JSON array");
    }
    List<Entry> out = new ArrayList<>();
    for (JsonNode n : root) {
      out.add(new Entry(n.path("name").asText(), n.path("path").asText(n.path("name").asText()), n.path("type").asText(),
          n.path("size").asLong(0)));
    }
    return out;
  }
}
