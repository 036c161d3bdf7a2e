package dev.framewatch.ingest.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.http.FetchOptions;
import dev.framewatch.ingest.testing.CrawlerHarness;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** arXiv's stated rate is an option of the papers source, given to the fetcher for arXiv's host only. */
class PapersOptionsTest {
  private static final FetchOptions SHARED = CrawlerHarness.fetchOptions(0);

  @Test
  void arxivsRateIsAMinimumIntervalForItsHost() {
    PapersOptions options = PapersOptions.from(Settings.defaults().source("papers"));

    assertEquals(Duration.ofSeconds(3), options.arxivMinInterval());
    assertEquals(Map.of("export.arxiv.org:-1", Duration.ofSeconds(3)), options.fetchOptions(SHARED).hostIntervals());
  }

  @Test
  void withoutArxivTheFetchOptionsAreTheSharedOnes() {
    PapersOptions options = new PapersOptions(List.of(), Map.of(), List.of(), 100, 0, 1000, true, 0, Duration.ofSeconds(3));

    assertSame(SHARED, options.fetchOptions(SHARED));
  }

  @Test
  void aNegativeIntervalIsRefusedNamingItsKey() {
    Settings settings = Settings.defaults().with("sources.papers.arxiv.min-interval-ms", -1);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PapersOptions.from(settings.source("papers")));
    assertEquals("sources.papers.arxiv.min-interval-ms: must not be negative, got -1", e.getMessage());
  }

  @Test
  void arxivReadsTheNewest2000OfACategoryUnlessToldOtherwise() {
    assertEquals(2_000, PapersOptions.from(Settings.defaults().source("papers")).arxivMaxResults());
    assertEquals(0, PapersOptions.from(Settings.defaults().with("sources.papers.arxiv.max-results", 0).source("papers"))
        .arxivMaxResults());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PapersOptions.from(
        Settings.defaults().with("sources.papers.arxiv.max-results", -5).source("papers")));
    assertEquals("sources.papers.arxiv.max-results: must not be negative, got -5", e.getMessage());
  }
}
