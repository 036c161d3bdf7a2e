package dev.framewatch.demosite.huggingface;

import dev.framewatch.demosite.scale.Seeds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates Hub models whose tags shift over time the way the real Hub's did: TensorFlow ({@code tf}) weights common in
 * 2019-2020 and rare by 2025, a brief JAX/Flax bump around 2021, {@code safetensors} replacing {@code pytorch} pickles from 2023,
 * new libraries (diffusers, peft, mlx, gguf) arriving in their years. The numbers are plausible, not measured: this is demo data.
 *
 * <p>Deterministic: everything comes from the seeded {@link Random}, iterated in fixed order, and no wall clock is read.
 */
public final class HubModelGenerator {
  static final YearMonth FIRST_MONTH = YearMonth.of(2019, 1);
  static final YearMonth LAST_MONTH = YearMonth.of(2026, 10);
  /** The corpus is "as of" this instant: nothing is modified after it. */
  static final Instant AS_OF = LAST_MONTH.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  /** Monthly growth of new models, about 1.6x a year. */
  private static final double MONTHLY_GROWTH = 0.04;

  private static final int Y0 = 2019;
  private static final String[] LIBRARIES = {
    "transformers", "diffusers", "timm", "sentence-transformers", "keras", "tf-keras", "peft", "paddlenlp", "flair", "spacy",
    "stable-baselines3", "mlx", "gguf", null};
  /** Relative weight of each library above, per year 2019..2026. */
  private static final double[][] LIBRARY_WEIGHTS = {
    {70, 68, 62, 55, 45, 40, 42, 45},
    {0, 0, 0, 4, 10, 9, 8, 7},
    {3, 4, 6, 6, 5, 4, 3, 3},
    {4, 5, 7, 8, 7, 7, 6, 6},
    {6, 5, 4, 3, 1, 2, 2, 1},
    {0, 0, 0, 0, 2, 1, 1, 1},
    {0, 0, 0, 0, 10, 12, 10, 9},
    {0, 0, 2, 3, 2, 1, 0.5, 0.3},
    {3, 3, 2, 1, 0.5, 0.3, 0.2, 0.1},
    {2, 2, 2, 2, 1, 0.5, 0.5, 0.3},
    {0, 0, 2, 3, 2, 1, 1, 0.5},
    {0, 0, 0, 0, 0, 3, 5, 5},
    {0, 0, 0, 0, 3, 8, 10, 12},
    {9, 13, 13, 13, 11, 11, 10, 10}};

  // Chance that a transformers-style model of year 2019+i carries each weight format's tag.
  private static final double[] P_PYTORCH = {0.92, 0.93, 0.93, 0.90, 0.55, 0.20, 0.08, 0.05};
  private static final double[] P_TF = {0.55, 0.45, 0.33, 0.22, 0.10, 0.05, 0.03, 0.02};
  private static final double[] P_JAX = {0.02, 0.05, 0.15, 0.08, 0.04, 0.02, 0.01, 0.01};
  private static final double[] P_SAFETENSORS = {0, 0, 0, 0.10, 0.55, 0.90, 0.97, 0.98};

  private static final String[][] TRANSFORMERS_ARCHS = {
    {"bert", "gpt2", "roberta", "distilbert", "xlnet", "t5", "albert", "bart", "electra", "marian"},
    {"bert", "roberta", "distilbert", "t5", "bart", "wav2vec2", "vit", "gpt_neo", "mt5", "deberta"},
    {"llama", "mistral", "qwen2", "gemma", "phi", "whisper", "vit", "bert", "t5", "qwen3"}};
  private static final String[] AUTHORS = {
    "acme-ai", "nlp-lab", "visionworks", "deepset-demo", "uni-tuebingen-ml", "helsinki-demo", "kaist-ai-demo", "turing-lab",
    "opennlp-team", "datawhale-demo", "speechlab", "medai-group", "fin-nlp", "law-ai", "codegen-lab", "robotics-rl",
    "stanford-demo", "bair-demo", "mila-demo", "tsinghua-demo", "baidu-demo", "naver-demo", "sber-demo", "ai2-demo",
    "jdoe", "asmith", "mgarcia", "lwang", "pkumar", "yli", "tnguyen", "okafor", "schmidt", "rossi", "kowalski", "tanaka"};
  private static final String[] SIZES = {"tiny", "small", "base", "medium", "large", "1b", "3b", "7b", "8b", "13b"};
  private static final String[] SUFFIXES = {
    "finetuned", "sst2", "imdb", "squad", "ner", "conll03", "de", "fr", "zh", "multilingual", "instruct", "chat", "lora",
    "distilled", "v1", "v2", "cased", "uncased", "emotion", "news"};
  private static final String[] LICENSES = {"license:apache-2.0", "license:mit", "license:cc-by-4.0", "license:other",
    "license:llama3", "license:openrail"};
  private static final String[] LANGUAGES = {"en", "en", "en", "de", "fr", "zh", "es", "ja", "multilingual"};

  private final Random random;
  private final Set<String> ids = new HashSet<>();

  public HubModelGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** Exactly {@code count} models, newest first. */
  public List<HubModel> generate(int count) {
    int[] perMonth = allocate(count);
    List<HubModel> models = new ArrayList<>(count);
    YearMonth month = FIRST_MONTH;
    for (int m = 0; m < perMonth.length; m++, month = month.plusMonths(1)) {
      for (int i = 0; i < perMonth[m]; i++) {
        models.add(model(month));
      }
    }
    models.sort((a, b) -> {
      int c = b.createdAt().compareTo(a.createdAt());
      return c != 0 ? c : a.id().compareTo(b.id());
    });
    return models;
  }

  /** Splits {@code count} over the months in proportion to exponential growth, by largest remainder so the sum is exact. */
  private static int[] allocate(int count) {
    int months = (int) FIRST_MONTH.until(LAST_MONTH, java.time.temporal.ChronoUnit.MONTHS) + 1;
    double[] weights = new double[months];
    double sum = 0;
    for (int m = 0; m < months; m++) {
      weights[m] = Math.exp(MONTHLY_GROWTH * m);
      sum += weights[m];
    }
    int[] out = new int[months];
    double[] remainder = new double[months];
    int assigned = 0;
    for (int m = 0; m < months; m++) {
      double exact = count * weights[m] / sum;
      out[m] = (int) Math.floor(exact);
      remainder[m] = exact - out[m];
      assigned += out[m];
    }
    while (assigned < count) {
      int best = 0;
      for (int m = 1; m < months; m++) {
        if (remainder[m] > remainder[best]) {
          best = m;
        }
      }
      out[best]++;
      remainder[best] = -1;
      assigned++;
    }
    return out;
  }

  private HubModel model(YearMonth month) {
    int y = Math.min(month.getYear() - Y0, 7);
    String library = LIBRARIES[pick(LIBRARY_WEIGHTS, y)];
    Instant created = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)
        .plusSeconds((long) (random.nextDouble() * month.lengthOfMonth() * 86_400L));
    return model(y, library, created, null);
  }

  /**
   * Model {@code index} of a listing of {@code count}, newest first, made on its own from {@code (seed, index)}: what a scaled
   * demo site serves without holding the listing. Creation times follow the same growth as {@link #generate}'s and never rise
   * with the index, so the listing is in {@code createdAt} order as it stands; the index, in base 36, ends the id.
   */
  public static HubModel at(long seed, int index, int count) {
    HubModelGenerator g = new HubModelGenerator(Seeds.of(seed, index));
    long span = AS_OF.getEpochSecond() - FIRST_MONTH.atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    double growth = MONTHLY_GROWTH * (FIRST_MONTH.until(LAST_MONTH, java.time.temporal.ChronoUnit.MONTHS) + 1);
    Instant created = AS_OF.minusSeconds(span).plusSeconds((long) (Seeds.newestFirst(index, count, growth) * span));
    int y = Math.min(created.atZone(ZoneOffset.UTC).getYear() - Y0, 7);
    String library = LIBRARIES[g.pick(LIBRARY_WEIGHTS, y)];
    return g.model(y, library, created, Integer.toString(index, 36));
  }

  /** @param idSuffix ends the id, which is then unique without checking; null to check against the ids made so far */
  private HubModel model(int y, String library, Instant created, String idSuffix) {
    long sinceCreated = AS_OF.getEpochSecond() - created.getEpochSecond();
    Instant modified = created.plusSeconds((long) (random.nextDouble() * random.nextDouble() * sinceCreated));

    List<String> tags = new ArrayList<>();
    if (library != null) {
      tags.add(library);
    }
    String arch = null;
    String pipeline;
    switch (library == null ? "none" : library) {
      case "transformers" -> {
        weightTags(tags, y);
        String[] archs = TRANSFORMERS_ARCHS[y < 2 ? 0 : y < 4 ? 1 : 2];
        arch = archs[random.nextInt(archs.length)];
        tags.add(arch);
        pipeline = transformersPipeline(arch);
      }
      case "sentence-transformers" -> {
        weightTags(tags, y);
        if (y >= 5 && chance(0.2)) {
          tags.add("onnx");
        }
        pipeline = chance(0.6) ? "sentence-similarity" : "feature-extraction";
      }
      case "timm" -> {
        if (y < 4 || chance(0.5)) {
          tags.add("pytorch");
        }
        if (y >= 4) {
          tags.add("safetensors");
        }
        pipeline = "image-classification";
      }
      case "diffusers" -> {
        if (y >= 4 || chance(0.3)) {
          tags.add("safetensors");
        }
        tags.add(y >= 5 && chance(0.5) ? "diffusers:FluxPipeline" : "diffusers:StableDiffusionPipeline");
        pipeline = "text-to-image";
      }
      case "keras" -> {
        // Before Keras 3 (2024) a Keras model was a TensorFlow model; after, the backend varies.
        if (y < 5 ? chance(0.85) : chance(0.3)) {
          tags.add("tf");
        }
        if (y >= 5 && chance(0.15)) {
          tags.add("jax");
        }
        pipeline = pickOf("image-classification", "text-classification", "tabular-classification", null);
      }
      case "tf-keras" -> {
        if (chance(0.5)) {
          tags.add("tf");
        }
        if (chance(0.3)) {
          tags.add("tensorboard");
        }
        pipeline = pickOf("image-classification", "tabular-regression", null);
      }
      case "peft" -> {
        if (chance(0.95)) {
          tags.add("safetensors");
        }
        tags.add("lora");
        pipeline = chance(0.7) ? "text-generation" : null;
      }
      case "paddlenlp" -> {
        tags.add("paddlepaddle");
        pipeline = pickOf("fill-mask", "text-classification", "feature-extraction");
      }
      case "flair" -> {
        tags.add("pytorch");
        pipeline = "token-classification";
      }
      case "spacy" -> pipeline = "token-classification";
      case "stable-baselines3" -> {
        tags.add("deep-reinforcement-learning");
        tags.add("reinforcement-learning");
        pipeline = "reinforcement-learning";
      }
      case "mlx" -> {
        tags.add("safetensors");
        pipeline = "text-generation";
      }
      case "gguf" -> pipeline = chance(0.8) ? "text-generation" : null;
      default -> {
        // Models without a library: loose weight files, ONNX exports, or nothing recognisable.
        if (chance(y < 4 ? 0.4 : 0.15)) {
          tags.add("pytorch");
        }
        if (y >= 4 && chance(0.4)) {
          tags.add("safetensors");
        }
        if (chance(0.1)) {
          tags.add("onnx");
        }
        pipeline = chance(0.5) ? null : pickOf("image-classification", "text-to-image", "audio-classification");
      }
    }
    if (pipeline != null) {
      tags.add(pipeline);
    }
    if (chance(0.6)) {
      tags.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
    }
    tags.add(LICENSES[random.nextInt(LICENSES.length)]);
    tags.add("region:us");

    String author = AUTHORS[random.nextInt(AUTHORS.length)];
    String id = uniqueId(author, arch != null ? arch.replace('_', '-') : library == null ? "model" : library, idSuffix);
    long downloads = Math.min((long) Math.exp(4 + random.nextGaussian() * 2.5 + Math.max(0, 4 - y) * 0.3), 50_000_000L);
    long likes = Math.max(0, (long) (Math.sqrt(downloads) / 10 * random.nextDouble() * 3));
    return new HubModel(objectId(created), id, author, library, tags, pipeline, created, modified, Math.max(downloads, 0),
        likes, hex(40));
  }

  /** Weight-format tags of a transformers-style model; never none, as every model has weights in some format. */
  private void weightTags(List<String> tags, int y) {
    boolean pt = chance(P_PYTORCH[y]);
    boolean tf = chance(P_TF[y]);
    boolean jax = chance(P_JAX[y]);
    boolean st = chance(P_SAFETENSORS[y]);
    if (!pt && !tf && !jax && !st) {
      if (y < 4) {
        pt = true;
      } else {
        st = true;
      }
    }
    if (pt) {
      tags.add("pytorch");
    }
    if (tf) {
      tags.add("tf");
    }
    if (jax) {
      tags.add("jax");
    }
    if (st) {
      tags.add("safetensors");
    }
  }

  private String transformersPipeline(String arch) {
    switch (arch) {
      case "gpt2", "gpt_neo", "llama", "mistral", "qwen2", "qwen3", "gemma", "phi", "xlnet":
        return "text-generation";
      case "t5", "mt5", "bart", "marian":
        return pickOf("text2text-generation", "translation", "summarization");
      case "wav2vec2", "whisper":
        return "automatic-speech-recognition";
      case "vit":
        return "image-classification";
      default:
        return pickOf("fill-mask", "text-classification", "token-classification", "question-answering");
    }
  }

  private String uniqueId(String author, String base, String idSuffix) {
    String name = base + "-" + SIZES[random.nextInt(SIZES.length)] + "-" + SUFFIXES[random.nextInt(SUFFIXES.length)];
    if (idSuffix != null) {
      return author + "/" + name + "-" + idSuffix;
    }
    String id = author + "/" + name;
    for (int v = 2; !ids.add(id); v++) {
      id = author + "/" + name + "-v" + v;
    }
    return id;
  }

  private String objectId(Instant created) {
    return String.format(Locale.ROOT, "%08x", created.getEpochSecond()) + hex(16);
  }

  private String hex(int digits) {
    StringBuilder sb = new StringBuilder(digits);
    for (int i = 0; i < digits; i++) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private String pickOf(String... options) {
    return options[random.nextInt(options.length)];
  }

  private int pick(double[][] weightsByOption, int y) {
    double total = 0;
    for (double[] w : weightsByOption) {
      total += w[y];
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < weightsByOption.length; i++) {
      r -= weightsByOption[i][y];
      if (r < 0) {
        return i;
      }
    }
    return weightsByOption.length - 1;
  }

  public static LocalDate firstDay() {
    return FIRST_MONTH.atDay(1);
  }

  public static LocalDate lastDay() {
    return LAST_MONTH.atEndOfMonth();
  }
}
