package dev.framewatch.analytics.classify;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules baseline of usage vs mention, on a masked sentence ({@link UsageText}): a contrast or listing cue next to the
 * framework means a mention; otherwise a usage cue (implemented in, trained with, experience with, our ... code) means use;
 * otherwise mention. {@link #strong} is the high-precision subset that labels corpus sentences for training.
 */
public final class UsageRules {
  public static final String USE = "use";
  public static final String MENTION = "mention";

  private static final String FW = UsageText.PLACEHOLDER;

  private static final Pattern MENTION_CUE = Pattern.compile("(?i)\\b(unlike|in contrast to|compared (to|with)|such as|e\\.g\\.|"
      + "like|including|ported (from|to)|port (to|of)|converted from|convert|migrat\\w*|instead of|rather than|away from|"
      + "replaced|versus|vs\\.?|inspired by|differs? from|similar to|beyond the scope|exported from|import\\w* from|"
      + "not required|no prior|nice to have|not expected|survey|popular\\w*|documentation|prior work|previous|earlier|"
      + "existing|other systems|third-party|community|ecosystem|customers?|competitors?|rivals?)\\b");
  private static final Pattern USE_CUE = Pattern.compile("(?i)\\b(implement\\w*|we use|using|uses|use|built|build|based on|"
      + "trained|train|training|written|write|code|coded|experience|proficien\\w*|knowledge|skills?|expert\\w*|required|"
      + "must|develop\\w*|run|ran|our|release\\w*|open-sourced|adopt\\w*|rely on|stack|hands-on|fine-tun\\w*|deploy\\w*)\\b");

  private static final Pattern STRONG_USE = Pattern.compile("(?i)(implemented (in|with|using)|written in|built (on|with)|"
      + "trained (with|in|using)|experience (with|in)|proficiency in|we use|our) " + FW + "\\b");
  private static final Pattern STRONG_MENTION = Pattern.compile("(?i)\\b(unlike|such as|e\\.g\\.,?|ported from|"
      + "converted from|migrating (away )?from|compared (to|with)|instead of|rather than|in contrast to) " + FW + "\\b");

  private UsageRules() {}

  public static String decide(String maskedSentence) {
    if (MENTION_CUE.matcher(maskedSentence).find()) {
      return MENTION;
    }
    return USE_CUE.matcher(maskedSentence).find() ? USE : MENTION;
  }

  /** A label only where a cue sits right before the framework; most sentences get none. */
  public static Optional<String> strong(String maskedSentence) {
    if (STRONG_MENTION.matcher(maskedSentence).find()) {
      return Optional.of(MENTION);
    }
    return STRONG_USE.matcher(maskedSentence).find() ? Optional.of(USE) : Optional.empty();
  }
}
