package dev.framewatch.bench;

/** Where a benchmark ran: printed with every report so figures are never read without their machine. */
public record Machine(int cores, long maxHeapMb, String jdk, String os) {
  public static Machine current() {
    Runtime rt = Runtime.getRuntime();
    return new Machine(rt.availableProcessors(), rt.maxMemory() / (1024 * 1024),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }
}
