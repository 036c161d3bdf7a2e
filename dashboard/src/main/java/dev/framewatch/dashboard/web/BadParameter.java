package dev.framewatch.dashboard.web;

/**
 * A client sent a parameter the dashboard cannot use: answered 400 with a JSON body naming the parameter and the problem, never
 * a 500.
 */
public final class BadParameter extends RuntimeException {
  private final String parameter;

  public BadParameter(String parameter, String problem) {
    super(problem, null, false, false); // no stack trace: this is the client's input, not a fault
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
