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
  /** robots.txt files larger than this are cut, as RFC 9309 allows (it asks parsers to read at least 500 KiB). */
  static final long MAX_ROBOTS_BYTES = 512 * 1024;

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
      FetchResult r = source.fetch(FetchRequest.get(robots).withMaxBytes(MAX_ROBOTS_BYTES));
      if (r.status() >= 200 && r.status() < 300) {
        return parser.parseContent(robots.toString(), r.bytes(), r.header("Content-Type").orElse("text/plain"), robotName);
      }
      LOG.info("{}: HTTP {}; {}", robots, r.status(), r.status() < 500 ? "no rules, all allowed" : "everything disallowed");
      return parser.failedFetch(r.status());
    } catch (FetchException e) {
      if (e.reason().startsWith("body larger than")) {
        LOG.warn("{}: larger than {} bytes; everything disallowed", robots, MAX_ROBOTS_BYTES);
      } else {
        LOG.warn("{}: cannot be fetched ({}); everything on that host disallowed", robots, e.reason());
      }
      return parser.failedFetch(503);
    }
  }
}
