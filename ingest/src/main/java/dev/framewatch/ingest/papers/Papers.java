package dev.framewatch.ingest.papers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Paper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers the paper parsers share: record ids, text clean-up, code links, e-mail domains. */
public final class Papers {
  public static final String ID_PREFIX = "paper:";
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern CODE_URL =
      Pattern.compile("https?://(?:www\\.)?(?:github\\.com|gitlab\\.com|bitbucket\\.org)/[A-Za-z0-9_.\\-]+/[A-Za-z0-9_.\\-]+");

  private Papers() {}

  /** {@code paper:<venue>:<year>:<source id>}; whitespace in the source id becomes {@code _}. */
  public static String id(String venue, Integer year, String sourceId) {
    if (sourceId == null || sourceId.isBlank()) {
      throw new InvalidRecordException("id", "the upstream gives no id for this entry");
    }
    if (year == null) {
      throw new InvalidRecordException("year", "is required for a paper id");
    }
    return ID_PREFIX + venue + ":" + year + ":" + WHITESPACE.matcher(sourceId.trim()).replaceAll("_");
  }

  /** Whitespace (line breaks, non-breaking spaces) collapsed to single spaces and trimmed; null when nothing is left. */
  public static String clean(String s) {
    if (s == null) {
      return null;
    }
    String c = WHITESPACE.matcher(s).replaceAll(" ").trim();
    return c.isEmpty() ? null : c;
  }

  /** Cleaned, non-empty values, in order. */
  public static List<String> cleanAll(List<String> values) {
    List<String> out = new ArrayList<>(values.size());
    for (String v : values) {
      String c = clean(v);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** The names of a comma-separated author line ({@code "A. One, B. Two"}). */
  public static List<String> splitAuthors(String line) {
    if (line == null) {
      return List.of();
    }
    return cleanAll(List.of(line.split("[,;]")));
  }

  /** The first GitHub, GitLab or Bitbucket repository URL in any of the texts (an abstract, an arXiv comment). */
  public static Optional<String> codeLink(String... texts) {
    for (String t : texts) {
      if (t == null) {
        continue;
      }
      Matcher m = CODE_URL.matcher(t);
      if (m.find()) {
        String url = m.group();
        // A sentence may end right after the URL.
        while (url.endsWith(".")) {
          url = url.substring(0, url.length() - 1);
        }
        return Optional.of(url);
      }
    }
    return Optional.empty();
  }

  /** The lower-case domain of an e-mail address, or empty when it is not one. */
  public static Optional<String> emailDomain(String email) {
    if (email == null) {
      return Optional.empty();
    }
    String e = email.trim();
    int at = e.lastIndexOf('@');
    if (at <= 0 || at == e.length() - 1 || e.indexOf(' ') >= 0) {
      return Optional.empty();
    }
    return Optional.of(e.substring(at + 1).toLowerCase(Locale.ROOT));
  }

  /** Links without the null values, in the order given. */
  public static Map<String, String> links(String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null && !keyValues[i + 1].isBlank()) {
        m.put(keyValues[i], keyValues[i + 1]);
      }
    }
    return m;
  }

  /** A paper of a listing, the fields a listing knows; validation failures throw {@link InvalidRecordException}. */
  public static Paper paper(String source, PaperContext ctx, Integer year, String sourceId, String title, List<String> authors,
      List<String> affiliations, List<String> emailDomains, String abstractText, Map<String, String> links,
      Map<String, JsonNode> extra) {
    return new Paper(id(ctx.venue(), year, sourceId), source, ctx.fetchedAt(), clean(title), ctx.venue(), year, authors,
        affiliations, emailDomains, clean(abstractText), null, links, extra);
  }

  /** The same paper with an abstract (e.g. from the paper's own page), keeping a code link found in it. */
  public static Paper withAbstract(Paper p, String abstractText) {
    Map<String, String> links = new LinkedHashMap<>(p.links());
    if (!links.containsKey("code")) {
      codeLink(abstractText).ifPresent(c -> links.put("code", c));
    }
    return new Paper(p.id(), p.source(), p.fetchedAt(), p.title(), p.venue(), p.year(), p.authors(), p.affiliations(),
        p.emails(), clean(abstractText), p.text(), links, p.extra());
  }

  /** The first {@code max} characters. */
  public static String excerpt(String s, int max) {
    return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
  }
}
