package dev.framewatch.dashboard.api;

import dev.framewatch.analytics.share.ShareService;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.dashboard.web.BadParameter;
import dev.framewatch.dashboard.web.Params;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.query.InvalidWhereException;
import dev.framewatch.index.query.WhereParser;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One share question as the API and the views ask it: the CLI's {@code share} (dimensions, filter, method) plus a year range and
 * the frameworks to show. The year range becomes part of the filter; the framework list only selects rows, so denominators and
 * coverage stay those of all frameworks (the same numbers as the CLI).
 */
public record ShareQuery(List<Dimension> by, String where, String method, List<String> frameworks, Integer from, Integer to) {
  private static final Pattern FRAMEWORK = Pattern.compile("[a-z0-9_.+-]{1,40}");

  public ShareQuery {
    by = List.copyOf(by);
    frameworks = List.copyOf(frameworks);
    if (from != null && to != null && from > to) {
      throw new BadParameter("from", "from (" + from + ") is after to (" + to + ")");
    }
  }

  /** Reads {@code where}, {@code method}, {@code frameworks}, {@code from} and {@code to}; {@code by} is the caller's. */
  public static ShareQuery parse(Params p, List<Dimension> by, Vocabulary vocabulary) {
    List<String> frameworks = p.list("frameworks", FRAMEWORK, "a framework id", 20).stream()
        .map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList();
    for (String f : frameworks) {
      if (!vocabulary.isFramework(f)) {
        throw new BadParameter("frameworks", "unknown framework '" + f + "' (expected some of "
            + String.join(", ", vocabulary.frameworkIds()) + ")");
      }
    }
    String where = p.string("where");
    try {
      new WhereParser(vocabulary).parse(where); // checked alone, so an error quotes what the client sent
    } catch (IllegalArgumentException e) {
      throw new BadParameter("where", e.getMessage());
    }
    return new ShareQuery(by, where, p.methodName("method"), frameworks, p.year("from"), p.year("to"));
  }

  public static List<Dimension> dimensions(Params p, String name, String absent) {
    String s = p.string(name);
    try {
      return Dimension.parseList(s == null ? absent : s);
    } catch (IllegalArgumentException e) {
      throw new BadParameter(name, e.getMessage());
    }
  }

  /** The filter counted with: the analyst's {@code where} and the year range, ANDed. */
  public String effectiveWhere() {
    if (from == null && to == null) {
      return where;
    }
    String years = "year:[" + (from == null ? "*" : from) + " TO " + (to == null ? "*" : to) + "]";
    return where == null ? years : "(" + where + ") AND " + years;
  }

  /** The same question restricted to documents matching {@code clause} as well (a view's kind, say). */
  public ShareQuery within(String clause) {
    return new ShareQuery(by, where == null ? clause : clause + " AND (" + where + ")", method, frameworks, from, to);
  }

  /**
   * Counts it.
   *
   * @throws BadParameter naming {@code where} or {@code method} when the share service refuses them
   */
  public ShareCounts run(ShareService shares) {
    ShareCounts counts;
    try {
      counts = shares.share(by, effectiveWhere(), method);
    } catch (InvalidWhereException e) {
      throw new BadParameter("where", e.getMessage());
    } catch (IllegalArgumentException e) {
      // Anything else the share service refuses is the method: unknown, malformed, or not one the index counts with.
      throw new BadParameter(method != null ? "method" : "where", e.getMessage());
    }
    if (frameworks.isEmpty()) {
      return counts;
    }
    return new ShareCounts(counts.by(), counts.where(), counts.methodName(), counts.methodVersion(),
        counts.rows().stream().filter(r -> frameworks.contains(r.framework())).toList(), counts.matchingDocuments(),
        counts.matchingDocumentsAnyFramework(), counts.groups());
  }
}
