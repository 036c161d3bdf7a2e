package dev.framewatch.ingest.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class VenueTableTest {
  @Test
  void resolvesEachKindOfVenue() {
    assertEquals(new VenueTable.Venue("cvpr-2024", "cvpr", 2024, Upstream.CVF, "CVPR2024"), VenueTable.resolve("cvpr-2024"));
    assertEquals(new VenueTable.Venue("iccv-2023", "iccv", 2023, Upstream.CVF, "ICCV2023"), VenueTable.resolve("ICCV-2023"));
    assertEquals(new VenueTable.Venue("neurips-2023", "neurips", 2023, Upstream.NEURIPS, "2023"), VenueTable.resolve("neurips-2023"));
    assertEquals(new VenueTable.Venue("icml-2023", "icml", 2023, Upstream.PMLR, "v202"), VenueTable.resolve("icml-2023"));
    assertEquals(new VenueTable.Venue("aistats-2024", "aistats", 2024, Upstream.PMLR, "v238"), VenueTable.resolve("aistats-2024"));
    assertEquals(new VenueTable.Venue("iclr-2024", "iclr", 2024, Upstream.OPENREVIEW, "ICLR.cc/2024/Conference"),
        VenueTable.resolve("iclr-2024"));
    assertEquals(new VenueTable.Venue("emnlp-2023", "emnlp", 2023, Upstream.ACL, "2023.emnlp"), VenueTable.resolve("emnlp-2023"));
  }

  @Test
  void corlIsInPmlrAndNeuripsAndIcmlCanBeReadFromOpenReview() {
    assertEquals(new VenueTable.Venue("corl-2024", "corl", 2024, Upstream.PMLR, "v270"), VenueTable.resolve("corl-2024"));
    assertEquals(new VenueTable.Venue("corl-2023", "corl", 2023, Upstream.PMLR, "v229"), VenueTable.resolve("corl-2023"));
    assertEquals(new VenueTable.Venue("neurips-2024@openreview", "neurips", 2024, Upstream.OPENREVIEW,
        "NeurIPS.cc/2024/Conference"), VenueTable.resolve("NeurIPS-2024@openreview"));
    assertEquals(new VenueTable.Venue("icml-2024@openreview", "icml", 2024, Upstream.OPENREVIEW, "ICML.cc/2024/Conference"),
        VenueTable.resolve("icml-2024@openreview"));
    assertEquals("venue \"cvpr-2024@openreview\": \"cvpr\" is not read from OpenReview; known there: [iclr, icml, neurips]",
        assertThrows(IllegalArgumentException.class, () -> VenueTable.resolve("cvpr-2024@openreview")).getMessage());
  }

  @Test
  void unknownVenuesAreConfigurationErrors() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> VenueTable.resolve("kdd-2023")).getMessage()
        .startsWith("venue \"kdd-2023\": unknown conference \"kdd\"; known: [acl, aistats, corl, cvpr,"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> VenueTable.resolve("icml-2031")).getMessage()
        .startsWith("venue \"icml-2031\": no PMLR volume known for it"));
    assertEquals("venue \"cvpr2024\" is not <conference>-<year>, e.g. cvpr-2024",
        assertThrows(IllegalArgumentException.class, () -> VenueTable.resolve("cvpr2024")).getMessage());
  }

  @Test
  void optionsFromTheDefaultSettings() {
    PapersOptions o = PapersOptions.from(Settings.defaults().source("papers"));
    assertEquals(List.of("cvpr-2024", "iccv-2023", "neurips-2024@openreview", "icml-2024", "iclr-2025", "acl-2024",
        "emnlp-2024", "corl-2024"),
        o.venues().stream().map(VenueTable.Venue::key).toList());
    assertEquals("https://openaccess.thecvf.com", o.baseUrl(Upstream.CVF));
    assertEquals("https://api2.openreview.net", o.baseUrl(Upstream.OPENREVIEW));
    assertEquals(List.of("cs.CV", "cs.CL", "cs.LG", "stat.ML", "cs.RO", "cs.SD", "eess.AS", "cs.MA"), o.arxivCategories());
    assertEquals(20_000_000L, o.pdfMaxBytes());

    PapersOptions shared =
        PapersOptions.from(Settings.defaults().with("sources.papers.base-url", "http://127.0.0.1:9/").source("papers"));
    assertEquals("http://127.0.0.1:9", shared.baseUrl(Upstream.CVF));
    assertEquals("http://127.0.0.1:9", shared.baseUrl(Upstream.PMLR));
    assertEquals("https://export.arxiv.org", shared.baseUrl(Upstream.ARXIV));
  }
}
