// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.example.training;

import dev.plumbline.trainer.loop.StepLoss;
import dev.plumbline.trainer.loop.Trainer;
import dev.plumbline.trainer.loop.TrainingResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The example's training step: trains (or resumes) the small GPT of {@code configs/cpu-demo.yaml}
 * on the tokenized Commons Lang sources and prints how far the loss fell.
 */
public final class GptTraining {

  private static final int SUMMARY_WINDOW = 10;

  private GptTraining() {
  }

  /**
   * Trains the GPT a config describes; killed and started again, it resumes where it stopped.
   *
   * @param configFile the trainer configuration
   * @return the outcome, with every step's loss
   */
  public static TrainingResult train(Path configFile) {
    TrainingResult result;
    try {
      result = Trainer.train(configFile);
    } catch (IOException e) {
      throw new UncheckedIOException("writing checkpoints for " + configFile + " failed: "
          + e.getMessage() + "; check free space and permissions of checkpoint.dir", e);
    }
    List<StepLoss> losses = result.trainLosses();
    if (losses.size() >= 2 * SUMMARY_WINDOW) {
      System.out.printf("✓ Trained %d steps: mean train loss %.3f over the first %d steps, %.3f"
          + " over the last %d; best val loss %.3f%n", result.finalStep(),
          mean(losses.subList(0, SUMMARY_WINDOW)), SUMMARY_WINDOW,
          mean(losses.subList(losses.size() - SUMMARY_WINDOW, losses.size())), SUMMARY_WINDOW,
          result.bestValidationLoss());
    }
    return result;
  }

  private static double mean(List<StepLoss> losses) {
    return losses.stream().mapToDouble(StepLoss::loss).average().orElse(Double.NaN);
  }
}
