package dev.plumbline.trainer.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.sun.jna.NativeLibrary;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A training run in a child JVM whose address space is capped (RLIMIT_AS) a given number of bytes
 * above what it uses once libtorch is loaded, so that libtorch's allocator really fails for a
 * batch that does not fit. Arguments: the config file and the headroom in bytes.
 */
public final class OutOfMemoryProcess {

  static final String LOSSES_MARKER = "[INFO] losses: ";
  private static final int RLIMIT_AS = 9;

  private OutOfMemoryProcess() {}

  /**
   * Caps the address space, then trains.
   *
   * @param args the config file, then the headroom in bytes
   * @throws Exception when training fails (the parent test sees the exit code and output)
   */
  public static void main(String[] args) throws Exception {
    TrainerConfig config = TrainingFixture.load(Path.of(args[0]));
    long headroom = Long.parseLong(args[1]);
    PrecisionPlan plan = PrecisionPlan.forProfile(HardwareProfile.detect(), "fp32");
    try (NDManager manager = NDManager.newBaseManager();
        NDArray warmUp = manager.randomNormal(new ai.djl.ndarray.types.Shape(256, 256))) {
      // Loads libtorch and starts its threads before the cap, so the cap only meets tensors.
      warmUp.matMul(warmUp).close();
    }
    long limit = virtualMemoryBytes() + headroom;
    int rc = NativeLibrary.getInstance("c").getFunction("setrlimit")
        .invokeInt(new Object[] {RLIMIT_AS, new long[] {limit, limit}});
    System.out.println("[INFO] address space capped at " + limit + " bytes (rc " + rc + ")");
    TrainingResult result = Trainer.forConfig(config).precisionPlan(plan).train();
    System.out.println("[INFO] finished at step " + result.finalStep());
    System.out.println(LOSSES_MARKER + result.trainLosses().stream()
        .map(loss -> Double.toString(loss.loss())).collect(Collectors.joining(" ")));
  }

  private static long virtualMemoryBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
      if (line.startsWith("VmSize:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    }
    throw new IOException("no VmSize in /proc/self/status");
  }
}
