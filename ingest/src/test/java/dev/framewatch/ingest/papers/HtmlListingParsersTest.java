package dev.framewatch.ingest.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.papers.cvf.CvfParser;
import dev.framewatch.ingest.papers.neurips.NeuripsParser;
import dev.framewatch.ingest.papers.pmlr.PmlrParser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three HTML listings: CVF open access, NeurIPS proceedings, PMLR. */
class HtmlListingParsersTest {
  private static final URI CVF = URI.create("https://openaccess.thecvf.com/CVPR2023?day=all");
  private static final URI NEURIPS = URI.create("https://proceedings.neurips.cc/paper_files/paper/2023");
  private static final URI PMLR = URI.create("https://proceedings.mlr.press/v202/");

  @Test
  void cvfListing() throws Exception {
    PaperPage page = CvfParser.parseListing(Fixtures.read("cvf/CVPR2023_listing.html"), CVF, Fixtures.ctx("cvpr", 2023));

    assertEquals(List.of(), page.rejected());
    assertEquals(List.of("paper:cvpr:2023:Okafor_Sparse_Voxel_Diffusion_CVPR_2023", "paper:cvpr:2023:Chen_Depth_From_Defocus_CVPR_2023"),
        page.papers().stream().map(Paper::id).toList());
    Paper a = page.papers().get(0);
    assertEquals("cvf", a.source());
    assertEquals("cvpr", a.venue());
    assertEquals(2023, a.year());
    assertEquals("Sparse Voxel Diffusion", a.title());
    assertEquals(List.of("Mira Okafor", "Tobias Lindqvist"), a.authors());
    assertEquals(Map.of(
        "pdf", "https://openaccess.thecvf.com/content/CVPR2023/papers/Okafor_Sparse_Voxel_Diffusion_CVPR_2023_paper.pdf",
        "page", "https://openaccess.thecvf.com/content/CVPR2023/html/Okafor_Sparse_Voxel_Diffusion_CVPR_2023_paper.html",
        "supp", "https://openaccess.thecvf.com/content/CVPR2023/supplemental/Okafor_Sparse_Voxel_Diffusion_CVPR_2023_supplemental.pdf",
        "arxiv", "http://arxiv.org/abs/2303.01234"), a.links());
    assertEquals(null, a.abstractText());

    Paper b = page.papers().get(1);
    assertEquals("Depth From Defocus, Again", b.title());
    assertEquals(List.of("Wei Chen"), b.authors());
    assertEquals(Map.of(
        "pdf", "https://openaccess.thecvf.com/content/CVPR2023/papers/Chen_Depth_From_Defocus_CVPR_2023_paper.pdf",
        "page", "https://openaccess.thecvf.com/content/CVPR2023/html/Chen_Depth_From_Defocus_CVPR_2023_paper.html"), b.links());
  }

  @Test
  void cvfPaperPageAbstract() throws Exception {
    String text = CvfParser.parseAbstract(Fixtures.read("cvf/Okafor_paper.html"),
        URI.create("https://openaccess.thecvf.com/content/CVPR2023/html/Okafor_Sparse_Voxel_Diffusion_CVPR_2023_paper.html"));
    assertEquals("We train a sparse voxel diffusion model with PyTorch on large outdoor scans. Code is at "
        + "https://github.com/voxlab/svd.", text);
  }

  @Test
  void cvfPageWithoutListingOrTruncatedFails() {
    MalformedResponseException none = assertThrows(MalformedResponseException.class, () -> CvfParser.parseListing(
        "<html><head><title>Maintenance</title></head><body>Back soon</body></html>", CVF, Fixtures.ctx("cvpr", 2023)));
    assertEquals("no paper listing: the page has no <dt class=\"ptitle\"> (Maintenance)", none.getMessage());

    String full = Fixtures.read("cvf/CVPR2023_listing.html");
    MalformedResponseException cut = assertThrows(MalformedResponseException.class,
        () -> CvfParser.parseListing(full.substring(0, 1500), CVF, Fixtures.ctx("cvpr", 2023)));
    assertEquals("HTML page is truncated (no closing </html>) after 1500 characters", cut.getMessage());

    MalformedResponseException noAbstract = assertThrows(MalformedResponseException.class,
        () -> CvfParser.parseAbstract("<html><body><div id=\"papertitle\">x</div></body></html>", CVF));
    assertEquals("paper page has no <div id=\"abstract\">", noAbstract.getMessage());
  }

  @Test
  void neuripsListingInBothLayouts() throws Exception {
    PaperPage page = NeuripsParser.parseListing(Fixtures.read("neurips/2023_listing.html"), NEURIPS,
        Fixtures.ctx("neurips", 2023));

    assertEquals(List.of(), page.rejected());
    assertEquals(List.of("paper:neurips:2023:0a1b2c3d4e5f60718293a4b5c6d7e8f9", "paper:neurips:2023:ffeeddccbbaa99887766554433221100",
        "paper:neurips:2023:1234567890abcdef1234567890abcdef"), page.papers().stream().map(Paper::id).toList());
    assertEquals(List.of("Scaling Laws for Sparse Mixtures", "A Benchmark of Benchmarks", "JAX on Small Devices"),
        page.papers().stream().map(Paper::title).toList());
    assertEquals(List.of(List.of("Mira Okafor", "Ana Ruiz"), List.of("Wei Chen"), List.of("Priya Raman", "Yuki Tanaka", "Lena Hofmann")),
        page.papers().stream().map(Paper::authors).toList());
    Paper a = page.papers().get(0);
    assertEquals("neurips", a.source());
    assertEquals(2023, a.year());
    assertEquals(Map.of(
        "pdf", "https://proceedings.neurips.cc/paper_files/paper/2023/file/0a1b2c3d4e5f60718293a4b5c6d7e8f9-Paper-Conference.pdf",
        "page", "https://proceedings.neurips.cc/paper_files/paper/2023/hash/0a1b2c3d4e5f60718293a4b5c6d7e8f9-Abstract-Conference.html"),
        a.links());
    assertEquals("Conference", a.extra().get("track").textValue());
    Paper b = page.papers().get(1);
    assertEquals("https://proceedings.neurips.cc/paper_files/paper/2023/file/ffeeddccbbaa99887766554433221100-Paper-Datasets_and_Benchmarks.pdf",
        b.links().get("pdf"));
    assertEquals("Datasets_and_Benchmarks", b.extra().get("track").textValue());
  }

  @Test
  void neuripsPageWithoutListingFails() {
    MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> NeuripsParser.parseListing(
        "<html><head><title>404 Not Found</title></head><body><ul><li><a href=\"/\">Home</a></li></ul></body></html>",
        NEURIPS, Fixtures.ctx("neurips", 2023)));
    assertTrue(e.getMessage().startsWith("no paper listing: no <li> links"), e.getMessage());
  }

  @Test
  void pmlrVolume() throws Exception {
    PaperPage page = PmlrParser.parseVolume(Fixtures.read("pmlr/v202.html"), PMLR, Fixtures.ctx("icml", 2023));

    assertEquals(List.of(), page.rejected());
    assertEquals(List.of("paper:icml:2023:mensah23a", "paper:icml:2023:ruiz23b"), page.papers().stream().map(Paper::id).toList());
    Paper a = page.papers().get(0);
    assertEquals("pmlr", a.source());
    assertEquals("icml", a.venue());
    assertEquals(2023, a.year());
    assertEquals("Gradient Noise in Keras and PyTorch", a.title());
    assertEquals(List.of("Kwame Mensah", "Lena Hofmann"), a.authors());
    assertEquals(Map.of("pdf", "https://proceedings.mlr.press/v202/mensah23a/mensah23a.pdf",
        "page", "https://proceedings.mlr.press/v202/mensah23a.html", "code", "https://github.com/kmensah/gradnoise",
        "supp", "https://proceedings.mlr.press/v202/mensah23a/mensah23a-supp.pdf"), a.links());
    assertEquals("Proceedings of the 40th International Conference on Machine Learning, PMLR 202:1-18",
        a.extra().get("info").textValue());
    Paper b = page.papers().get(1);
    assertEquals("On the Convergence of Tiny Transformers", b.title());
    assertEquals(List.of("Ana Ruiz"), b.authors());
    assertEquals(Map.of("pdf", "https://proceedings.mlr.press/v202/ruiz23b/ruiz23b.pdf",
        "page", "https://proceedings.mlr.press/v202/ruiz23b.html"), b.links());
  }

  @Test
  void pmlrEntryWithoutTitleIsRejectedAndTheRestKept() throws Exception {
    String html = Fixtures.read("pmlr/v202.html").replace("Gradient Noise in Keras and PyTorch", " ");
    PaperPage page = PmlrParser.parseVolume(html, PMLR, Fixtures.ctx("icml", 2023));
    assertEquals(List.of("paper:icml:2023:ruiz23b"), page.papers().stream().map(Paper::id).toList());
    assertEquals("field 'title': is required", page.rejected().get(0).reason());
    assertTrue(page.rejected().get(0).input().contains("mensah23a.html"));
  }
}
