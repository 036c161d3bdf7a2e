package dev.framewatch.ingest.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobParsersTest {
  static final Instant NOW = Instant.parse("2025-03-10T04:00:00Z");

  static String fixture(String name) throws IOException {
    try (InputStream in = JobParsersTest.class.getResourceAsStream("/jobs/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void jsonLdSingleObject() throws IOException {
    URI page = URI.create("https://careers.acme-robotics.example/jobs/ml-engineer");
    JobParse parse = JsonLdJobParser.parse(fixture("page_object.html"), page, NOW);

    assertEquals(List.of(), parse.rejected());
    assertEquals(1, parse.jobs().size());
    Job job = parse.jobs().get(0);
    assertEquals("job:careers.acme-robotics.example:AR-1042", job.id());
    assertEquals("jsonld", job.source());
    assertEquals(NOW, job.fetchedAt());
    assertEquals("Senior Machine Learning Engineer", job.title());
    assertEquals("Acme Robotics", job.company());
    assertEquals("Zurich, ZH, CH", job.location());
    assertEquals(LocalDate.of(2025, 2, 3), job.posted());
    assertEquals("We build perception models for warehouse robots.\nTrain models in PyTorch & JAX\nShip them to the edge",
        job.text());
    assertEquals(page.toString(), job.extra().get("url").textValue());
    assertEquals("FULL_TIME, CONTRACTOR", job.extra().get("employment_type").textValue());
    assertEquals("2025-04-30T00:00", job.extra().get("valid_through").textValue());
    assertEquals(job, RecordCodec.decode(RecordCodec.encode(job)));
  }

  @Test
  void jsonLdArrayWithOtherTypesAndPostingsWithoutIdentifier() throws IOException {
    URI page = URI.create("https://nimbus.example/careers?team=data");
    JobParse parse = JsonLdJobParser.parse(fixture("page_array.html"), page, NOW);

    assertEquals(1, parse.skipped()); // the Organization
    assertEquals(List.of("job:nimbus.example:77", "job:nimbus.example:careers?team=data"),
        parse.jobs().stream().map(Job::id).toList());
    Job scientist = parse.jobs().get(0);
    assertEquals("Nimbus Data", scientist.company()); // hiringOrganization as a plain string
    assertEquals("Berlin, DE; Remote (EU)", scientist.location());
    assertEquals(LocalDate.of(2025, 1, 20), scientist.posted());
    assertEquals("Forecast demand with TensorFlow.\nWork with product teams.", scientist.text());
    Job intern = parse.jobs().get(1);
    assertEquals("Remote", intern.location()); // jobLocationType TELECOMMUTE
    assertNull(intern.posted());
    assertEquals("Summer internship.", intern.text());
  }

  @Test
  void jsonLdGraphEscapedDescriptionAndBadScripts() throws IOException {
    URI page = URI.create("https://jobs.orbit.example/careers/cv-lead");
    JobParse parse = JsonLdJobParser.parse(fixture("page_graph.html"), page, NOW);

    assertEquals(1, parse.jobs().size());
    Job lead = parse.jobs().get(0);
    assertEquals("job:jobs.orbit.example:cv-lead-7", lead.id());
    assertEquals("Computer Vision Lead", lead.title());
    assertEquals("Orbit Labs", lead.company());
    assertEquals("Austin, TX, US", lead.location());
    assertEquals("Lead our vision team.\nKeras experience a plus.", lead.text());
    assertEquals("https://jobs.orbit.example/careers/cv-lead?src=ld", lead.extra().get("url").textValue());
    assertEquals(1, parse.skipped()); // the WebPage; the text/javascript script is not read at all

    assertEquals(2, parse.rejected().size());
    assertTrue(parse.rejected().get(0).reason().startsWith("JSON-LD script 1 is not valid JSON: "),
        parse.rejected().get(0).reason());
    assertEquals("{ \"this is\": \"not json\"", parse.rejected().get(0).input());
    assertEquals("field 'title': is required", parse.rejected().get(1).reason());
    assertTrue(parse.rejected().get(1).input().contains("no-title-9"));
  }

  @Test
  void greenhouseContentIsUnescapedToText() throws Exception {
    JobParse parse = GreenhouseParser.parse(fixture("greenhouse_board.json"), "acmerobotics", NOW);

    assertEquals(List.of("job:greenhouse:4012345", "job:greenhouse:4012399"), parse.jobs().stream().map(Job::id).toList());
    Job first = parse.jobs().get(0);
    assertEquals("greenhouse", first.source());
    assertEquals("Senior Machine Learning Engineer", first.title());
    assertEquals("Acme Robotics, Inc.", first.company());
    assertEquals("Zurich, Switzerland", first.location());
    assertEquals(LocalDate.of(2025, 2, 3), first.posted()); // first_published, not updated_at
    assertEquals("We build perception models for warehouse robots.\nTrain models in PyTorch & JAX\nShip them to the edge.",
        first.text());
    assertEquals("https://boards.greenhouse.io/acmerobotics/jobs/4012345", first.extra().get("url").textValue());
    assertEquals("acmerobotics", first.extra().get("board").textValue());

    Job second = parse.jobs().get(1);
    assertEquals("acmerobotics", second.company()); // no company_name: the board token
    assertEquals(LocalDate.of(2025, 1, 28), second.posted());
    assertEquals("About the role\nRun our training cluster \u2014 Kubernetes, Ray, PyTorch.", second.text());

    assertEquals(1, parse.rejected().size());
    assertEquals("field 'title': is required", parse.rejected().get(0).reason());
    assertEquals(3, GreenhouseParser.total(fixture("greenhouse_board.json")));
  }

  @Test
  void greenhouseRejectsAnotherShape() {
    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> GreenhouseParser.parse("{\"error\":\"board not found\"}", "x", NOW));
    assertEquals("Greenhouse board is not {\"jobs\":[...]} but an object with fields [error]", e.getMessage());
  }

  @Test
  void leverPostingText() throws Exception {
    JobParse parse = LeverParser.parse(fixture("lever_page1.json"), "helix", NOW);

    assertEquals(2, parse.jobs().size());
    Job job = parse.jobs().get(0);
    assertEquals("job:lever:5f1c2a9e-0001-4b7a-9d3e-aaaaaaaaaaaa", job.id());
    assertEquals("lever", job.source());
    assertEquals("Research Engineer, LLM Evaluation", job.title());
    assertEquals("helix", job.company());
    assertEquals("London", job.location());
    assertEquals(LocalDate.of(2025, 1, 2), job.posted());
    assertEquals("Helix trains language models for biology.\nYou will own our evaluation stack.\nWhat you will do\n"
        + "Write training loops in JAX\nReview papers\nWe offer a yearly learning budget.", job.text());
    assertEquals("Applied ML", job.extra().get("team").textValue());
    assertEquals("Full-time", job.extra().get("commitment").textValue());
    assertEquals("hybrid", job.extra().get("workplace_type").textValue());
    assertEquals("https://jobs.lever.co/helix/5f1c2a9e-0001-4b7a-9d3e-aaaaaaaaaaaa", job.extra().get("url").textValue());
    assertEquals(LocalDate.of(2025, 1, 6), parse.jobs().get(1).posted());
  }

  @Test
  void hnOneJobPerTopLevelComment() throws Exception {
    JobParse parse = HackerNewsParser.parseStory(fixture("hn_story.json"), NOW);

    // 90000150 is a reply, 90000102 deleted.
    assertEquals(List.of("job:hn:90000101", "job:hn:90000103", "job:hn:90000104"),
        parse.jobs().stream().map(Job::id).toList());
    assertEquals(1, parse.skipped());
    assertEquals(List.of(), parse.rejected());

    Job quanta = parse.jobs().get(0);
    assertEquals("hn", quanta.source());
    assertEquals("Quanta Vision | Senior ML Engineer | Lisbon, Portugal | ONSITE", quanta.title());
    assertEquals("Quanta Vision", quanta.company());
    assertEquals("Lisbon, Portugal; ONSITE", quanta.location());
    assertEquals(LocalDate.of(2025, 3, 3), quanta.posted());
    assertEquals("Quanta Vision | Senior ML Engineer | Lisbon, Portugal | ONSITE\n"
        + "We train detection models in PyTorch and deploy with ONNX.\nApply: https://quanta.example/jobs", quanta.text());
    assertEquals("https://news.ycombinator.com/item?id=90000101", quanta.extra().get("url").textValue());
    assertEquals("lena_k", quanta.extra().get("hn_author").textValue());
    assertEquals(90000001L, quanta.extra().get("story_id").longValue());

    Job tensorloop = parse.jobs().get(1);
    assertEquals("Tensorloop (YC S23)", tensorloop.company());
    assertEquals("REMOTE (US time zones)", tensorloop.location());
    assertEquals("Tensorloop (YC S23) | Founding engineer | REMOTE (US time zones) | $180k-$220k\n"
        + "Compilers for JAX & TensorFlow models.", tensorloop.text());

    Job noPipe = parse.jobs().get(2);
    assertNull(noPipe.company());
    assertNull(noPipe.location());
    assertEquals("Hiring data engineers in Toronto, email me.", noPipe.title());
    for (EvidenceRecord r : parse.jobs()) {
      assertEquals(r, RecordCodec.decode(RecordCodec.encode(r)));
    }
  }

  @Test
  void hnSearchKeepsOnlyWhoIsHiringStories() throws Exception {
    assertEquals(List.of(90000001L, 89000001L), HackerNewsParser.parseSearch(fixture("hn_search.json")));
    assertThrows(MalformedResponseException.class, () -> HackerNewsParser.parseSearch("[]"));
  }

  @Test
  void sitemapPagesAndNestedSitemaps() throws Exception {
    SitemapParser.Sitemap urlset = SitemapParser.parse(fixture("sitemap.xml").replace("BASE", "https://x.example"),
        URI.create("https://x.example/sitemap.xml"));
    assertEquals(List.of(URI.create("https://x.example/careers/ml-engineer"), URI.create("https://x.example/careers/nimbus")),
        urlset.pages());
    SitemapParser.Sitemap index = SitemapParser.parse("<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/"
        + "schemas/sitemap/0.9\"><sitemap><loc>https://x.example/jobs-1.xml</loc></sitemap></sitemapindex>",
        URI.create("https://x.example/sitemap.xml"));
    assertEquals(List.of(URI.create("https://x.example/jobs-1.xml")), index.sitemaps());
    assertEquals(List.of(), index.pages());
    assertFalse(SitemapParser.isSitemap("<html><body>jobs</body></html>"));
  }

  @Test
  void htmlTextKeepsBlocksAsLines() {
    assertEquals("A\nB C\nD", HtmlText.toText("<div>A</div><p>B\n   C<br>D</p>"));
    assertEquals("x < y & z", HtmlText.toText("x &lt; y &amp; z"));
    assertNull(HtmlText.toText(null));
  }

  @Test
  void fingerprintIgnoresMarkupPunctuationCaseAndLegalSuffix() {
    Job a = new Job("job:a:1", "jsonld", NOW, "T", "Acme Robotics", null, null, "Train models in PyTorch & JAX.", null);
    Job b = new Job("job:b:2", "greenhouse", NOW, "Other title", "ACME Robotics, Inc.", null, null,
        "train models in PyTorch, JAX", null);
    Job otherCompany = new Job("job:c:3", "lever", NOW, "T", "Nimbus", null, null, "Train models in PyTorch & JAX.", null);
    assertEquals(JobDeduplicator.fingerprint(a), JobDeduplicator.fingerprint(b));
    assertNotEquals(JobDeduplicator.fingerprint(a), JobDeduplicator.fingerprint(otherCompany));
    JobDeduplicator dedup = new JobDeduplicator();
    assertTrue(dedup.firstSeen(a));
    assertFalse(dedup.firstSeen(b));
    assertTrue(dedup.firstSeen(otherCompany));
  }
}
