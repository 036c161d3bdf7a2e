package dev.framewatch.analytics.classify;

/** A model scored on a labelled file: the scores, and which model ({@code rules} and version {@code -} for the baseline). */
public record ModelEvaluation(Evaluation evaluation, ClassifyTask task, String kind, String version) {}
