package dev.framewatch.analytics.classify;

/** One example: a text and its label (a domain such as {@code vision}, or {@code use}/{@code mention}). */
public record LabelledText(String text, String label) {}
