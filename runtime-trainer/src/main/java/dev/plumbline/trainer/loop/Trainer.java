// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.checkpoint.AtomicFileWriter;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainerConfigLoader;
import dev.plumbline.trainer.data.DatasetPreparer;
import dev.plumbline.trainer.data.PreparedDataset;
import dev.plumbline.trainer.data.TokenDataset;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.HardwareReport;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one-call entry point: load and validate the YAML config, detect the hardware and print its
 * precision plan, tokenize the training data (skipped when up to date), then train or resume.
 */
public final class Trainer {

  private Trainer() {}

  /**
   * Trains (or resumes) the run a config file describes.
   *
   * @param configFile e.g. {@code configs/default.yaml}
   * @return the outcome of the run
   * @throws IOException when checkpoints cannot be written
   */
  public static TrainingResult train(Path configFile) throws IOException {
    TrainerConfig config = TrainerConfigLoader.load(configFile);
    HardwareProfile profile = HardwareProfile.detect();
    PrecisionPlan plan = PrecisionPlan.forProfile(profile, config.training().precision());
    HardwareReport.print(profile, plan);
    return train(config, plan, AtomicFileWriter.silent());
  }

  /**
   * Trains (or resumes) with an explicit precision plan and checkpoint writer.
   *
   * @param config the validated configuration
   * @param plan the precision plan
   * @param writer writes checkpoints atomically
   * @return the outcome of the run
   * @throws IOException when checkpoints cannot be written
   */
  public static TrainingResult train(TrainerConfig config, PrecisionPlan plan,
      AtomicFileWriter writer) throws IOException {
    PreparedDataset prepared = new DatasetPreparer().prepare(config.data());
    TokenDataset data = TokenDataset.open(prepared.binDir(), config.training().seed());
    return new TrainingRun(config, plan, data, writer).run();
  }
}
