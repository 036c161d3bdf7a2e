package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.app.testing.Cli;
import dev.framewatch.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code classify train} on the weak labels of a real index (single-domain venues, an arXiv category, Hugging Face pipeline
 * tags), {@code classify apply} publishing labels to the real broker, {@code index} applying them, and {@code share --by domain}
 * counting general-venue papers and jobs under the domain the classifier gave them. Then {@code eval} on a file and bad input.
 */
class ClassifyIT {
  @TempDir Path dir;

  private static final String[][] WORDS = {
    {"image", "pixels", "segmentation", "camera", "detection", "convolutional"},
    {"sentence", "translation", "parsing", "tokens", "corpus", "grammar"},
    {"speech", "audio", "waveform", "speaker", "acoustic", "phoneme"},
    {"robot", "grasping", "manipulation", "locomotion", "policy", "reward"},
  };
  private static final String[] VENUES = {"CVPR", "ACL", "Interspeech", "CoRL"};

  private static String text(int domain, int i) {
    String[] w = WORDS[domain];
    return "we study " + w[i % 6] + " and " + w[(i + 2) % 6] + " with " + w[(i + 4) % 6];
  }

  private static String paper(String id, String venue, String abstractText, String extra) {
    return "{\"id\":\"" + id + "\",\"kind\":\"paper\",\"source\":\"test\",\"title\":\"Paper " + id + "\",\"venue\":\"" + venue
        + "\",\"year\":2024,\"abstract\":\"" + abstractText + "\"" + extra + "}";
  }

  @Test
  void trainOnWeakLabelsApplyThroughKafkaAndCountByDomain() throws Exception {
    List<String> papers = new ArrayList<>();
    for (int d = 0; d < 4; d++) {
      for (int i = 0; i < 12; i++) {
        papers.add(paper("w" + d + "-" + i, VENUES[d], text(d, i), ""));
      }
    }
    papers.add(paper("arxiv-1", "arXiv", text(3, 1), ",\"primary_category\":\"cs.RO\""));
    // General venues: the rules give no domain, the classifier does. Each names PyTorch, so share rows show them.
    papers.add(paper("g-vision", "ICLR", "implemented in PyTorch: " + text(0, 7), ""));
    papers.add(paper("g-language", "NeurIPS", "implemented in PyTorch: " + text(1, 8), ""));
    papers.add(paper("g-robot", "ICML", "implemented in PyTorch: " + text(3, 9) + ". Unlike TensorFlow, it needs no graph.",
        ""));
    Path paperFile = dir.resolve("papers.jsonl");
    Files.write(paperFile, papers);
    Path jobFile = dir.resolve("jobs.jsonl");
    Files.write(jobFile, List.of("{\"id\":\"job:t:1\",\"kind\":\"job\",\"source\":\"test\",\"title\":\"Speech engineer\","
        + "\"company\":\"Acme\",\"text\":\"Experience with PyTorch required. " + text(2, 5) + "\"}"));

    Cli cli = new Cli(dir.resolve("data"));
    assertEquals(0, cli.run("import", "paper", paperFile.toString()).exitCode());
    assertEquals(0, cli.run("import", "job", jobFile.toString()).exitCode());
    assertEquals(0, cli.run("index", "--until-caught-up").exitCode());

    Cli.Result train = cli.run("classify", "train", "--task", "domain", "--model", "bow");
    assertEquals(0, train.exitCode(), train.toString());
    assertTrue(train.out().startsWith("training data: 50 examples {vision=12, language=12, speech=13, rl-robotics=13}, "
        + "from {arxiv-category=1, job-title=1, venue=48}\nno examples of [multimodal, other]: the model cannot predict these classes\n"
        + "device: cpu (classify.device=auto)\n"), train.toString());
    // Which evidence taught which class.
    assertTrue(train.out().contains("\nweak labels by source and class: {arxiv-category={rl-robotics=1}, job-title={speech=1}, "
        + "venue={vision=12, language=12, speech=12, rl-robotics=12}}\n"), train.toString());
    assertTrue(train.out().contains("kept bow (held-out macro-F1 1.0000): " + dir.resolve("data").resolve("models")
        .resolve("domain")), train.toString());

    Cli.Result apply = cli.run("classify", "apply", "--task", "domain");
    assertEquals(0, apply.exitCode(), apply.toString());
    assertTrue(apply.out().startsWith("labelled 5 documents with domain-bow version "), apply.toString());
    assertTrue(apply.out().contains("{job={speech=1}, paper={language=1, rl-robotics=2, vision=1}}, published to "
        + "framewatch.labels; `framewatch index` applies them"), apply.toString());
    assertEquals(0, cli.run("index", "--until-caught-up").exitCode());

    JsonNode stats = Json.mapper().readTree(cli.run("stats", "--format", "json").out());
    assertEquals(5, stats.at("/topics/labels").asLong());
    Cli.Result share = cli.run("share", "--by", "kind,domain", "--where",
        "venue:iclr OR venue:neurips OR venue:icml OR venue:arxiv OR kind:job", "--format", "csv");
    assertEquals(0, share.exitCode(), share.toString());
    assertEquals("""
        kind,domain,framework,count,documents,documents_any_framework,share,method,share_low,share_high,weight
        job,speech,pytorch,1,1,1,1,default 0.3.0,0.206549,1,1
        paper,language,pytorch,1,1,1,1,default 0.3.0,0.206549,1,1
        paper,rl-robotics,pytorch,1,2,1,1,default 0.3.0,0.206549,1,1
        paper,rl-robotics,tensorflow,1,2,1,1,default 0.3.0,0.206549,1,1
        paper,vision,pytorch,1,1,1,1,default 0.3.0,0.206549,1,1
        """, share.out());

    Path eval = dir.resolve("eval.jsonl");
    Files.write(eval, List.of("{\"text\":\"" + text(0, 3) + "\",\"label\":\"vision\"}",
        "{\"text\":\"" + text(1, 3) + "\",\"label\":\"language\"}",
        "{\"text\":\"" + text(2, 3) + "\",\"label\":\"speech\"}",
        "{\"text\":\"tabular data\",\"label\":\"other\"}"));
    Cli.Result json = cli.run("classify", "eval", "--task", "domain", "--data", eval.toString(), "--format", "json");
    assertEquals(0, json.exitCode(), json.toString());
    JsonNode e = Json.mapper().readTree(json.out());
    assertEquals(1.0, e.at("/classes/vision/f1").asDouble());
    assertEquals(1, e.at("/classes/vision/support").asInt());
    assertEquals(0.0, e.at("/classes/other/recall").asDouble(), "no class 'other' was trained");
    assertEquals(4, e.get("examples").asInt());
    assertEquals("bow", e.at("/model/kind").asText());

    Path bad = dir.resolve("bad.jsonl");
    Files.write(bad, List.of("{\"text\":\"x\",\"label\":\"vision\"}", "{\"text\":\"y\",\"label\":\"robots\"}"));
    Cli.Result refused = cli.run("classify", "eval", "--task", "domain", "--data", bad.toString());
    assertEquals(2, refused.exitCode(), refused.toString());
    assertEquals("framewatch: " + bad + ":2: unknown label \"robots\" (expected one of [vision, language, speech, "
        + "rl-robotics, multimodal, other])\n", refused.err());
    // Usage vs mention: trained on a file, the rules baseline scored on it, verdicts per document published as labels.
    Path usage = dir.resolve("usage.jsonl");
    List<String> usageLines = new ArrayList<>();
    String[] use = {"implemented in %s", "we use %s for training", "experience with %s required", "our %s code is available",
        "trained with %s on GPUs", "written in %s"};
    String[] mention = {"unlike %s, it compiles", "ported from the %s version", "frameworks such as %s",
        "compared with %s it is faster", "instead of %s we use C++", "converted from %s checkpoints"};
    for (String fw : List.of("PyTorch", "TensorFlow", "JAX")) {
      for (int i = 0; i < 6; i++) {
        usageLines.add("{\"text\":\"" + String.format(use[i], fw) + "\",\"label\":\"use\"}");
        usageLines.add("{\"text\":\"" + String.format(mention[i], fw) + "\",\"label\":\"mention\"}");
      }
    }
    Files.write(usage, usageLines);
    Cli.Result usageRules = cli.run("classify", "eval", "--task", "usage", "--model", "rules", "--data", usage.toString(),
        "--format", "json");
    assertEquals(0, usageRules.exitCode(), usageRules.toString());
    assertEquals(1.0, Json.mapper().readTree(usageRules.out()).get("macro_f1").asDouble(), usageRules.out());
    Cli.Result usageTrain = cli.run("classify", "train", "--task", "usage", "--model", "bow", "--data", usage.toString());
    assertEquals(0, usageTrain.exitCode(), usageTrain.toString());
    assertTrue(usageTrain.out().startsWith("training data: 36 examples {use=18, mention=18}, from {file usage.jsonl=36}"),
        usageTrain.toString());
    Cli.Result usageApply = cli.run("classify", "apply", "--task", "usage");
    assertEquals(0, usageApply.exitCode(), usageApply.toString());
    assertTrue(usageApply.out().startsWith("labelled 4 documents with usage-bow version "), usageApply.toString());
    assertTrue(usageApply.out().contains(" {pytorch:use=4, tensorflow:mention=1}, published to framewatch.labels"),
        usageApply.toString());
    assertEquals(0, cli.run("index", "--until-caught-up").exitCode());
    JsonNode after = Json.mapper().readTree(cli.run("stats", "--format", "json").out());
    assertEquals(9, after.at("/topics/labels").asLong(), "5 domain labels, then 4 documents' usage (with their domain)");
    Cli.Result domainKept = cli.run("share", "--by", "domain", "--where", "venue:icml", "--format", "csv");
    assertTrue(domainKept.out().contains("\nrl-robotics,pytorch,1,1,1,1,"), "the usage labels kept the domain label: "
        + domainKept);

    Cli.Result gpu = cli.run("classify", "train", "--model", "bow", "--device", "gpu");
    if (ai.djl.engine.Engine.getEngine("PyTorch").getGpuCount() == 0) {
      assertEquals(2, gpu.exitCode(), gpu.toString());
      assertEquals("framewatch: classify.device=gpu, but the PyTorch engine sees no GPU (use auto or cpu)\n", gpu.err());
    } else { // a machine with a GPU trains on it, and says so
      assertEquals(0, gpu.exitCode(), gpu.toString());
      assertTrue(gpu.out().contains("device: gpu(0) (classify.device=gpu)"), gpu.toString());
    }
    Cli.Result action = cli.run("classify", "guess");
    assertEquals(2, action.exitCode(), action.toString());
    assertEquals("framewatch: classify: unknown action guess (expected train, apply or eval)\n", action.err());
  }
}
