package dev.framewatch.analytics.classify;

import dev.framewatch.core.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text the usage classifier reads: one sentence, every framework name in it replaced by {@code FRAMEWORK}, so the model
 * learns how a framework is talked about ("implemented in FRAMEWORK", "unlike FRAMEWORK") rather than which framework it is.
 */
public final class UsageText {
  public static final String PLACEHOLDER = "FRAMEWORK";

  private static final Pattern NAMES = names();
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[A-Z0-9\"(])|\\n+");

  private UsageText() {}

  private static Pattern names() {
    List<String> names = new ArrayList<>(List.of("tf\\.keras", "tensorflow\\.js", "pytorch lightning", "torch"));
    for (Vocabulary.FrameworkName f : Vocabulary.standard().frameworks()) {
      names.add(Pattern.quote(f.name()));
      names.add(Pattern.quote(f.id()));
    }
    return Pattern.compile("(?i)(?<![\\w.])(" + String.join("|", names) + ")(?![\\w])");
  }

  public static String masked(String sentence) {
    return NAMES.matcher(sentence).replaceAll(PLACEHOLDER);
  }

  /** Sentences of a text, split at end punctuation followed by a capital, digit or quote, and at line breaks. */
  public static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text == null ? "" : text)) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }
}
