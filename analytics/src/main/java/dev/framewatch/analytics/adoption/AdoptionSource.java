package dev.framewatch.analytics.adoption;

import java.util.List;

/**
 * Where one signal's rows come from: the seam each adoption signal plugs into ({@link AdoptionService} holds one per signal).
 * A signal whose source is not built yet is {@link #unavailable}: asking for it fails with {@link SignalNotAvailableException},
 * which the command line and the API turn into a clear message, never into empty output that would read as "no adoption".
 */
public interface AdoptionSource {
  /** The rows the query asks for, ordered by month, then framework in vocabulary order. */
  List<AdoptionRow> rows(AdoptionQuery query);

  /** Whether {@link #rows} answers rather than throwing {@link SignalNotAvailableException}. */
  default boolean available() {
    return true;
  }

  /** A source for a signal not available in this build; {@code why} says what it needs. */
  static AdoptionSource unavailable(AdoptionSignal signal, String why) {
    return new AdoptionSource() {
      @Override
      public List<AdoptionRow> rows(AdoptionQuery query) {
        throw new SignalNotAvailableException(signal, why);
      }

      @Override
      public boolean available() {
        return false;
      }
    };
  }
}
