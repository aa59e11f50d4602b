// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.example.training;

import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.data.TokenDataset;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.loop.StepLoss;
import dev.plumbline.trainer.loop.Trainer;
import dev.plumbline.trainer.loop.TrainingResult;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The example's training step: trains (or resumes) the small GPT of {@code configs/cpu-demo.yaml}
 * on the tokenized Commons Lang sources and says how far the loss fell over the steps it trained
 * (a run that was already complete is reported by the trainer, with how to go on).
 */
public final class GptTraining {

  private static final int SUMMARY_WINDOW = 10;

  private GptTraining() {
  }

  /**
   * Trains the GPT a config describes; killed and started again, it resumes where it stopped.
   *
   * @param config the trainer configuration
   * @param plan the precision plan (already reported)
   * @param dataset the config's token files, opened with its seed
   * @return the outcome, with the loss of every step this call trained
   * @throws IOException when a checkpoint cannot be written or another run holds checkpoint.dir
   */
  public static TrainingResult train(TrainerConfig config, PrecisionPlan plan,
      TokenDataset dataset) throws IOException {
    TrainingResult result =
        Trainer.forConfig(config).precisionPlan(plan).dataset(dataset).train();
    summary(result).ifPresent(System.out::println);
    return result;
  }

  /**
   * One line on what a call to the trainer did, when it trained anything (a run that was already
   * complete is reported by the trainer itself, with how to go on).
   *
   * @param result its outcome
   * @return the line, with its status prefix, or empty when nothing was trained
   */
  static Optional<String> summary(TrainingResult result) {
    if (result.stepsTrained() == 0) {
      return Optional.empty();
    }
    String steps = result.startStep() == 0
        ? String.format("Trained %d steps", result.stepsTrained())
        : String.format("Trained steps %d to %d (resumed at step %d)", result.startStep() + 1,
            result.finalStep(), result.startStep());
    List<StepLoss> losses = result.trainLosses();
    if (losses.size() < 2 * SUMMARY_WINDOW) {
      return Optional.of(String.format("✓ %s; best val loss %.3f", steps,
          result.bestValidationLoss()));
    }
    return Optional.of(String.format("✓ %s: mean train loss %.3f over the first %d, %.3f over"
        + " the last %d; best val loss %.3f", steps, mean(losses.subList(0, SUMMARY_WINDOW)),
        SUMMARY_WINDOW, mean(losses.subList(losses.size() - SUMMARY_WINDOW, losses.size())),
        SUMMARY_WINDOW, result.bestValidationLoss()));
  }

  private static double mean(List<StepLoss> losses) {
    return losses.stream().mapToDouble(StepLoss::loss).average().orElse(Double.NaN);
  }
}
