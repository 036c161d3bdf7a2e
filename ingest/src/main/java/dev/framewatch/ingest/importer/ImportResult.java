package dev.framewatch.ingest.importer;

import java.util.List;

/**
 * What one import did.
 *
 * @param lines every line read, blank ones included, so {@code lines >= imported + rejected}
 * @param imported records published
 * @param rejected lines sent to dead-letter; all of them are counted, even past the problem list's limit
 * @param problems {@code <file>:<line>: <reason>} for the first {@link JsonLinesImporter#MAX_PROBLEMS} rejected lines
 */
public record ImportResult(long lines, long imported, long rejected, List<String> problems) {
  public ImportResult {
    problems = List.copyOf(problems);
  }

  /** True when more lines were rejected than {@link #problems()} lists. */
  public boolean problemsTruncated() {
    return rejected > problems.size();
  }
}
