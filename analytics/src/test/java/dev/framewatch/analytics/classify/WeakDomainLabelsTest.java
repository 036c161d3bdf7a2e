package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Weak labels from the shipped tables: every one of the six domains can be had from the corpus. */
class WeakDomainLabelsTest {
  private static final Instant T = Instant.parse("2026-11-30T00:00:00Z");
  private final WeakDomainLabels weak = WeakDomainLabels.standard();

  private static Paper paper(String id, String venue, String primaryCategory) {
    Map<String, JsonNode> extra = primaryCategory == null ? Map.of() : Map.of("primary_category", TextNode.valueOf(primaryCategory));
    return new Paper(id, "test", T, "Title " + id, venue, 2024, List.of(), List.of(), List.of(), "An abstract.", null,
        Map.of(), extra);
  }

  private static Model model(String modelId, String pipelineTag, String... tags) {
    return new Model("hf:" + modelId, "huggingface", T, modelId, "transformers", List.of(tags), pipelineTag, null, 0, 0,
        Map.of());
  }

  private Optional<String> domain(EvidenceRecord r) {
    return weak.of(r).map(WeakDomainLabels.WeakLabel::domain);
  }

  @Test
  void venuesArxivCategoriesAndPipelineTagsCoverAllSixDomains() {
    assertEquals(Optional.of(new WeakDomainLabels.WeakLabel("vision", "venue")), weak.of(paper("p1", "CVPR 2024", null)));
    assertEquals(Optional.of("language"), domain(paper("p2", "NAACL-HLT", null)));
    assertEquals(Optional.of("speech"), domain(paper("p3", "Interspeech", null)));
    assertEquals(Optional.of("rl-robotics"), domain(paper("p4", "CoRL", null)));
    assertEquals(Optional.of(new WeakDomainLabels.WeakLabel("rl-robotics", "arxiv-category")),
        weak.of(paper("p5", "arXiv", "cs.RO")));
    assertEquals(Optional.of("multimodal"), domain(paper("p6", "arXiv", "cs.MM")));
    assertEquals(Optional.of("other"), domain(paper("p7", "arXiv", "cs.CR")));
    assertEquals(Optional.of(new WeakDomainLabels.WeakLabel("multimodal", "pipeline-tag")),
        weak.of(model("org/blip", "image-to-text")));
    assertEquals(Optional.of("other"), domain(model("org/tabnet", "tabular-classification")));
    assertEquals(Optional.of("speech"), domain(model("org/denoiser", "audio-to-audio")));
  }

  private static Job job(String title) {
    return new Job("job:x:" + title.hashCode(), "test", T, title, "Acme", "Remote", null, "Train models", Map.of());
  }

  @Test
  void jobTitlesNamingAFieldGiveItInTheConfiguredOrder() {
    assertEquals(Optional.of(new WeakDomainLabels.WeakLabel("vision", "job-title")),
        weak.of(job("Senior Computer Vision Engineer")));
    assertEquals(Optional.of("vision"), domain(job("Data Scientist, Imaging")), "vision is tried before other");
    assertEquals(Optional.of("language"), domain(job("NLP Research Scientist")));
    assertEquals(Optional.of("rl-robotics"), domain(job("Robotics Software Engineer")));
    assertEquals(Optional.of("other"), domain(job("Data Scientist")));
    assertEquals(Optional.empty(), domain(job("Machine Learning Engineer")));
  }

  @Test
  void generalVenuesGeneralCategoriesAndJobsCarryNone() {
    assertEquals(Optional.empty(), domain(paper("g1", "NeurIPS", null)));
    assertEquals(Optional.empty(), domain(paper("g2", "arXiv", "cs.LG")));
    assertEquals(Optional.empty(), domain(model("org/x", null)));
    assertEquals(Optional.empty(), domain(new Job("job:x:1", "test", T, "ML engineer", "Acme", "Remote", null,
        "Train vision models", Map.of())));
  }

  @Test
  void aModelsTextLeavesItsPipelineTagOut() {
    assertEquals(Optional.of("openai whisper tiny. pytorch audio"),
        DomainText.of(model("openai/whisper-tiny", "automatic-speech-recognition", "pytorch", "automatic-speech-recognition",
            "audio", "license:mit")));
  }
}
