package dev.framewatch.dashboard.web;

import dev.framewatch.analytics.report.ReportRenderer;

/** Escaping for text placed into HTML: everything shown may come from crawled, untrusted input. */
public final class Html {
  private Html() {}

  /** The weekly report's escaping (the same five characters), so pages and report cannot drift apart. */
  public static String escape(String s) {
    return ReportRenderer.escape(s);
  }
}
