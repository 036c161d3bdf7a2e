package dev.framewatch.analytics.adoption;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every adoption signal's rows, each from its {@link AdoptionSource}. New-repos (and its Python variant) are measured by the
 * GitHub crawl and kept in the adoption index; paper-code and model-downloads are counted from the evidence index
 * ({@link EvidenceIndexSource}). {@link #with} plugs another source in.
 */
public final class AdoptionService {
  private final Map<AdoptionSignal, AdoptionSource> sources;

  private AdoptionService(Map<AdoptionSignal, AdoptionSource> sources) {
    this.sources = sources;
  }

  /** The signals of this build over the index at {@code indexDir}. */
  public static AdoptionService over(Path indexDir) {
    Map<AdoptionSignal, AdoptionSource> s = new EnumMap<>(AdoptionSignal.class);
    s.put(AdoptionSignal.NEW_REPOS, new MeasuredSource(indexDir, AdoptionSignal.NEW_REPOS));
    s.put(AdoptionSignal.NEW_PYTHON_REPOS, new MeasuredSource(indexDir, AdoptionSignal.NEW_PYTHON_REPOS));
    s.put(AdoptionSignal.PAPER_CODE, EvidenceIndexSource.paperCode(indexDir));
    s.put(AdoptionSignal.MODEL_DOWNLOADS, EvidenceIndexSource.modelDownloads(indexDir));
    return new AdoptionService(s);
  }

  /** This service with {@code signal}'s rows from {@code source}: where paper-code and model-downloads plug in. */
  public AdoptionService with(AdoptionSignal signal, AdoptionSource source) {
    Map<AdoptionSignal, AdoptionSource> s = new EnumMap<>(sources);
    s.put(signal, source);
    return new AdoptionService(s);
  }

  /** @throws SignalNotAvailableException when the signal's source is not built yet */
  public List<AdoptionRow> rows(AdoptionQuery query) {
    return sources.get(query.signal()).rows(query);
  }

  /** Whether asking for {@code signal} gives rows rather than {@link SignalNotAvailableException}. */
  public boolean available(AdoptionSignal signal) {
    return sources.get(signal).available();
  }
}
