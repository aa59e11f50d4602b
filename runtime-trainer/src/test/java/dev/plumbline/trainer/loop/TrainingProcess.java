package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.checkpoint.AtomicFileWriter;
import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.listener.EvaluationCompleted;
import dev.plumbline.trainer.listener.RunControl;
import dev.plumbline.trainer.listener.RunListener;
import dev.plumbline.trainer.listener.StepCompleted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A training run in a child JVM, for the kill-and-resume tests. Arguments: the config file, and
 * optionally a step whose checkpoint write pauses after its first chunk (printing a marker) so
 * that the parent can SIGKILL the process in the middle of the write. A listener appends every
 * step's and evaluation's loss to {@value #LOSS_LOG} beside the config (a metrics log in
 * miniature), so that the losses of runs killed and resumed can be compared with an uninterrupted
 * run's.
 */
public final class TrainingProcess {

  static final String PAUSED_MARKER = "[INFO] paused in the middle of writing ";
  static final String LOSS_LOG = "losses.log";

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
    Path lossLog = Path.of(args[0]).resolveSibling(LOSS_LOG);
    RunListener logger = new RunListener() {
      @Override
      public void onStep(StepCompleted step, RunControl control) {
        append(lossLog, "step " + step.step() + " " + step.loss());
      }

      @Override
      public void onEvaluation(EvaluationCompleted evaluation, RunControl control) {
        append(lossLog, "eval " + evaluation.step() + " " + evaluation.validationLoss());
      }
    };
    TrainingResult result = Trainer.forConfig(config).precisionPlan(plan).checkpointWriter(writer)
        .listener(logger).train();
    System.out.println("[INFO] finished at step " + result.finalStep());
  }

  private static void append(Path log, String line) {
    try {
      Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleepForever() {
    try {
      Thread.sleep(600_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
