package dev.framewatch.ingest.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per origin (scheme, host, port), fetched once per fetcher and parsed with crawler-commons. Following RFC 9309: a
 * missing robots.txt (4xx) allows everything; one that cannot be fetched (5xx, network errors) allows nothing, because the
 * crawler cannot know what the site wants.
 */
final class RobotsPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(RobotsPolicy.class);
  /**
   * A robots.txt is read up to this many bytes and its rules taken from them: RFC 9309 (2.5) asks crawlers to parse at least
   * 500 KiB and lets them ignore the rest, so a larger file is cut, never taken as a failure that would disallow the host.
   */
  static final int MAX_ROBOTS_BYTES = 512 * 1024;

  /** What the fetcher does to get one robots.txt; a failure is an exception. */
  interface RobotsSource {
    FetchResult fetch(FetchRequest request) throws FetchException;
  }

  private final String robotName;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> byOrigin = new ConcurrentHashMap<>();

  RobotsPolicy(String robotName) {
    this.robotName = robotName;
  }

  static URI robotsUrl(URI url) {
    return URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/robots.txt");
  }

  /** The rules for the origin of {@code url}, fetched on first use. */
  BaseRobotRules rulesFor(URI url, RobotsSource source) {
    URI robots = robotsUrl(url);
    return byOrigin.computeIfAbsent(robots.toString(), key -> load(robots, source));
  }

  private BaseRobotRules load(URI robots, RobotsSource source) {
    try {
      FetchResult r = source.fetch(FetchRequest.get(robots).withFirstBytes(MAX_ROBOTS_BYTES));
      if (r.status() >= 200 && r.status() < 300) {
        byte[] rules = r.bytes();
        if (rules.length == MAX_ROBOTS_BYTES) {
          rules = wholeLines(rules);
          LOG.info("{}: {} bytes or more; rules taken from its first {} bytes (RFC 9309 allows the cut)", robots,
              MAX_ROBOTS_BYTES, rules.length);
        }
        return parser.parseContent(robots.toString(), rules, r.header("Content-Type").orElse("text/plain"), robotName);
      }
      LOG.info("{}: HTTP {}; {}", robots, r.status(), r.status() < 500 ? "no rules, all allowed" : "everything disallowed");
      return parser.failedFetch(r.status());
    } catch (FetchException e) {
      LOG.warn("{}: cannot be fetched ({}); everything on that host disallowed", robots, e.reason());
      return parser.failedFetch(503);
    }
  }

  /**
   * The bytes up to and including the last line break: a line cut in the middle could turn {@code Disallow: /private/} into
   * {@code Disallow: /}, so the cut line is dropped.
   */
  static byte[] wholeLines(byte[] cut) {
    for (int i = cut.length - 1; i >= 0; i--) {
      if (cut[i] == '\n' || cut[i] == '\r') {
        return java.util.Arrays.copyOf(cut, i + 1);
      }
    }
    return new byte[0];
  }
}
