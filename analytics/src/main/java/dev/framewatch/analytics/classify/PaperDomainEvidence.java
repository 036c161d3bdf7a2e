package dev.framewatch.analytics.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.typesafe.config.Config;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a paper of a general venue says about its domain itself, beyond its venue: the OpenReview primary area its authors
 * chose, its OpenReview keywords, its arXiv primary category, and a single-domain venue its arXiv comment or journal
 * reference names ({@code weak-labels.conf}). Tried in that order: the area is one choice among a fixed list, keywords are
 * free text, and a category is filed before a venue accepts the paper.
 */
final class PaperDomainEvidence {
  static final String AREA = "openreview-area";
  static final String KEYWORDS = "openreview-keywords";
  static final String CATEGORY = "arxiv-category";
  static final String COMMENT_VENUE = "arxiv-comment-venue";

  /** Keywords starting with any of {@code words} (lower case, at a word start) are about {@code domain}. */
  record KeywordRule(String domain, List<String> words) {
    KeywordRule {
      words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
  }

  private record CompiledRule(String domain, Pattern pattern) {}

  private final Map<String, String> areas;
  private final List<CompiledRule> keywordRules;
  private final Map<String, String> categories;
  private final Vocabulary vocabulary;
  private final Pattern commentVenue;

  PaperDomainEvidence(Map<String, String> areas, List<KeywordRule> keywordRules, Map<String, String> categories,
      Vocabulary vocabulary, List<String> commentVenues) {
    Map<String, String> lower = new LinkedHashMap<>();
    areas.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT).trim(), v));
    this.areas = Map.copyOf(lower);
    this.keywordRules = keywordRules.stream().map(r -> new CompiledRule(r.domain(), wordStarts(r.words()))).toList();
    this.categories = Map.copyOf(categories);
    this.vocabulary = vocabulary;
    this.commentVenue = commentVenues.isEmpty() ? null : Pattern.compile("\\b(" + String.join("|",
        commentVenues.stream().map(Pattern::quote).toList()) + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  static PaperDomainEvidence from(Config c, Vocabulary vocabulary) {
    List<KeywordRule> rules = c.getConfigList("openreview-keywords").stream()
        .map(r -> new KeywordRule(r.getString("domain"), r.getStringList("words"))).toList();
    return new PaperDomainEvidence(WeakDomainLabels.flat(c.getConfig("openreview-areas")), rules,
        WeakDomainLabels.flat(c.getConfig("arxiv-categories")), vocabulary, c.getStringList("arxiv-comment-venues"));
  }

  /** A word of the keyword starts with one of the words: "robot" matches "Robotics", not "microrobot" nor "parrot". */
  private static Pattern wordStarts(List<String> words) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  Optional<WeakDomainLabels.WeakLabel> of(Paper p) {
    String area = text(p.extra().get("primary_area"));
    if (area != null && areas.containsKey(area.toLowerCase(Locale.ROOT).trim())) {
      return label(areas.get(area.toLowerCase(Locale.ROOT).trim()), AREA);
    }
    Optional<String> fromKeywords = agreed(keywordDomains(p.extra().get("keywords")));
    if (fromKeywords.isPresent()) {
      return label(fromKeywords.get(), KEYWORDS);
    }
    String category = text(p.extra().get("primary_category"));
    if (category != null && categories.containsKey(category)) {
      return label(categories.get(category), CATEGORY);
    }
    return agreed(commentVenueDomains(p)).flatMap(d -> label(d, COMMENT_VENUE));
  }

  private static Optional<WeakDomainLabels.WeakLabel> label(String domain, String source) {
    return Optional.of(new WeakDomainLabels.WeakLabel(domain, source));
  }

  /** The one domain all the evidence names; none when it names none or two. */
  private static Optional<String> agreed(Set<String> domains) {
    return domains.size() == 1 ? Optional.of(domains.iterator().next()) : Optional.empty();
  }

  private Set<String> keywordDomains(JsonNode keywords) {
    Set<String> out = new TreeSet<>();
    if (keywords == null || !keywords.isArray()) {
      return out;
    }
    for (JsonNode k : keywords) {
      if (k.isTextual()) {
        for (CompiledRule rule : keywordRules) {
          if (rule.pattern().matcher(k.textValue()).find()) {
            out.add(rule.domain());
          }
        }
      }
    }
    return out;
  }

  private Set<String> commentVenueDomains(Paper p) {
    Set<String> out = new TreeSet<>();
    if (commentVenue == null) {
      return out;
    }
    List<String> texts = new ArrayList<>();
    texts.add(text(p.extra().get("comment")));
    texts.add(text(p.extra().get("journal_ref")));
    for (String t : texts) {
      if (t != null) {
        var m = commentVenue.matcher(t);
        while (m.find()) {
          vocabulary.domainOfVenue(vocabulary.normalizeVenue(m.group(1))).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n != null && n.isTextual() ? n.textValue() : null;
  }
}
