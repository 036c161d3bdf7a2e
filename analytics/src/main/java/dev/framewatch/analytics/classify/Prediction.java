package dev.framewatch.analytics.classify;

/** A classifier's answer for one text: the class and the model's confidence in it (0 to 1). */
public record Prediction(String label, double confidence) {}
