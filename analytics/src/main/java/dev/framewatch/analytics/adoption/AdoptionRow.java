package dev.framewatch.analytics.adoption;

import java.time.YearMonth;

/**
 * One framework's value of one signal in one month.
 *
 * @param incomplete the source said the value may be short (GitHub's {@code incomplete_results} after retries)
 */
public record AdoptionRow(YearMonth month, String framework, long value, boolean incomplete) {}
