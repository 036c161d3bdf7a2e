package dev.framewatch.analytics.classify;

/** Precision, recall and F1 of one class, and how many true examples it had (support). */
public record ClassMetrics(double precision, double recall, double f1, int support) {}
