package dev.framewatch.analytics.adoption;

import java.time.YearMonth;

/**
 * One framework's value of an adoption signal in one month, as {@link PaperCodeSignal} and {@link ModelDownloadsSignal} give
 * it (the {@code framewatch adoption} seam maps it to its own row type: month, framework, value).
 *
 * @param value papers counted (paper-code) or downloads summed (model-downloads)
 * @param share the value's share of the month's total over all frameworks, 0 to 1 (for model-downloads, the
 *     downloads-weighted share; for paper-code, of papers whose code names any framework)
 */
public record SignalRow(YearMonth month, String framework, long value, double share) {}
