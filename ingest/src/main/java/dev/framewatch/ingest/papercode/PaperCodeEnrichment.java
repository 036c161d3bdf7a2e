package dev.framewatch.ingest.papercode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.http.HttpFetcher;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A papers crawl's code verdicts: a paper whose {@code code} link names a GitHub repository gets, in {@code extra},
 * {@code framework_code} (the frameworks its repository's own files name, {@link RepoCodeJudge}),
 * {@code framework_code_basis} ({@link CodeVerdict#basis()}) and {@code code_repo}. Each repository is judged once a crawl
 * (papers share repositories: a conference version and its arXiv preprint). A repository that could not be judged leaves the
 * paper as it was and counts as deferred, so the paper is not marked known and the next crawl tries again, as with a failed
 * PDF. Confined to the crawling thread.
 */
public final class PaperCodeEnrichment {
  public static final String FRAMEWORK_CODE = Paper.FRAMEWORK_CODE;
  public static final String BASIS = "framework_code_basis";
  public static final String REPO = "code_repo";

  private final RepoCodeJudge judge;
  private final boolean enabled;
  private final Map<String, CodeVerdict> thisCrawl = new LinkedHashMap<>();
  private int deferred;

  public PaperCodeEnrichment(CrawlRun run, HttpFetcher fetcher, PaperCodeOptions options) {
    this(new RepoCodeJudge(run, fetcher, options), options.enabled());
  }

  public PaperCodeEnrichment(RepoCodeJudge judge, boolean enabled) {
    this.judge = judge;
    this.enabled = enabled;
  }

  public boolean enabled() {
    return enabled;
  }

  /** Repositories not judged this crawl; a paper published meanwhile is retried by the next one. */
  public int deferred() {
    return deferred;
  }

  public RepoCodeJudge judge() {
    return judge;
  }

  /** The paper with its code's verdict, when judging is on and its code link is a GitHub repository; else as it was. */
  public Paper withCodeFramework(Paper p) {
    if (!enabled) {
      return p;
    }
    Optional<CodeRepo> repo = CodeRepo.fromUrl(p.links().get("code"));
    if (repo.isEmpty()) {
      return p;
    }
    String key = repo.get().fullName().toLowerCase(java.util.Locale.ROOT);
    CodeVerdict verdict = thisCrawl.get(key);
    if (verdict == null) {
      RepoCodeJudge.Outcome outcome = judge.judge(repo.get());
      if (!(outcome instanceof RepoCodeJudge.Outcome.Judged judged)) {
        deferred++;
        return p;
      }
      verdict = judged.verdict();
      thisCrawl.put(key, verdict);
    }
    return with(p, verdict);
  }

  /** The paper with {@code verdict} in its {@code extra}. */
  public static Paper with(Paper p, CodeVerdict verdict) {
    Map<String, JsonNode> extra = new LinkedHashMap<>(p.extra());
    ArrayNode frameworks = JsonNodeFactory.instance.arrayNode();
    verdict.frameworks().forEach(frameworks::add);
    extra.put(FRAMEWORK_CODE, frameworks);
    extra.put(BASIS, TextNode.valueOf(verdict.basis()));
    extra.put(REPO, TextNode.valueOf(verdict.repo()));
    return new Paper(p.id(), p.source(), p.fetchedAt(), p.title(), p.venue(), p.year(), p.authors(), p.affiliations(),
        p.emails(), p.abstractText(), p.text(), p.links(), extra);
  }
}
