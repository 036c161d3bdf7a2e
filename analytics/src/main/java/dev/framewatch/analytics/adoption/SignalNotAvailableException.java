package dev.framewatch.analytics.adoption;

/** A signal this build cannot measure yet; the message names it and what it waits for. */
public final class SignalNotAvailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient AdoptionSignal signal;

  public SignalNotAvailableException(AdoptionSignal signal, String why) {
    super("adoption signal '" + signal.key() + "' is not available yet: " + why);
    this.signal = signal;
  }

  public AdoptionSignal signal() {
    return signal;
  }
}
