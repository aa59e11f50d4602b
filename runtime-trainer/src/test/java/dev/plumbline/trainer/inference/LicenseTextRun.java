package dev.plumbline.trainer.inference;

import dev.plumbline.trainer.config.TrainerConfigLoader;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.loop.Trainer;
import dev.plumbline.trainer.loop.TrainingResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small GPT trained silently on real English (the license texts of the test resources) in a
 * directory: what the inference tests load, and what {@link MakeParityModel} exports.
 */
final class LicenseTextRun {

  static final List<String> TEXTS = List.of(
      "apache-license-2.0.txt", "gnu-gpl-3.0.txt", "mozilla-public-license-2.0.txt");

  private LicenseTextRun() {}

  /**
   * Trains {@code steps} steps of a 2-layer, 2-head, width-32, block-32 GPT in {@code dir}; a
   * run longer than 100 steps uses learning rate 1e-3 (3e-3 diverged at step 224 once).
   *
   * @return the result; the best model is {@code dir/checkpoints/best_model.ckpt}
   */
  static TrainingResult train(Path dir, int steps) throws IOException {
    Path data = Files.createDirectories(dir.resolve("training_data"));
    for (String text : TEXTS) {
      try (InputStream in = LicenseTextRun.class.getResourceAsStream("/real-text/" + text)) {
        Files.copy(in, data.resolve(text));
      }
    }
    Path yaml = dir.resolve("config.yaml");
    Files.writeString(yaml, String.join("\n",
        "model: {n_layer: 2, n_head: 2, n_embd: 32, block_size: 32, dropout: 0.0}",
        "data: {training_data: training_data, tokenizer: byte}",
        "training: {batch_size: 16, max_steps: " + steps + ", learning_rate: "
            + (steps <= 100 ? "3.0e-3" : "1.0e-3") + ","
            + " warmup_steps: " + Math.min(20, steps) + ", eval_interval: " + steps
            + ", eval_iters: 5, seed: 1337, precision: fp32, log_interval: " + steps + "}",
        ""), StandardCharsets.UTF_8);
    return Trainer.forConfig(TrainerConfigLoader.load(yaml))
        .precisionPlan(PrecisionPlan.forProfile(HardwareProfile.detect(), "fp32"))
        .silent().train();
  }
}
