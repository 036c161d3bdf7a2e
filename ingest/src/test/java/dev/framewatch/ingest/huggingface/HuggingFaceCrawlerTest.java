package dev.framewatch.ingest.huggingface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.PageReport;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HuggingFaceCrawlerTest {
  private static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");
  private static final String LISTING = "/api/models?limit=3&full=true&sort=createdAt&direction=-1";

  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(NOW);
  private final ScriptedServer server = harness.server;
  private final CollectingSink sink = harness.sink;
  private final List<PageReport> pages = new ArrayList<>();

  private CrawlSummary crawl(List<String> libraries, int maxModels, int maxRetries) {
    HuggingFaceOptions options = new HuggingFaceOptions(server.baseUrl() + "/", libraries, 3, maxModels);
    return new HuggingFaceCrawler(harness.context(maxRetries), options).crawl(pages::add);
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = HuggingFaceCrawlerTest.class.getResourceAsStream("/huggingface/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String nextLink(String query) {
    return "<" + server.url(query) + ">; rel=\"next\"";
  }

  @Test
  void followsTheNextLinkAcrossTwoPages() throws IOException {
    String cursor = LISTING + "&library=transformers&cursor=eyIkdmFsdWUiOnsiJGRhdGUiOjE2NDYyNjM3NDQwMDB9fQ%3D%3D";
    server.enqueue(Response.json(200, fixture("page1_transformers.json")).withHeader("Link", nextLink(cursor)));
    server.enqueue(Response.json(200, fixture("page2_transformers.json")));

    CrawlSummary summary = crawl(List.of("transformers"), 0, 3);

    assertEquals(new CrawlSummary("huggingface", 2, 5, 0, 0), summary);
    assertEquals(List.of("hf:acme-ai/orca-mini-3b-instruct", "hf:nlp-lab/roberta-base-imdb", "hf:bert-base-german-cased",
        "hf:sshleifer/tiny-gpt2", "hf:kerasbook/mnist-convnet"), sink.ids());
    assertEquals(List.of(), sink.deadLetters());
    assertEquals(3, sink.flushes()); // after page 1 (its cursor), at the listing's end, at the crawl's end

    List<ScriptedServer.Request> requests = server.requests();
    assertEquals(2, requests.size());
    assertEquals(LISTING + "&library=transformers", requests.get(0).uri().toString());
    assertEquals(cursor, requests.get(1).uri().toString());

    Model orca = (Model) sink.records().get(0);
    assertEquals("huggingface", orca.source());
    assertEquals(NOW, orca.fetchedAt());
    assertEquals("acme-ai/orca-mini-3b-instruct", orca.modelId());
    assertEquals("transformers", orca.libraryName());
    assertEquals("text-generation", orca.pipelineTag());
    assertEquals(LocalDate.of(2024, 11, 13), orca.created());
    assertEquals(12873, orca.downloads());
    assertEquals(41, orca.likes());
    assertEquals(List.of("transformers", "safetensors", "llama", "text-generation", "conversational", "en",
        "license:apache-2.0", "autotrain_compatible", "text-generation-inference", "endpoints_compatible", "region:us"),
        orca.tags());
    assertEquals(List.of("author", "last_modified", "sha", "gated"), List.copyOf(orca.extra().keySet()));
    assertEquals("acme-ai", orca.extra().get("author").textValue());
    assertEquals("2024-11-14T09:12:44.000Z", orca.extra().get("last_modified").textValue());

    // An item without "modelId" (only "id") and with the Hub's migration date.
    Model bert = (Model) sink.records().get(2);
    assertEquals("bert-base-german-cased", bert.modelId());
    assertEquals(LocalDate.of(2022, 3, 2), bert.created());
    assertEquals(List.of("transformers", "pytorch", "tf", "jax", "safetensors", "bert", "fill-mask", "de", "license:mit",
        "autotrain_compatible", "endpoints_compatible", "region:us"), bert.tags());

    Model keras = (Model) sink.records().get(4);
    assertEquals("tf-keras", keras.libraryName());
    assertEquals(0, keras.likes());

    // What is published survives the record contract's JSON unchanged.
    for (EvidenceRecord r : sink.records()) {
      assertEquals(r, RecordCodec.decode(RecordCodec.encode(r)));
    }

    assertEquals(2, pages.size());
    assertEquals(new PageReport("huggingface", "transformers", server.url(LISTING + "&library=transformers"), 200, 1, 3, 0, 3),
        pages.get(0));
    assertEquals(5, pages.get(1).totalRecords());
  }

  @Test
  void deadLettersATruncatedPageAndGoesOnWithTheNextLibrary() throws IOException {
    String truncated = fixture("page_truncated.json");
    server.enqueue(Response.json(200, truncated));
    server.enqueue(Response.json(200, fixture("page_timm.json")));

    CrawlSummary summary = crawl(List.of("transformers", "timm"), 0, 3);

    assertEquals(new CrawlSummary("huggingface", 2, 2, 1, 1), summary);
    assertEquals(List.of("hf:timm/convnext_tiny.fb_in22k", "hf:timm/resnet50.a1_in1k"), sink.ids());
    assertEquals(LISTING + "&library=timm", server.requests().get(1).uri().toString());

    assertEquals(1, sink.deadLetters().size());
    DeadLetter letter = sink.deadLetters().get(0);
    assertEquals(server.url(LISTING + "&library=transformers").toString(), letter.origin());
    assertTrue(letter.reason().startsWith("page is not valid JSON: "), letter.reason());
    assertEquals(truncated.substring(0, 2000), letter.input());
    assertEquals(Map.of("source", "huggingface", "kind", "model", "status", "200", "library", "transformers"),
        letter.context());
    assertEquals(NOW, letter.at());
  }

  @Test
  void deadLettersAnInvalidItemAndKeepsTheRest() throws IOException {
    server.enqueue(Response.json(200, fixture("page_with_invalid_item.json")));

    CrawlSummary summary = crawl(List.of(), 0, 3);

    assertEquals(new CrawlSummary("huggingface", 1, 2, 0, 1), summary);
    assertEquals(List.of("hf:lab42/whisper-small-nl", "hf:lab42/wav2vec2-base-nl"), sink.ids());
    assertEquals(LISTING, server.requests().get(0).uri().toString()); // no library filter

    DeadLetter letter = sink.deadLetters().get(0);
    assertEquals(server.url(LISTING).toString(), letter.origin());
    assertEquals("field 'id': is required", letter.reason());
    assertTrue(letter.input().startsWith("{\"_id\":\"6734f1c2a9e8b0d1e2f30009\""), letter.input());
    assertTrue(letter.input().contains("\"author\":\"ghost\""), letter.input());
    assertEquals(new PageReport("huggingface", "", server.url(LISTING), 200, 1, 2, 1, 2), pages.get(0));
  }

  @Test
  void stopsAListingAtMaxModels() throws IOException {
    String cursor = LISTING + "&library=transformers&cursor=abc";
    server.enqueue(Response.json(200, fixture("page1_transformers.json")).withHeader("Link", nextLink(cursor)));
    server.enqueue(Response.json(200, fixture("page2_transformers.json")).withHeader("Link", nextLink(cursor + "d")));

    CrawlSummary summary = crawl(List.of("transformers"), 4, 3);

    assertEquals(new CrawlSummary("huggingface", 2, 4, 0, 0), summary);
    assertEquals("hf:sshleifer/tiny-gpt2", sink.ids().get(3));
    assertEquals(2, server.requests().size());
  }

  @Test
  void deadLettersAPageThatKeepsFailingAndGoesOn() throws IOException {
    server.enqueue(Response.json(503, "upstream down")).enqueue(Response.json(503, "upstream down"));
    server.enqueue(Response.json(200, fixture("page_timm.json")));

    CrawlSummary summary = crawl(List.of("transformers", "timm"), 0, 1);

    assertEquals(new CrawlSummary("huggingface", 2, 2, 1, 1), summary);
    DeadLetter letter = sink.deadLetters().get(0);
    assertEquals(server.url(LISTING + "&library=transformers").toString(), letter.origin());
    assertEquals("HTTP 503", letter.reason());
    assertEquals("503", letter.context().get("status"));
    assertEquals(3, server.requests().size());
  }

  @Test
  void deadLettersAnErrorStatusWithItsBody() throws IOException {
    server.enqueue(Response.json(400, "{\"error\":\"Invalid library\"}"));

    CrawlSummary summary = crawl(List.of("no such lib"), 0, 3);

    assertEquals(new CrawlSummary("huggingface", 1, 0, 1, 1), summary);
    assertEquals(LISTING + "&library=no+such+lib", server.requests().get(0).uri().toString());
    DeadLetter letter = sink.deadLetters().get(0);
    assertEquals("HTTP 400", letter.reason());
    assertEquals("{\"error\":\"Invalid library\"}", letter.input());
  }

  @Test
  void mapsAMinimalItem() {
    Model m = HubModelMapper.toModel(
        dev.framewatch.core.json.Json.mapper().createObjectNode().put("modelId", "gpt2"), NOW);
    assertEquals("hf:gpt2", m.id());
    assertEquals(List.of(), m.tags());
    assertNull(m.created());
    assertNull(m.libraryName());
    assertEquals(0, m.downloads());
  }
}
