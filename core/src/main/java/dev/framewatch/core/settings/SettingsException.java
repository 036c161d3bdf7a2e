package dev.framewatch.core.settings;

import java.util.List;

/** Configuration that cannot be used; one problem per line, each naming its key. */
public final class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public SettingsException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
