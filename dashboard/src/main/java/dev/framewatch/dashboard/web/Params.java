package dev.framewatch.dashboard.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, read strictly: a parameter the route does not know, a repeated one, an over-long one or
 * a value of the wrong shape is a {@link BadParameter} naming it. Strictness is what keeps one chart at one URL and lets a
 * typo fail loudly instead of silently showing the default. The image and embed routes read through {@link #ignoringUnknown}
 * instead: there an unknown name is a cache-buster, and only known parameters are checked.
 */
public final class Params {
  /** Longer values are refused: no legitimate filter needs more, and it bounds the work one request can ask for. */
  public static final int MAX_VALUE_LENGTH = 2000;

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private final Map<String, List<String>> raw;

  private Params(Map<String, List<String>> raw) {
    this.raw = raw;
  }

  /** @throws BadParameter for a parameter outside {@code allowed}, given twice, or too long */
  public static Params of(Map<String, List<String>> query, Set<String> allowed) {
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String name = e.getKey();
      if (name.isEmpty()) {
        continue; // "a=1&&b=2" or a trailing "&": no parameter was meant
      }
      if (allowed.isEmpty()) {
        throw new BadParameter(printable(name), "unknown parameter '" + printable(name) + "': this takes no parameters");
      }
      if (!allowed.contains(name)) {
        throw new BadParameter(printable(name), "unknown parameter '" + printable(name) + "' (expected one of "
            + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
      }
      if (e.getValue().isEmpty()) {
        // Javalin drops a value it cannot decode (a lone '%', '%zz', bytes that are not UTF-8) and keeps the name.
        throw new BadParameter(printable(name), "the value of '" + printable(name) + "' is not valid percent-encoded UTF-8");
      }
      if (e.getValue().size() > 1) {
        throw new BadParameter(name, "parameter '" + name + "' given " + e.getValue().size() + " times; give it once");
      }
      if (e.getValue().get(0).length() > MAX_VALUE_LENGTH) {
        throw new BadParameter(name, "parameter '" + name + "' is longer than " + MAX_VALUE_LENGTH + " characters");
      }
    }
    return new Params(query);
  }

  /**
   * Like {@link #of}, but parameters outside {@code allowed} are ignored rather than refused: for the URLs that end up in
   * {@code <img src>} and iframes (charts, embeds, view pages), where a cache-buster such as {@code &v=2} must not break the
   * image. A known parameter with a bad value is still a {@link BadParameter} naming it.
   */
  public static Params ignoringUnknown(Map<String, List<String>> query, Set<String> allowed) {
    Map<String, List<String>> known = new java.util.LinkedHashMap<>();
    query.forEach((name, values) -> {
      if (allowed.contains(name)) {
        known.put(name, values);
      }
    });
    return of(known, allowed);
  }

  /**
   * The request's query parameters. Javalin decodes them on first use and throws on a malformed escape ({@code %zz}, a lone
   * {@code %}, bytes that are not UTF-8); that is the client's input, so it becomes a {@link BadParameter} naming the parameter.
   */
  public static Map<String, List<String>> query(io.javalin.http.Context ctx) {
    try {
      return ctx.queryParamMap();
    } catch (RuntimeException e) {
      String raw = ctx.queryString() == null ? "" : ctx.queryString();
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        if (!decodes(name)) {
          throw new BadParameter(printable(name), "parameter name '" + printable(name) + "' is not valid percent-encoded UTF-8");
        }
        if (!decodes(value)) {
          String decodedName = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
          throw new BadParameter(printable(decodedName), "the value of '" + printable(decodedName)
              + "' is not valid percent-encoded UTF-8: '" + printable(value) + "'");
        }
      }
      throw new BadParameter("query", "the query string is malformed: " + printable(raw));
    }
  }

  private static boolean decodes(String s) {
    try {
      java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(percentDecode(s)));
      return true;
    } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] percentDecode(String s) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          throw new IllegalArgumentException("incomplete escape");
        }
        out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /** The value, trimmed; null when absent or blank. */
  public String string(String name) {
    List<String> v = raw.get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    String s = v.get(0).trim();
    return s.isEmpty() ? null : s;
  }

  public int integer(String name, int min, int max, int absent) {
    String s = string(name);
    if (s == null) {
      return absent;
    }
    try {
      int n = Integer.parseInt(s);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the one message below
    }
    throw new BadParameter(name, name + " must be a whole number from " + min + " to " + max + ", got '" + printable(s) + "'");
  }

  public Integer year(String name) {
    String s = string(name);
    return s == null ? null : integer(name, 1900, 2200, 0);
  }

  public boolean bool(String name, boolean absent) {
    String s = string(name);
    if (s == null) {
      return absent;
    }
    return switch (s) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new BadParameter(name, name + " must be true or false, got '" + printable(s) + "'");
    };
  }

  public LocalDate date(String name) {
    String s = string(name);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadParameter(name, name + " must be a date like 2020-01-31, got '" + printable(s) + "'");
    }
  }

  /** One of {@code choices}, or {@code absent}. */
  public String choice(String name, List<String> choices, String absent) {
    String s = string(name);
    if (s == null) {
      return absent;
    }
    String v = s.toLowerCase(java.util.Locale.ROOT);
    if (!choices.contains(v)) {
      throw new BadParameter(name, name + " must be one of " + String.join(", ", choices) + ", got '" + printable(s) + "'");
    }
    return v;
  }

  /** A comma-separated list, each item trimmed and matching {@code item}, duplicates dropped, at most {@code max} items. */
  public List<String> list(String name, Pattern item, String itemDescription, int max) {
    String s = string(name);
    if (s == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String part : s.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      if (!item.matcher(p).matches()) {
        throw new BadParameter(name, name + ": '" + printable(p) + "' is not " + itemDescription);
      }
      out.add(p);
    }
    if (out.size() > max) {
      throw new BadParameter(name, name + " lists " + out.size() + " items; at most " + max);
    }
    return new ArrayList<>(out);
  }

  /** A method name (never a file path: the API must not read files the client names). */
  public String methodName(String name) {
    String s = string(name);
    if (s != null && !NAME.matcher(s).matches()) {
      throw new BadParameter(name, name + " must be a method name such as default or horace-2019, got '" + printable(s) + "'");
    }
    return s;
  }

  /** Control characters replaced, length bounded: a value quoted back in an error message stays one readable line. */
  public static String printable(String s) {
    String cut = s.length() > 200 ? s.substring(0, 200) + "..." : s;
    StringBuilder sb = new StringBuilder(cut.length());
    cut.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return sb.toString();
  }
}
