package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.checkpoint.AtomicFileWriter;
import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import java.nio.file.Path;

/**
 * A training run in a child JVM, for the kill-and-resume tests. Arguments: the config file, and
 * optionally a step whose checkpoint write pauses after its first chunk (printing a marker) so
 * that the parent can SIGKILL the process in the middle of the write.
 */
public final class TrainingProcess {

  static final String PAUSED_MARKER = "[INFO] paused in the middle of writing ";

  private TrainingProcess() {}

  /**
   * Trains the run of a config file.
   *
   * @param args the config file, then optionally the step whose checkpoint write pauses
   * @throws Exception when training fails (the parent test sees the exit code and output)
   */
  public static void main(String[] args) throws Exception {
    TrainerConfig config = TrainingFixture.load(Path.of(args[0]));
    String pauseFile = args.length > 1 ? CheckpointStore.fileName(Long.parseLong(args[1])) : "";
    AtomicFileWriter writer = new AtomicFileWriter((target, written, total) -> {
      if (target.getFileName().toString().equals(pauseFile) && written < total) {
        System.out.println(PAUSED_MARKER + target.getFileName() + " (" + written + "/" + total + ")");
        System.out.flush();
        sleepForever();
      }
    });
    PrecisionPlan plan = PrecisionPlan.forProfile(HardwareProfile.detect(), "fp32");
    TrainingResult result = Trainer.forConfig(config).precisionPlan(plan).checkpointWriter(writer).train();
    System.out.println("[INFO] finished at step " + result.finalStep());
  }

  private static void sleepForever() {
    try {
      Thread.sleep(600_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
