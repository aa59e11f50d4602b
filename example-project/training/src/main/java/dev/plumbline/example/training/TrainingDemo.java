// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.example.training;

import dev.plumbline.annotations.EntryPoint;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainerConfigLoader;
import dev.plumbline.trainer.data.Batch;
import dev.plumbline.trainer.data.DatasetPreparer;
import dev.plumbline.trainer.data.PreparedDataset;
import dev.plumbline.trainer.data.Split;
import dev.plumbline.trainer.data.TokenDataset;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.HardwareReport;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import java.nio.file.Path;

/**
 * The training example: reads {@code configs/default.yaml}, reports the hardware and precision
 * plan, tokenizes the real text under {@code training_data/} (Apache Commons Lang's sources,
 * unpacked there by the build), opens the token files for batching, and trains a small GPT on them
 * on the CPU ({@code configs/cpu-demo.yaml}, a few minutes; see {@link GptTraining}).
 *
 * <p>Run it as a program with the example's directory as its argument:
 * {@code TrainingDemo example-project/training}.
 */
@EntryPoint
public final class TrainingDemo {

  private TrainingDemo() {
  }

  /**
   * Runs the example from the command line.
   *
   * @param args one argument, the directory holding {@code configs/default.yaml}; the current
   *     directory when absent
   */
  public static void main(String[] args) {
    run(Path.of(args.length == 0 ? "." : args[0]));
  }

  /**
   * Runs the example.
   *
   * @param workDir the directory holding {@code configs/default.yaml}
   */
  public static void run(Path workDir) {
    TrainerConfig config = TrainerConfigLoader.load(workDir.resolve("configs/default.yaml"));
    System.out.println("✓ Configuration valid: " + config.source());
    HardwareProfile profile = HardwareProfile.detect();
    PrecisionPlan plan = PrecisionPlan.forProfile(profile, config.training().precision());
    HardwareReport.print(profile, plan);
    PreparedDataset prepared = new DatasetPreparer().prepare(config.data());
    TokenDataset dataset = TokenDataset.open(prepared.binDir(), config.training().seed());
    dataset.requireSampleCounts(config.model().blockSize());
    Batch batch = dataset.getBatch(Split.TRAIN, config.training().batchSize(),
        config.model().blockSize());
    System.out.printf("✓ Token data ready: %,d train + %,d val tokens, vocabulary %d, first batch"
        + " %d x %d%n", dataset.tokenCount(Split.TRAIN), dataset.tokenCount(Split.VAL),
        dataset.vocabSize(), batch.batchSize(), batch.blockSize());
    GptTraining.train(workDir.resolve("configs/cpu-demo.yaml"));
  }
}
