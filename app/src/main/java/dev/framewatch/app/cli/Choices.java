package dev.framewatch.app.cli;

import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.analytics.trend.ShareTrends;
import dev.framewatch.index.schema.Dimension;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The valid values of options that take one of a fixed set, read from the code that accepts them. picocli lists them in help
 * ({@code ${COMPLETION-CANDIDATES}}) and in the shell completion script; the options stay strings checked by that same code, so
 * a bad value keeps its one-line error.
 */
public final class Choices {
  private Choices() {}

  /** {@code --by}: every {@link Dimension}. */
  public static final class Dimensions implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Dimension.keys().iterator();
    }
  }

  /** {@code --format} of share and trend. */
  public static final class ShareFormats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ShareFormat.Kind.values()).map(ShareFormat.Kind::key).iterator();
    }
  }

  /** {@code --format} of stats and classify eval. */
  public static final class TableOrJson implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("table", "json").iterator();
    }
  }

  /** {@code --period} of trend. */
  public static final class Periods implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ShareTrends.PERIODS.stream().map(Dimension::key).iterator();
    }
  }
}
