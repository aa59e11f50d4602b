package dev.plumbline.trainer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerConfigLoaderTest {

  static final String VALID = """
      model:
        n_layer: 4
        n_head: 4
        n_embd: 128
        block_size: 128
        dropout: 0.0
      data:
        training_data: training_data
        cache_dir: dataset_cache
        tokenizer: byte
        val_fraction: 0.1
      training:
        batch_size: 16
        gradient_accumulation_steps: 1
        max_steps: 2000
        learning_rate: 6.0e-4
        min_learning_rate: 6.0e-5
        warmup_steps: 100
        lr_decay_steps: 2000
        weight_decay: 0.1
        beta1: 0.9
        beta2: 0.95
        grad_clip: 1.0
        eval_interval: 100
        eval_iters: 20
        early_stopping_patience: 5
        early_stopping_min_delta: 0.001
        seed: 1337
        precision: auto
        log_interval: 10
      checkpoint:
        dir: checkpoints
        interval: 100
        keep_last: 3
      output:
        results_dir: results
      """;

  @TempDir
  Path dir;
  Path file;

  @BeforeEach
  void setUp() throws IOException {
    Files.createDirectories(dir.resolve("training_data"));
    file = dir.resolve("default.yaml");
  }

  private TrainerConfig load(String yaml) throws IOException {
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return TrainerConfigLoader.load(file);
  }

  private List<String> problems(String yaml) throws IOException {
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    try {
      TrainerConfigLoader.load(file);
    } catch (ConfigException e) {
      return e.problems().stream().map(ConfigProblem::describe).toList();
    }
    throw new AssertionError("expected a ConfigException");
  }

  private String replace(String key, String value) {
    String replaced = VALID.replaceFirst("(?m)^  " + key + ": .*$", "  " + key + ": " + value);
    assertThat(replaced).isNotEqualTo(VALID);
    return replaced;
  }

  @Test
  void readsEveryKeyIntoRecordsWithPathsResolvedAgainstTheFile() throws IOException {
    TrainerConfig config = load(VALID);
    assertThat(config.model()).isEqualTo(new ModelConfig(4, 4, 128, 128, 0.0));
    assertThat(config.data()).isEqualTo(new DataConfig(dir.resolve("training_data"),
        dir.resolve("dataset_cache"), "byte", 0.1));
    assertThat(config.data().binDir()).isEqualTo(dir.resolve("dataset_cache/bin"));
    assertThat(config.training()).isEqualTo(new TrainingConfig(16, 1, 2000, 6.0e-4, 6.0e-5, 100,
        2000, 0.1, 0.9, 0.95, 1.0, 100, 20, 5, 0.001, 1337L, "auto", 10));
    assertThat(config.checkpoint()).isEqualTo(new CheckpointConfig(dir.resolve("checkpoints"), 100,
        3));
    assertThat(config.output()).isEqualTo(new OutputConfig(dir.resolve("results"), dir.resolve("logs"), null));
    assertThat(config.source()).isEqualTo(file);
  }

  @Test
  void tokenizerPathResolvesToAnExistingFile() throws IOException {
    Files.writeString(dir.resolve("tok.json"), "{}", StandardCharsets.UTF_8);
    TrainerConfig config = load(replace("tokenizer", "tok.json"));
    assertThat(config.data().tokenizer()).isEqualTo(dir.resolve("tok.json").toString());
  }

  @Test
  void unknownKeyNamesTheKeyFileLineAndTheKnownKeys() throws IOException {
    String yaml = VALID.replace("  dropout: 0.0\n", "  dropout: 0.0\n  drop_out: 0.1\n");
    assertThat(problems(yaml)).containsExactly(file + ":7: model.drop_out: unknown key; the model"
        + " section takes block_size, dropout, n_embd, n_head, n_layer");
  }

  @Test
  void unknownAndMissingSections() throws IOException {
    String yaml = VALID.replace("output:\n  results_dir: results\n", "outputs:\n  results_dir: r\n")
        .replaceFirst("(?s)model:.*?data:", "data:");
    // The message names the user's file (the line prefix) and the reference, not another file.
    assertThat(problems(yaml)).containsExactly(
        file + ":1: model: missing section; add 'model:' with at least n_layer, n_head, n_embd,"
            + " block_size (the configuration reference in runtime-trainer/README.md describes"
            + " every key)",
        file + ":29: outputs: unknown section; the file takes model, data, training, checkpoint,"
            + " output");
  }

  @Test
  void missingKeyPointsAtItsSection() throws IOException {
    String yaml = VALID.replace("  batch_size: 16\n", "");
    assertThat(problems(yaml)).containsExactly(
        file + ":12: training.batch_size: missing key; add 'batch_size:' under the training"
            + " section (whole number, 1 to 1048576: Sequences per micro-batch.)");
  }

  @Test
  void optionalKeysAndSectionsTakeTheirDocumentedDefaults() throws IOException {
    TrainerConfig config = load("""
        model: {n_layer: 2, n_head: 2, n_embd: 32, block_size: 64}
        data: {training_data: training_data}
        training: {batch_size: 8, max_steps: 250, learning_rate: 1.0e-3}
        """);
    assertThat(config.model()).isEqualTo(new ModelConfig(2, 2, 32, 64, 0.0));
    assertThat(config.data()).isEqualTo(new DataConfig(dir.resolve("training_data"),
        dir.resolve("dataset_cache"), "byte", 0.1));
    assertThat(config.training()).isEqualTo(new TrainingConfig(8, 1, 250, 1.0e-3, 1.0e-4, 0, 250,
        0.1, 0.9, 0.95, 1.0, 25, 50, 0, 0.0, 1337L, "auto", 10));
    assertThat(config.checkpoint()).isEqualTo(new CheckpointConfig(dir.resolve("checkpoints"), 25,
        3));
    assertThat(config.output()).isEqualTo(new OutputConfig(dir.resolve("results"), dir.resolve("logs"), null));
  }

  @Test
  void computedDefaultsAreCheckedLikeWrittenValuesAndSaySo() throws IOException {
    assertThat(problems("""
        model: {n_layer: 2, n_head: 2, n_embd: 32, block_size: 64}
        data: {training_data: training_data}
        training: {batch_size: 8, max_steps: 50, learning_rate: 1.0e-3, warmup_steps: 80}
        """)).containsExactly(file + ":3: training.warmup_steps: must not exceed"
        + " training.lr_decay_steps (50, its default: max_steps), got 80");
    assertThat(load("""
        model: {n_layer: 2, n_head: 2, n_embd: 32, block_size: 64}
        data: {training_data: training_data}
        training: {batch_size: 8, max_steps: 5, learning_rate: 1.0e-3}
        """).training().evalInterval()).isEqualTo(1);
  }

  @Test
  void wrongTypes() throws IOException {
    String yaml = replace("batch_size", "sixteen").replace("beta1: 0.9", "beta1: high")
        .replace("tokenizer: byte", "tokenizer: 12").replace("n_layer: 4", "n_layer: 4.5")
        .replace("keep_last: 3", "keep_last: [1, 2]");
    assertThat(problems(yaml)).containsExactly(
        file + ":2: model.n_layer: must be a whole number, got 4.5 (a real number)",
        file + ":10: data.tokenizer: must be text, got 12 (an integer)",
        file + ":13: training.batch_size: must be a whole number, got 'sixteen' (text)",
        file + ":21: training.beta1: must be a number, got 'high' (text)",
        file + ":34: checkpoint.keep_last: must be a single value, got a list");
  }

  @Test
  void emptyValue() throws IOException {
    assertThat(problems(replace("eval_iters", ""))).containsExactly(
        file + ":25: training.eval_iters: must be a whole number, got no value");
  }

  @Test
  void outOfRangeValues() throws IOException {
    String yaml = replace("batch_size", "0").replace("dropout: 0.0", "dropout: 1.0")
        .replace("val_fraction: 0.1", "val_fraction: 0.7").replace("beta2: 0.95", "beta2: 1")
        .replace("precision: auto", "precision: fp8").replace("seed: 1337", "seed: -1");
    assertThat(problems(yaml)).containsExactly(
        file + ":6: model.dropout: must be in [0.0, 1.0), got 1.0",
        file + ":11: data.val_fraction: must be in (0.0, 0.5], got 0.7",
        file + ":13: training.batch_size: must be between 1 and 1048576, got 0",
        file + ":22: training.beta2: must be in [0.0, 1.0), got 1",
        file + ":28: training.seed: must be at least 0, got -1",
        file + ":29: training.precision: must be one of auto, fp32, fp16, bf16; got 'fp8'");
  }

  @Test
  void crossKeyConstraints() throws IOException {
    String yaml = replace("n_embd", "130").replace("min_learning_rate: 6.0e-5",
        "min_learning_rate: 1.0e-3").replace("warmup_steps: 100", "warmup_steps: 3000");
    assertThat(problems(yaml)).containsExactly(
        file + ":4: model.n_embd: must be a multiple of model.n_head (4), got 130",
        file + ":17: training.min_learning_rate: must not exceed training.learning_rate (6.0E-4),"
            + " got 0.001",
        file + ":18: training.warmup_steps: must not exceed training.lr_decay_steps (2000), got"
            + " 3000");
  }

  @Test
  void missingPaths() throws IOException {
    Files.writeString(dir.resolve("a_file"), "x", StandardCharsets.UTF_8);
    String yaml = replace("training_data", "no_such_dir").replace("tokenizer: byte",
        "tokenizer: missing/tokenizer.json").replace("results_dir: results", "results_dir: a_file");
    assertThat(problems(yaml)).containsExactly(
        file + ":8: data.training_data: directory " + dir.resolve("no_such_dir")
            + " does not exist; create it (paths are relative to the YAML file's directory)",
        file + ":10: data.tokenizer: file " + dir.resolve("missing/tokenizer.json")
            + " does not exist (paths are relative to the YAML file's directory)",
        file + ":36: output.results_dir: " + dir.resolve("a_file")
            + " exists but is not a directory; point the key at a directory");
  }

  @Test
  void duplicateKeyAndSyntaxError() throws IOException {
    String duplicate = VALID.replace("  n_head: 4\n", "  n_head: 4\n  n_head: 8\n");
    assertThat(problems(duplicate)).containsExactly(
        file + ":4: model.n_head: key appears twice (first at line 3)");
    assertThat(problems("model:\n  n_layer: [1, 2\ndata: {}\n")).containsExactly(file
        + ":3: (file): not valid YAML: while parsing a flow sequence; expected ',' or ']', but"
        + " got :");
  }

  @Test
  void notAMappingEmptyAndMissingFile() throws IOException {
    assertThat(problems("- model\n- data\n")).containsExactly(file + ":1: (file): must be a"
        + " mapping of sections (model:, data:, ...), not a single value or a list");
    assertThat(problems("")).containsExactly(file + ":1: (file): file is empty; it needs at least"
        + " model: (n_layer, n_head, n_embd, block_size), data: (training_data), training:"
        + " (batch_size, max_steps, learning_rate)");
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> TrainerConfigLoader.load(missing)).isInstanceOf(ConfigException.class)
        .hasMessage("invalid trainer configuration (1 problem):" + System.lineSeparator() + "  "
            + missing + ":0: (file): configuration file does not exist; create it with at least"
            + " model: (n_layer, n_head, n_embd, block_size), data: (training_data), training:"
            + " (batch_size, max_steps, learning_rate) (the configuration reference in"
            + " runtime-trainer/README.md describes every key)");
  }

  @Test
  void sectionThatIsNotAMapping() throws IOException {
    String yaml = VALID.replace("output:\n  results_dir: results\n", "output: results\n");
    assertThat(problems(yaml)).containsExactly(
        file + ":35: output: must be a mapping of keys, got 'results' (text)");
  }

  @Test
  void remainingShapeAndValueErrors() throws IOException {
    Files.writeString(dir.resolve("a_file"), "x", StandardCharsets.UTF_8);
    String yaml = VALID.replace("checkpoint:\n", "checkpoint:\n  interval: 5\n")
        .replace("beta1: 0.9", "beta1: true").replace("grad_clip: 1.0", "grad_clip: {a: 1}")
        .replace("weight_decay: 0.1", "weight_decay: .inf")
        .replace("seed: 1337", "seed: 99999999999999999999")
        .replace("cache_dir: dataset_cache", "cache_dir: a_file/cache")
        .replace("dir: checkpoints", "dir: \"bad\\0path\"")
        + "model:\n  n_layer: 2\n";
    assertThat(problems(yaml)).containsExactly(
        file + ":9: data.cache_dir: directory " + dir.resolve("a_file/cache") + " cannot be"
            + " created: " + dir.resolve("a_file") + " is not a writable directory",
        file + ":20: training.weight_decay: must be a finite number, got .inf",
        file + ":21: training.beta1: must be a number, got true (a boolean)",
        file + ":23: training.grad_clip: must be a single value, got a mapping",
        file + ":28: training.seed: must be a whole number between 0 and 9223372036854775807,"
            + " got 99999999999999999999",
        file + ":33: checkpoint.dir: is not a valid path: Nul character not allowed: bad\u0000path",
        file + ":34: checkpoint.interval: key appears twice (first at line 32)",
        file + ":38: model: section appears twice (first at line 1)");
  }
}
