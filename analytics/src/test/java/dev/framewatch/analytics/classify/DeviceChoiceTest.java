package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Device;
import ai.djl.engine.Engine;
import org.junit.jupiter.api.Test;

/** classify.device for each engine: auto takes a GPU only when the engine reports one; gpu without one is an error. */
class DeviceChoiceTest {
  @Test
  void autoTakesTheGpuOnlyWhenTheEngineReportsOne() {
    assertEquals(Device.cpu(), DeviceChoice.resolve("auto", "PyTorch", 0));
    assertEquals(Device.gpu(0), DeviceChoice.resolve("auto", "PyTorch", 1));
    assertEquals(Device.gpu(0), DeviceChoice.resolve("auto", "OnnxRuntime", 2));
    assertEquals(Device.cpu(), DeviceChoice.resolve("cpu", "OnnxRuntime", 1));
    assertEquals(Device.gpu(0), DeviceChoice.resolve("gpu", "OnnxRuntime", 1));
    assertEquals("gpu(0)", DeviceChoice.describe(Device.gpu(0)));
    assertEquals("cpu", DeviceChoice.describe(Device.cpu()));
  }

  @Test
  void gpuWithoutOneIsAnErrorNamingTheEngine() {
    assertEquals("classify.device=gpu, but the OnnxRuntime engine sees no GPU (use auto or cpu)",
        assertThrows(IllegalArgumentException.class, () -> DeviceChoice.resolve("gpu", "OnnxRuntime", 0)).getMessage());
    assertEquals("classify.device=gpu, but the PyTorch engine sees no GPU (use auto or cpu)",
        assertThrows(IllegalArgumentException.class, () -> DeviceChoice.resolve("gpu", "PyTorch", 0)).getMessage());
    assertEquals("classify.device must be auto, cpu or gpu, got tpu",
        assertThrows(IllegalArgumentException.class, () -> DeviceChoice.resolve("tpu", "PyTorch", 1)).getMessage());
  }

  @Test
  void gpuWithAnEncoderAsksTheEncoderForItAndLetsTheHeadsFollowPyTorch() {
    assertEquals("auto", DeviceChoice.headSetting("gpu", true));
    assertEquals("gpu", DeviceChoice.headSetting("gpu", false));
    assertEquals("cpu", DeviceChoice.headSetting("cpu", true));
    assertEquals("auto", DeviceChoice.headSetting("auto", false));
    // -Pgpu on a GPU machine: ONNX Runtime sees the GPU, PyTorch (CPU natives) does not; the run goes on, encoder on the GPU.
    assertEquals(Device.gpu(0), DeviceChoice.resolve("gpu", "OnnxRuntime", 1));
    assertEquals(Device.cpu(), DeviceChoice.resolve(DeviceChoice.headSetting("gpu", true), "PyTorch", 0));
  }

  @Test
  void theEnginesOfThisMachineDecide() {
    // The encoders' ONNX Runtime from Maven Central is the CPU build: it reports no GPU, so auto keeps them on the CPU even
    // where PyTorch sees one, and gpu for an encoder says so.
    int ortGpus = Engine.getEngine(SentenceEncoder.ENGINE).getGpuCount();
    assertEquals(ortGpus > 0 ? Device.gpu(0) : Device.cpu(), DeviceChoice.forEncoders("auto"));
    int torchGpus = Engine.getEngine(HeadTrainer.ENGINE).getGpuCount();
    assertEquals(torchGpus > 0 ? Device.gpu(0) : Device.cpu(), DeviceChoice.resolve("auto"));
    if (ortGpus == 0) {
      assertThrows(IllegalArgumentException.class, () -> DeviceChoice.forEncoders("gpu"));
    }
  }
}
