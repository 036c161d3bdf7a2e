package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The paper evidence of the shipped weak-labels.conf: OpenReview primary areas (the real values of NeurIPS 2024 and ICLR 2024
 * notes), OpenReview keywords, arXiv categories added to the default crawl, and venues named in arXiv comments.
 */
class PaperDomainEvidenceTest {
  private static final Instant T = Instant.parse("2026-12-04T00:00:00Z");
  private final WeakDomainLabels weak = WeakDomainLabels.standard();

  private static Paper paper(String id, String venue, Map<String, JsonNode> extra) {
    return new Paper(id, "test", T, "Title " + id, venue, 2024, List.of(), List.of(), List.of(), "An abstract.", null,
        Map.of(), extra);
  }

  private static Paper openReview(String id, String venue, String area, String... keywords) {
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    if (area != null) {
      extra.put("primary_area", TextNode.valueOf(area));
    }
    if (keywords.length > 0) {
      ArrayNode k = JsonNodeFactory.instance.arrayNode();
      for (String s : keywords) {
        k.add(s);
      }
      extra.put("keywords", k);
    }
    return paper(id, venue, extra);
  }

  private static Paper arxiv(String id, String category, String comment, String journalRef) {
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    extra.put("primary_category", TextNode.valueOf(category));
    if (comment != null) {
      extra.put("comment", TextNode.valueOf(comment));
    }
    if (journalRef != null) {
      extra.put("journal_ref", TextNode.valueOf(journalRef));
    }
    return paper(id, "arXiv", extra);
  }

  private Optional<WeakDomainLabels.WeakLabel> label(Paper p) {
    return weak.of(p);
  }

  private static Optional<WeakDomainLabels.WeakLabel> is(String domain, String source) {
    return Optional.of(new WeakDomainLabels.WeakLabel(domain, source));
  }

  @Test
  void neuripsPrimaryAreasInTheirSnakeCaseIds() {
    assertEquals(is("vision", "openreview-area"), label(openReview("n1", "NeurIPS", "machine_vision")));
    assertEquals(is("language", "openreview-area"), label(openReview("n2", "NeurIPS", "natural_language_processing")));
    assertEquals(is("speech", "openreview-area"), label(openReview("n3", "NeurIPS", "speech_and_audio")));
    assertEquals(is("rl-robotics", "openreview-area"), label(openReview("n4", "NeurIPS", "reinforcement_learning")));
    assertEquals(is("rl-robotics", "openreview-area"), label(openReview("n5", "NeurIPS", "robotics")));
    assertEquals(is("other", "openreview-area"), label(openReview("n6", "NeurIPS", "machine_learning_for_healthcare")));
    assertEquals(is("other", "openreview-area"),
        label(openReview("n7", "NeurIPS", "machine_learning_for_other_sciences_and_fields")));
    assertEquals(Optional.empty(), label(openReview("n8", "NeurIPS", "diffusion_based_models")), "general area");
    assertEquals(Optional.empty(), label(openReview("n9", "NeurIPS", "learning_theory")));
  }

  @Test
  void iclrPrimaryAreasInTheirPhrases() {
    assertEquals(is("rl-robotics", "openreview-area"), label(openReview("i1", "ICLR", "reinforcement learning")));
    assertEquals(is("rl-robotics", "openreview-area"),
        label(openReview("i2", "ICLR", "applications to robotics, autonomy, planning")));
    assertEquals(is("other", "openreview-area"),
        label(openReview("i3", "ICLR", "applications to physical sciences (physics, chemistry, biology, etc.)")));
    assertEquals(is("other", "openreview-area"), label(openReview("i4", "ICLR", "learning on time series and dynamical systems")));
    // Chosen by vision, language and speech papers alike: no label from the area, but keywords may still give one.
    assertEquals(Optional.empty(),
        label(openReview("i5", "ICLR", "applications to computer vision, audio, language, and other modalities")));
    assertEquals(is("speech", "openreview-keywords"), label(openReview("i6", "ICLR",
        "applications to computer vision, audio, language, and other modalities", "Speech Recognition", "self-supervised")));
    assertEquals(Optional.empty(), label(openReview("i7", "ICLR",
        "representation learning for computer vision, audio, language, and other modalities")));
  }

  @Test
  void keywordsGiveADomainOnlyWhenTheyAgree() {
    assertEquals(is("rl-robotics", "openreview-keywords"),
        label(openReview("k1", "ICLR", null, "deep reinforcement learning", "exploration")));
    assertEquals(is("rl-robotics", "openreview-keywords"), label(openReview("k2", "ICLR", null, "Robotics")));
    assertEquals(is("multimodal", "openreview-keywords"), label(openReview("k3", "ICLR", null, "multi-modal learning")));
    assertEquals(is("vision", "openreview-keywords"), label(openReview("k4", "ICLR", null, "object detection")));
    assertEquals(is("language", "openreview-keywords"), label(openReview("k5", "ICLR", null, "Neural Machine Translation")));
    assertEquals(is("other", "openreview-keywords"), label(openReview("k6", "ICLR", null, "molecular generation")));
    // Two domains: none. "audio-visual" is speech and multimodal at once.
    assertEquals(Optional.empty(), label(openReview("k7", "ICLR", null, "reinforcement learning", "speech")));
    assertEquals(Optional.empty(), label(openReview("k8", "ICLR", null, "audio-visual learning")));
    // Words inside other words are not words: "parrot" is not a robot, "bioacoustics" no acoustic keyword.
    assertEquals(Optional.empty(), label(openReview("k9", "ICLR", null, "stochastic parrots", "bioacoustics")));
    assertEquals(Optional.empty(), label(openReview("k10", "ICLR", null, "generalization", "optimization")));
    // An area that says a domain wins over keywords that say another.
    assertEquals(is("vision", "openreview-area"), label(openReview("k11", "NeurIPS", "machine_vision", "speech")));
    // A single-domain venue wins over both.
    assertEquals(is("language", "venue"), label(openReview("k12", "EMNLP 2024", "machine_vision", "robotics")));
  }

  @Test
  void theArxivCategoriesAddedToTheCrawlAndTheUnlabelledOnes() {
    assertEquals(is("rl-robotics", "arxiv-category"), label(arxiv("a1", "cs.RO", null, null)));
    assertEquals(is("speech", "arxiv-category"), label(arxiv("a2", "cs.SD", null, null)));
    assertEquals(is("speech", "arxiv-category"), label(arxiv("a3", "eess.AS", null, null)));
    assertEquals(is("rl-robotics", "arxiv-category"), label(arxiv("a4", "cs.MA", null, null)));
    assertEquals(Optional.empty(), label(arxiv("a5", "stat.ML", null, null)));
    assertEquals(Optional.empty(), label(arxiv("a6", "cs.LG", null, null)));
  }

  @Test
  void venuesNamedInArxivCommentsLabelPreprintsOfGeneralCategories() {
    assertEquals(is("rl-robotics", "arxiv-comment-venue"), label(arxiv("c1", "cs.LG", "Accepted to ICRA 2024", null)));
    assertEquals(is("speech", "arxiv-comment-venue"), label(arxiv("c2", "cs.LG", "5 pages, submitted to ICASSP 2025", null)));
    assertEquals(is("speech", "arxiv-comment-venue"), label(arxiv("c3", "stat.ML", null, "Proc. INTERSPEECH 2023")));
    assertEquals(is("rl-robotics", "arxiv-comment-venue"), label(arxiv("c4", "cs.AI", "CoRL 2023 (oral)", null)));
    assertEquals(is("language", "arxiv-comment-venue"), label(arxiv("c5", "cs.LG", "Findings of EMNLP 2024", null)));
    // Two domains, a general venue, or the acronym inside a word: none.
    assertEquals(Optional.empty(), label(arxiv("c6", "cs.LG", "ICRA 2024 workshop; extended version at CVPR", null)));
    assertEquals(Optional.empty(), label(arxiv("c7", "cs.LG", "Accepted at NeurIPS 2024", null)));
    assertEquals(Optional.empty(), label(arxiv("c8", "cs.LG", "see ICRAFT and oracles", null)));
    // The primary category, when it gives a domain, wins.
    assertEquals(is("vision", "arxiv-category"), label(arxiv("c9", "cs.CV", "Accepted to ICRA 2024", null)));
  }

  private static CorpusDocument doc(dev.framewatch.core.record.EvidenceRecord r) {
    return new CorpusDocument(r, null, null, null);
  }

  @Test
  void theTrainingSummaryCountsEachSourcesLabelsByClass() {
    List<CorpusDocument> corpus = new ArrayList<>();
    corpus.add(doc(paper("v1", "CVPR 2024", Map.of())));
    corpus.add(doc(paper("v2", "Interspeech 2024", Map.of())));
    corpus.add(doc(paper("v3", "ICRA", Map.of())));
    corpus.add(doc(openReview("o1", "NeurIPS", "speech_and_audio")));
    corpus.add(doc(openReview("o2", "NeurIPS", "robotics")));
    corpus.add(doc(openReview("o3", "ICLR", "reinforcement learning")));
    corpus.add(doc(openReview("o4", "ICLR", null, "speech synthesis")));
    corpus.add(doc(openReview("o5", "ICLR", "generative models")));
    corpus.add(doc(arxiv("x1", "cs.SD", null, null)));
    corpus.add(doc(arxiv("x2", "cs.RO", null, null)));
    corpus.add(doc(arxiv("x3", "stat.ML", null, null)));
    corpus.add(doc(arxiv("x4", "cs.LG", "Accepted to ICASSP 2025", null)));
    corpus.add(doc(new Model("hf:org/asr", "huggingface", T, "org/asr", "transformers", List.of(), "automatic-speech-recognition",
        null, 0, 0, Map.of())));
    corpus.add(doc(new Job("job:x:1", "test", T, "Speech Scientist", "Acme", "Remote", null, "ASR models", Map.of())));

    WeakDomainLabels.Labelled labelled = weak.label(corpus);
    assertEquals(12, labelled.texts().size());
    assertEquals(Map.of("arxiv-category", 2, "arxiv-comment-venue", 1, "job-title", 1, "openreview-area", 3,
        "openreview-keywords", 1, "pipeline-tag", 1, "venue", 3), labelled.bySource());
    assertEquals("{arxiv-category={speech=1, rl-robotics=1}, arxiv-comment-venue={speech=1}, job-title={speech=1}, "
        + "openreview-area={speech=1, rl-robotics=2}, openreview-keywords={speech=1}, pipeline-tag={speech=1}, "
        + "venue={vision=1, speech=1, rl-robotics=1}}", labelled.classesBySource().toString());

    TrainingSet set = TrainingSet.of(ClassifyTask.DOMAIN, labelled.texts(), labelled.bySource(), labelled.classesBySource());
    assertEquals(Map.of("vision", 1, "speech", 7, "rl-robotics", 4), set.byClass());
    assertEquals(labelled.classesBySource(), set.capped(2).classesBySource(), "counted before the cap");
  }
}
