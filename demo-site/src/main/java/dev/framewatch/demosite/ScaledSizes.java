package dev.framewatch.demosite;

import dev.framewatch.demosite.huggingface.HubModel;
import dev.framewatch.demosite.huggingface.HubModelGenerator;
import dev.framewatch.demosite.papers.DemoPaper;
import dev.framewatch.demosite.papers.PaperGenerator;
import dev.framewatch.demosite.scale.LazyList;
import dev.framewatch.demosite.scale.Scale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real sources' sizes, which a {@link Scale} of 1 ({@code full}) serves: {@link #MODELS} Hub models (about the Hub's
 * count in 2026), {@link #ARXIV} arXiv preprints over {@link #ARXIV_CATEGORIES} (a few years of the ML categories), the
 * accepted papers of {@link #VENUES} (about their real counts), and {@link dev.framewatch.demosite.github.ScaledRepos}'s
 * repositories. Each count is multiplied by the scale, rounded, and kept at least 1.
 */
public final class ScaledSizes {
  public static final int MODELS = 2_000_000;
  public static final int ARXIV = 500_000;
  public static final List<String> ARXIV_CATEGORIES = List.of("cs.CV", "cs.LG", "cs.CL", "cs.AI", "stat.ML");
  /** Six venue-years and their accepted papers at full scale. */
  public static final Map<String, Integer> VENUES = venues();

  private ScaledSizes() {}

  private static Map<String, Integer> venues() {
    Map<String, Integer> v = new LinkedHashMap<>();
    v.put("cvpr-2023", 2_353);
    v.put("cvpr-2025", 2_872);
    v.put("iclr-2024", 2_260);
    v.put("iclr-2026", 3_000);
    v.put("acl-2024", 864);
    v.put("acl-2026", 1_000);
    return java.util.Collections.unmodifiableMap(v);
  }

  /** The Hub's listing, newest first: a lazy list, each model made when asked. */
  public static List<HubModel> models(long seed, Scale scale) {
    int count = scale.of(MODELS);
    return new LazyList<>(count, i -> HubModelGenerator.at(seed, i, count));
  }

  /** Preprints per category at {@code scale}. */
  public static int arxivPerCategory(Scale scale) {
    return scale.of(ARXIV / ARXIV_CATEGORIES.size());
  }

  /** Each category's listing, newest first: lazy lists. */
  public static Map<String, List<DemoPaper>> arxiv(long seed, Scale scale) {
    int count = arxivPerCategory(scale);
    Map<String, List<DemoPaper>> out = new LinkedHashMap<>();
    for (int c = 0; c < ARXIV_CATEGORIES.size(); c++) {
      int category = c;
      out.put(ARXIV_CATEGORIES.get(c),
          new LazyList<>(count, i -> PaperGenerator.arxivPaper(seed, ARXIV_CATEGORIES, category, i, count)));
    }
    return out;
  }

  /** The preprint whose PDF key is {@code key}, made from the key; null when there is none at {@code scale}. */
  public static DemoPaper arxivByPdfKey(long seed, Scale scale, String key) {
    int count = arxivPerCategory(scale);
    return PaperGenerator.arxivByPdfKey(seed, ARXIV_CATEGORIES,
        java.util.Collections.nCopies(ARXIV_CATEGORIES.size(), count), key);
  }

  /** Every venue-year's papers, in listing order. Thousands at full scale, made once (their services index them by id). */
  public static List<DemoPaper> venuePapers(long seed, Scale scale) {
    List<DemoPaper> out = new ArrayList<>();
    VENUES.forEach((listing, full) -> {
      String venue = listing.substring(0, listing.indexOf('-'));
      int year = Integer.parseInt(listing.substring(listing.indexOf('-') + 1));
      DemoPaper.Site site = switch (venue) {
        case "cvpr" -> DemoPaper.Site.CVF;
        case "iclr" -> DemoPaper.Site.OPENREVIEW;
        default -> DemoPaper.Site.ACL;
      };
      int count = scale.of(full);
      for (int i = 0; i < count; i++) {
        out.add(PaperGenerator.venuePaper(seed, site, year, i, count));
      }
    });
    return out;
  }
}
