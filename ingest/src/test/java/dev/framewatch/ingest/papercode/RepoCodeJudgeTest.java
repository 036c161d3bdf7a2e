package dev.framewatch.ingest.papercode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The code judge against a local server that answers as GitHub's contents API does. */
class RepoCodeJudgeTest {
  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final String TOKEN = "ghp_TESTtoken0123456789abcdefSECRET";
  private static final String ETAG = "W/\"6b1c3e0f5a7d9e2b4c8a1f3e5d7c9b0a2e4f6a8c\"";

  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(NOW);
  private final ScriptedServer server = harness.server;
  @TempDir Path stateDir;

  private PaperCodeOptions options(int reserve) {
    return new PaperCodeOptions(true, server.baseUrl(), TOKEN, reserve, 10);
  }

  /** One crawl's judging with the papers source's state opened and committed as a crawl does. */
  private <T> T withRun(int reserve, Function<RepoCodeJudge, T> body) {
    try (CrawlState state = CrawlState.open(stateDir, "papers")) {
      var context = harness.context(CrawlerHarness.fetchOptions(0), harness.sink, state);
      CrawlRun run = new CrawlRun(context, null);
      T out = body.apply(new RepoCodeJudge(run, context.fetcher(), options(reserve)));
      run.checkpoint().commit();
      return out;
    }
  }

  /** GitHub's core rate-limit headers. */
  private static Response limited(Response r, int remaining) {
    return r.withHeader("X-RateLimit-Limit", "5000").withHeader("X-RateLimit-Remaining", String.valueOf(remaining))
        .withHeader("X-RateLimit-Reset", "1796378400").withHeader("X-RateLimit-Used", String.valueOf(5000 - remaining))
        .withHeader("X-RateLimit-Resource", "core");
  }

  /** One item of a contents listing, every field GitHub sends. */
  private String item(String repo, String name, String type, long size) {
    String api = server.baseUrl() + "/repos/" + repo + "/contents/" + name;
    String html = "https://github.com/" + repo + "/" + ("dir".equals(type) ? "tree" : "blob") + "/master/" + name;
    String download = "file".equals(type) ? "\"https://raw.githubusercontent.com/" + repo + "/master/" + name + "\"" : "null";
    return """
        {"name": "%s", "path": "%s", "sha": "3f786850e387550fdab836ed7e6dc881de23001b", "size": %d,
         "url": "%s?ref=master", "html_url": "%s", "git_url": "%s/git/blobs/3f78685",
         "download_url": %s, "type": "%s",
         "_links": {"self": "%s?ref=master", "git": "%s/git/blobs/3f78685", "html": "%s"}}"""
        .formatted(name, name, size, api, html, server.baseUrl() + "/repos/" + repo, download, type, api,
            server.baseUrl() + "/repos/" + repo, html);
  }

  private Response listing(String repo, String... items) {
    return limited(Response.json(200, "[" + String.join(",\n", items) + "]"), 4990).withHeader("ETag", ETAG)
        .withHeader("Last-Modified", "Thu, 03 Dec 2026 17:02:11 GMT");
  }

  /** A file as {@code GET /repos/{o}/{r}/contents/{path}} returns it: base64, wrapped at 60 characters as GitHub does. */
  private Response file(String repo, String path, String text) {
    String b64 = Base64.getMimeEncoder(60, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    String json = """
        {"name": "%s", "path": "%s", "sha": "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391", "size": %d,
         "url": "%s/repos/%s/contents/%s?ref=master", "type": "file", "encoding": "base64",
         "content": "%s"}""".formatted(path, path, text.length(), server.baseUrl(), repo, path, b64.replace("\n", "\\n"));
    return limited(Response.json(200, json), 4980);
  }

  private static Response notFound() {
    return limited(Response.json(404, """
        {"message": "Not Found", "documentation_url": "https://docs.github.com/rest/repos/contents#get-repository-content", \
        "status": "404"}"""), 4970);
  }

  @Test
  void dependencyFilesDecideAndAMissingIncludeIsNoFailure() {
    String repo = "gabb7/AReS-MaRS";
    server.enqueue(listing(repo, item(repo, "README.md", "file", 1200), item(repo, "requirements.txt", "file", 60),
        item(repo, "setup.py", "file", 300), item(repo, "ares.py", "file", 9000), item(repo, "data", "dir", 0)));
    server.enqueue(file(repo, "requirements.txt", "numpy==1.16.2\ntensorflow-gpu==1.13.1  # pinned\n-r requirements-extra.txt\n"));
    server.enqueue(file(repo, "setup.py", "from setuptools import setup\nsetup(name='ares', install_requires=['scipy'])\n"));
    server.enqueue(notFound());

    RepoCodeJudge.Outcome outcome = withRun(100, j -> j.judge(new CodeRepo("gabb7", "AReS-MaRS")));

    assertEquals(new RepoCodeJudge.Outcome.Judged(new CodeVerdict(repo, List.of("tensorflow"), "dependencies"), false),
        outcome);
    assertEquals(List.of("/repos/gabb7/AReS-MaRS/contents/", "/repos/gabb7/AReS-MaRS/contents/requirements.txt",
        "/repos/gabb7/AReS-MaRS/contents/setup.py", "/repos/gabb7/AReS-MaRS/contents/requirements-extra.txt"),
        harness.requested());
    ScriptedServer.Request first = server.requests().get(0);
    assertEquals("application/vnd.github+json", first.header("Accept"));
    assertEquals("Bearer " + TOKEN, first.header("Authorization"));
    assertNull(first.header("If-None-Match"));
    assertEquals(List.of(), harness.sink.deadLetters());

    // The next crawl asks the listing with its ETag; a 304 keeps the verdict without reading a file.
    server.enqueue(limited(Response.status(304), 4969).withHeader("ETag", ETAG));
    RepoCodeJudge.Outcome again = withRun(100, j -> j.judge(new CodeRepo("gabb7", "AReS-MaRS")));
    assertEquals(new RepoCodeJudge.Outcome.Judged(new CodeVerdict(repo, List.of("tensorflow"), "dependencies"), true),
        again);
    assertEquals(5, server.requests().size());
    assertEquals(ETAG, server.requests().get(4).header("If-None-Match"));
  }

  @Test
  void aNotebookOnlyRepositoryIsJudgedByItsCodeCells() {
    String repo = "nbip/ppca_ICML2019";
    String notebook = """
        {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
          "source": ["import numpy as np\\n", "import tensorflow as tf\\n", "import tensorflow_probability as tfp"]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 2}""";
    server.enqueue(listing(repo, item(repo, "README.md", "file", 100), item(repo, "PPCA.ipynb", "file", notebook.length())));
    server.enqueue(file(repo, "PPCA.ipynb", notebook));

    RepoCodeJudge.Outcome outcome = withRun(100, j -> j.judge(new CodeRepo("nbip", "ppca_ICML2019")));

    assertEquals(new RepoCodeJudge.Outcome.Judged(new CodeVerdict(repo, List.of("tensorflow"), "imports"), false), outcome);
    assertEquals(List.of("/repos/nbip/ppca_ICML2019/contents/", "/repos/nbip/ppca_ICML2019/contents/PPCA.ipynb"),
        harness.requested());
  }

  @Test
  void importsOfTopLevelPythonFilesWhenNothingDeclaresAFramework() {
    String repo = "psg-mit/Ithemal";
    server.enqueue(listing(repo, item(repo, "requirements.txt", "file", 20), item(repo, "train.py", "file", 50),
        item(repo, "demo.ipynb", "file", 50)));
    server.enqueue(file(repo, "requirements.txt", "numpy\nmatplotlib\n"));
    server.enqueue(file(repo, "train.py", "import torch.nn as nn\nfrom utils import x\n"));

    RepoCodeJudge.Outcome outcome = withRun(100, j -> j.judge(new CodeRepo("psg-mit", "Ithemal")));

    assertEquals(new RepoCodeJudge.Outcome.Judged(new CodeVerdict(repo, List.of("pytorch"), "imports"), false), outcome);
    assertEquals(3, server.requests().size()); // the notebook is not read: the .py files already named a framework
  }

  @Test
  void aGoneRepositoryIsMissingAndALowBudgetDefersTheRest() {
    server.enqueue(notFound());
    String repo = "chen0706/EWM";
    server.enqueue(limited(Response.json(200, "[" + item(repo, "README.md", "file", 10) + "]"), 100).withHeader("ETag", ETAG));

    List<RepoCodeJudge.Outcome> outcomes = withRun(100, j -> List.of(j.judge(new CodeRepo("icml2019", "equalization")),
        j.judge(new CodeRepo("chen0706", "EWM")), j.judge(new CodeRepo("ShashaJ", "CNxD"))));

    assertEquals(List.of(
        new RepoCodeJudge.Outcome.Judged(new CodeVerdict("icml2019/equalization", List.of(), "missing"), false),
        new RepoCodeJudge.Outcome.Judged(new CodeVerdict(repo, List.of(), "none"), false),
        new RepoCodeJudge.Outcome.Deferred("core API budget kept for other crawls")), outcomes);
    assertEquals(2, server.requests().size()); // nothing asked once X-RateLimit-Remaining reached the reserve
  }

  @Test
  void aPaperGetsItsRepositorysVerdictInExtra() {
    String repo = "samihaija/mixhop";
    server.enqueue(listing(repo, item(repo, "pyproject.toml", "file", 80)));
    server.enqueue(file(repo, "pyproject.toml", "[project]\nname='mixhop'\ndependencies = [\"tensorflow>=1.12\"]\n"));
    Paper p = new Paper("paper:pmlr:v97:abu-el-haija19a", "papers", NOW, "MixHop", "ICML", 2019, null, null, null, "abs", null,
        Map.of("code", "https://github.com/samihaija/mixhop/tree/master/"), null);
    Paper other = new Paper("paper:arxiv:1905.00067", "papers", NOW, "MixHop", "arXiv", 2019, null, null, null, "abs", null,
        Map.of("code", "http://www.github.com/samihaija/mixhop.git"), null);
    Paper none = new Paper("paper:x", "papers", NOW, "T", "ICML", 2019, null, null, null, "abs", null,
        Map.of("code", "https://gitlab.com/a/b"), null);

    List<Paper> out = withRun(100, j -> {
      PaperCodeEnrichment e = new PaperCodeEnrichment(j, true);
      return List.of(e.withCodeFramework(p), e.withCodeFramework(other), e.withCodeFramework(none));
    });

    assertEquals(Optional.of(List.of("tensorflow")), out.get(0).frameworkCode());
    assertEquals("dependencies", out.get(0).extra().get("framework_code_basis").textValue());
    assertEquals("samihaija/mixhop", out.get(1).extra().get("code_repo").textValue());
    assertEquals(Optional.of(List.of("tensorflow")), out.get(1).frameworkCode());
    assertEquals(none, out.get(2));
    assertEquals(2, server.requests().size()); // one repository, judged once for both papers
    assertTrue(harness.sink.deadLetters().isEmpty());
  }
}
