package dev.framewatch.analytics.classify;

import ai.djl.Device;
import ai.djl.engine.Engine;

/**
 * {@code classify.device}: {@code auto} trains on the first GPU the PyTorch engine reports and on the CPU otherwise; {@code gpu}
 * without a GPU is an error rather than a silent fall-back, so a run that was meant for a GPU does not quietly take hours.
 */
public final class DeviceChoice {
  private DeviceChoice() {}

  public static Device resolve(String setting) {
    int gpus = Engine.getEngine(HeadTrainer.ENGINE).getGpuCount();
    return switch (setting) {
      case "cpu" -> Device.cpu();
      case "auto" -> gpus > 0 ? Device.gpu(0) : Device.cpu();
      case "gpu" -> {
        if (gpus == 0) {
          throw new IllegalArgumentException("classify.device=gpu, but the PyTorch engine sees no GPU (use auto or cpu)");
        }
        yield Device.gpu(0);
      }
      default -> throw new IllegalArgumentException("classify.device must be auto, cpu or gpu, got " + setting);
    };
  }

  /** "cpu" or "gpu(0)", for the line that says where a model was trained. */
  public static String describe(Device device) {
    return device.isGpu() ? "gpu(" + device.getDeviceId() + ")" : "cpu";
  }
}
