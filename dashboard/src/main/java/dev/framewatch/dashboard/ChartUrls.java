package dev.framewatch.dashboard;

import dev.framewatch.dashboard.view.View;
import dev.framewatch.dashboard.view.ViewQuery;
import dev.framewatch.dashboard.web.BadParameter;
import dev.framewatch.dashboard.web.Params;
import dev.framewatch.dashboard.web.QueryString;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One chart, one URL: the view routes' canonical redirect. Parameters a view does not know (a cache-buster {@code v=2})
 * are left out of the comparison and carried over unchanged to where the redirect points, so they neither break an
 * {@code <img>} nor make a second URL for the same chart in the cache.
 */
final class ChartUrls {
  private ChartUrls() {}

  /** {@code papers.svg}, {@code github@2x.png}: the view, the format, and whether the name asked for the 2x image. */
  record File(String view, String format, boolean doubled) {
    static final List<String> FORMATS = List.of("svg", "png", "json", "csv");
    private static final Pattern NAME = Pattern.compile("(.*?)(@2x)?\\.([^.]*)");

    static File parse(String file) {
      Matcher m = NAME.matcher(file);
      if (!m.matches() || !FORMATS.contains(m.group(3))) {
        throw new BadParameter("format", "chart format must be svg, png, json or csv: /chart/<view>.svg, got '"
            + Params.printable(file) + "'");
      }
      if (m.group(2) != null && !m.group(3).equals("png")) {
        throw new BadParameter("format", "@2x is for PNG charts only: /chart/<view>@2x.png, got '" + Params.printable(file)
            + "'");
      }
      View.parse(m.group(1));
      return new File(m.group(1), m.group(3), m.group(2) != null);
    }
  }

  /** Redirects to the canonical URL unless the request is already there; true when it redirected. */
  static boolean redirectToCanonical(Context ctx, ViewQuery q, String path) {
    Set<String> known = ViewQuery.parameters(q.view());
    String given = ctx.queryString() == null ? "" : ctx.queryString();
    List<String> knownPairs = new ArrayList<>();
    for (String pair : given.split("&")) {
      if (!pair.isEmpty() && known.contains(name(pair))) {
        knownPairs.add(pair);
      }
    }
    if (String.join("&", knownPairs).equals(q.canonical())) {
      return false;
    }
    redirect(ctx, q, path);
    return true;
  }

  /** A permanent redirect to {@code q}'s canonical URL at {@code path}, the request's unknown parameters kept after it. */
  static void redirect(Context ctx, ViewQuery q, String path) {
    Set<String> known = ViewQuery.parameters(q.view());
    StringBuilder url = new StringBuilder(q.url(path));
    String given = ctx.queryString() == null ? "" : ctx.queryString();
    for (String pair : given.split("&")) {
      String name = name(pair);
      if (!pair.isEmpty() && !name.isEmpty() && !known.contains(name)) {
        int eq = pair.indexOf('=');
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        url.append(url.indexOf("?") < 0 ? '?' : '&').append(QueryString.encode(name)).append('=')
            .append(QueryString.encode(value));
      }
    }
    ctx.redirect(url.toString(), HttpStatus.MOVED_PERMANENTLY);
  }

  /** A pair's decoded name. */
  private static String name(String pair) {
    int eq = pair.indexOf('=');
    return decode(eq < 0 ? pair : pair.substring(0, eq));
  }

  /**
   * Percent-decoded, or as written when it does not decode: Javalin passes a name such as {@code %zz} through undecoded, and an
   * unknown parameter is ignored whatever its spelling, so it must not fail here.
   */
  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
