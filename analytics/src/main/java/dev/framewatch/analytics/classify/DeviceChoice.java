package dev.framewatch.analytics.classify;

import ai.djl.Device;
import ai.djl.engine.Engine;

/**
 * {@code classify.device}: {@code auto} runs on the first GPU the engine reports and on the CPU otherwise; {@code gpu} without a
 * GPU is an error rather than a silent fall-back, so a run that was meant for a GPU does not quietly take hours. Each engine is
 * asked for itself: the heads train on DJL's PyTorch engine ({@link #resolve(String)}), the sentence encoders run on ONNX
 * Runtime ({@link #forEncoders(String)}), whose Maven Central build is CPU-only unless {@code onnxruntime_gpu} replaces it.
 */
public final class DeviceChoice {
  private DeviceChoice() {}

  /** Where the heads train: by the GPUs DJL's PyTorch engine reports. */
  public static Device resolve(String setting) {
    return resolve(setting, HeadTrainer.ENGINE, Engine.getEngine(HeadTrainer.ENGINE).getGpuCount());
  }

  /** Where the sentence encoders run: by the GPUs DJL's OnnxRuntime engine reports (none with the CPU build). */
  public static Device forEncoders(String setting) {
    return resolve(setting, SentenceEncoder.ENGINE, Engine.getEngine(SentenceEncoder.ENGINE).getGpuCount());
  }

  /**
   * The device for {@code setting} when {@code engine} reports {@code gpus} GPUs.
   *
   * @throws IllegalArgumentException for {@code gpu} without a GPU, or a setting other than auto, cpu and gpu
   */
  public static Device resolve(String setting, String engine, int gpus) {
    return switch (setting) {
      case "cpu" -> Device.cpu();
      case "auto" -> gpus > 0 ? Device.gpu(0) : Device.cpu();
      case "gpu" -> {
        if (gpus == 0) {
          throw new IllegalArgumentException("classify.device=gpu, but the " + engine + " engine sees no GPU (use auto or cpu)");
        }
        yield Device.gpu(0);
      }
      default -> throw new IllegalArgumentException("classify.device must be auto, cpu or gpu, got " + setting);
    };
  }

  /**
   * The setting the heads are placed by. With a sentence encoder among the candidates, {@code gpu} asks for the encoder's GPU,
   * where the work is: the heads (one linear layer) then go to a GPU only where PyTorch has one, since the PyTorch natives on
   * Maven Central are CPU builds and {@code -Pgpu} swaps in only ONNX Runtime's. Without an encoder the setting stands.
   */
  public static String headSetting(String setting, boolean withEncoder) {
    return withEncoder && "gpu".equals(setting) ? "auto" : setting;
  }

  /** "cpu" or "gpu(0)", for the line that says where a model was trained. */
  public static String describe(Device device) {
    return device.isGpu() ? "gpu(" + device.getDeviceId() + ")" : "cpu";
  }
}
