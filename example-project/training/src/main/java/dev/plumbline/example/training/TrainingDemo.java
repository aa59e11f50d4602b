// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.example.training;

import dev.plumbline.annotations.EntryPoint;
import dev.plumbline.trainer.config.ConfigException;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainerConfigLoader;
import dev.plumbline.trainer.data.Batch;
import dev.plumbline.trainer.data.DatasetException;
import dev.plumbline.trainer.data.DatasetPreparer;
import dev.plumbline.trainer.data.PreparedDataset;
import dev.plumbline.trainer.data.Split;
import dev.plumbline.trainer.data.TokenDataset;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.HardwareReport;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.loop.RunDivergedException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The training example: validates {@code configs/default.yaml} (the full-size run, for a GPU),
 * then runs {@code configs/cpu-demo.yaml} on the CPU: reports the hardware and precision plan,
 * tokenizes the real text under {@code training_data/} (Apache Commons Lang's sources, unpacked
 * there by the build), opens the token files for batching, and trains a small GPT on them (a few
 * minutes; see {@link GptTraining}). Each step happens once: the training reuses the plan and the
 * token files instead of preparing them again.
 *
 * <p>Run it as a program with the example's directory as its argument:
 * {@code TrainingDemo example-project/training}.
 */
@EntryPoint
public final class TrainingDemo {

  private TrainingDemo() {
  }

  /**
   * Runs the example from the command line; a failure prints one {@code [ERROR]} line saying what
   * to do, and the exit status is 1.
   *
   * @param args one argument, the directory holding {@code configs/}; the current directory when
   *     absent
   */
  public static void main(String[] args) {
    int status = runAndReport(Path.of(args.length == 0 ? "." : args[0]));
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the example and turns a failure into one {@code [ERROR]} line on standard error.
   *
   * @param workDir the directory holding {@code configs/}
   * @return 0, or 1 after a failure
   */
  static int runAndReport(Path workDir) {
    try {
      run(workDir);
      return 0;
    } catch (ConfigException | DatasetException | RunDivergedException | IOException e) {
      System.err.println("[ERROR] " + e.getMessage());
      return 1;
    }
  }

  /**
   * Runs the example.
   *
   * @param workDir the directory holding {@code configs/default.yaml} and {@code cpu-demo.yaml}
   * @throws IOException when a checkpoint cannot be written or another run holds checkpoint.dir
   */
  public static void run(Path workDir) throws IOException {
    TrainerConfig fullSize = TrainerConfigLoader.load(workDir.resolve("configs/default.yaml"));
    System.out.println("✓ Configuration valid: " + fullSize.source() + " (the full-size run)");
    TrainerConfig config = TrainerConfigLoader.load(workDir.resolve("configs/cpu-demo.yaml"));
    System.out.println("✓ Configuration valid: " + config.source() + " (trained now, on the CPU)");
    HardwareProfile profile = HardwareProfile.detect();
    PrecisionPlan plan = PrecisionPlan.forProfile(profile, config.training().precision());
    HardwareReport.print(profile, plan);
    PreparedDataset prepared = new DatasetPreparer().prepare(config.data());
    TokenDataset preview = TokenDataset.open(prepared.binDir(), config.training().seed());
    preview.requireSampleCounts(config.model().blockSize());
    Batch batch = preview.getBatch(Split.TRAIN, config.training().batchSize(),
        config.model().blockSize());
    System.out.printf("✓ Token data ready: %,d train + %,d val tokens, vocabulary %d, first batch"
        + " %d x %d%n", preview.tokenCount(Split.TRAIN), preview.tokenCount(Split.VAL),
        preview.vocabSize(), batch.batchSize(), batch.blockSize());
    // A fresh sampler: the batch above is a preview, the run draws its own from the seed.
    GptTraining.train(config, plan, TokenDataset.open(prepared.binDir(),
        config.training().seed()));
  }
}
