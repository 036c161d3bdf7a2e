package dev.framewatch.ingest.papercode;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution name of one requirement as pip (PEP 508) or conda write it: {@code torch>=1.8}, {@code jax[cuda]},
 * {@code tensorflow-gpu==2.4.1; python_version < "3.9"}, {@code pytorch::pytorch=1.8.1=py3.8_cuda11.1},
 * {@code torch @ https://...}, {@code -e git+https://github.com/pytorch/fairseq#egg=fairseq}. Only the name matters here:
 * versions say how old the code is, not which framework it runs on.
 */
final class Requirement {
  /** Name, optional extras, then nothing or a version, marker, URL or conda build spec. */
  private static final Pattern SPEC = Pattern.compile(
      "^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(?:\\[[^\\]]*\\])?\\s*(?:$|[=<>!~;@(,*]|\\s+[;@])");
  private static final Pattern EGG = Pattern.compile("[#&]egg=([A-Za-z0-9._-]+)");

  private Requirement() {}

  /** The name of a requirement, or empty when the text is not one (a sentence, a path, an option). */
  static Optional<String> name(String spec) {
    String s = spec.trim();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher egg = EGG.matcher(s);
    if (egg.find()) {
      return Optional.of(egg.group(1)); // a VCS or URL requirement names itself in its fragment
    }
    if (s.startsWith("-") || s.contains("://") && !s.contains("@")) {
      return Optional.empty();
    }
    int channel = s.indexOf("::");
    if (channel > 0) {
      s = s.substring(channel + 2); // conda's channel::package
    }
    Matcher m = SPEC.matcher(s);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * A line of a requirements file without its comment: pip takes {@code #} as a comment at the start of a line or after
   * whitespace, so {@code git+https://...#egg=x} keeps its fragment.
   */
  static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
