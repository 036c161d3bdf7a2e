package dev.framewatch.dashboard;

/** The bundled Chart.js WebJar version; kept equal to chartjs.version in the parent POM (a test checks the file is there). */
final class ChartJs {
  static final String VERSION = "4.5.1";

  private ChartJs() {}
}
