package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainerConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A tiny GPT config over real English text (license texts) in a temporary directory. */
final class TrainingFixture {

  static final List<String> TEXTS = List.of(
      "apache-license-2.0.txt", "gnu-gpl-3.0.txt", "mozilla-public-license-2.0.txt");

  private final Map<String, String> training = new LinkedHashMap<>();
  private final Map<String, String> checkpoint = new LinkedHashMap<>();
  private String model = "{n_layer: 2, n_head: 2, n_embd: 32, block_size: 32, dropout: 0.1}";

  TrainingFixture() {
    training.put("batch_size", "4");
    training.put("gradient_accumulation_steps", "2");
    training.put("max_steps", "12");
    training.put("learning_rate", "3.0e-3");
    training.put("min_learning_rate", "3.0e-4");
    training.put("warmup_steps", "3");
    training.put("lr_decay_steps", "12");
    training.put("weight_decay", "0.1");
    training.put("beta1", "0.9");
    training.put("beta2", "0.95");
    training.put("grad_clip", "1.0");
    training.put("eval_interval", "4");
    training.put("eval_iters", "2");
    training.put("early_stopping_patience", "0");
    training.put("early_stopping_min_delta", "0.0");
    training.put("seed", "1337");
    training.put("precision", "fp32");
    training.put("log_interval", "1");
    checkpoint.put("dir", "checkpoints");
    checkpoint.put("interval", "3");
    checkpoint.put("keep_last", "3");
  }

  TrainingFixture training(String key, String value) {
    training.put(key, value);
    return this;
  }

  /** Replaces the model section, given as a YAML flow mapping. */
  TrainingFixture model(String flowMapping) {
    this.model = flowMapping;
    return this;
  }

  TrainingFixture checkpoint(String key, String value) {
    checkpoint.put(key, value);
    return this;
  }

  /** Writes training_data/ and config.yaml into {@code dir} and returns the YAML path. */
  Path write(Path dir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("training_data"));
    for (String text : TEXTS) {
      try (InputStream in = TrainingFixture.class.getResourceAsStream("/real-text/" + text)) {
        Files.copy(in, data.resolve(text));
      }
    }
    Path yaml = dir.resolve("config.yaml");
    Files.writeString(yaml, String.join("\n",
        "model: " + model,
        "data: {training_data: training_data, cache_dir: dataset_cache, tokenizer: byte,"
            + " val_fraction: 0.1}",
        "training: " + flow(training),
        "checkpoint: " + flow(checkpoint),
        "output: {results_dir: results}", ""), StandardCharsets.UTF_8);
    return yaml;
  }

  static TrainerConfig load(Path yaml) {
    return TrainerConfigLoader.load(yaml);
  }

  private static String flow(Map<String, String> entries) {
    return entries.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
