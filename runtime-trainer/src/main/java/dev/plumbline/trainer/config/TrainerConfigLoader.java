// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a trainer YAML file into a {@link TrainerConfig} and validates all of it before anything
 * runs: unknown keys, wrong types, out-of-range values and missing paths are collected and thrown
 * together as one {@link ConfigException} whose lines each name the file, the line and the key.
 * Keys and defaults: {@link ConfigKeys}, rendered in the README's configuration reference.
 */
public final class TrainerConfigLoader {

  /** Accepted values of {@code training.precision}. */
  public static final List<String> PRECISIONS = List.of("auto", "fp32", "fp16", "bf16");

  private TrainerConfigLoader() {
  }

  /**
   * Loads and validates a configuration file.
   *
   * @param file the YAML file; relative paths inside it resolve against its directory
   * @return the validated configuration
   * @throws ConfigException listing every problem found
   */
  public static TrainerConfig load(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    List<ConfigProblem> problems = new ArrayList<>();
    YamlDocument document = YamlDocument.parse(absolute, problems);
    List<ConfigProblem> fileProblems = problems.stream()
        .filter(p -> YamlDocument.WHOLE_FILE.equals(p.key())).toList();
    if (!fileProblems.isEmpty()) {
      // A file that is not YAML at all: the partial reads before the error would only mislead.
      throw new ConfigException(fileProblems);
    }
    checkSections(document, problems);
    SectionReader modelKeys = new SectionReader(document, "model", problems);
    SectionReader dataKeys = new SectionReader(document, "data", problems);
    SectionReader trainingKeys = new SectionReader(document, "training", problems);
    SectionReader checkpointKeys = new SectionReader(document, "checkpoint", problems);
    SectionReader outputKeys = new SectionReader(document, "output", problems);
    ModelConfig model = model(modelKeys);
    DataConfig data = data(dataKeys);
    TrainingConfig training = training(trainingKeys);
    TrainerConfig config = new TrainerConfig(model, data, training,
        checkpoint(checkpointKeys, data.trainingData(), training.evalInterval()),
        output(outputKeys, data.trainingData()), absolute);
    for (SectionReader reader : List.of(modelKeys, dataKeys, trainingKeys, checkpointKeys,
        outputKeys)) {
      reader.reportUnknownKeys();
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(ConfigProblem::line));
      throw new ConfigException(problems);
    }
    return config;
  }

  private static void checkSections(YamlDocument document, List<ConfigProblem> problems) {
    for (YamlDocument.Section section : document.sections().values()) {
      if (!ConfigKeys.SECTIONS.contains(section.name())) {
        problems.add(new ConfigProblem(document.file(), section.line(), section.name(),
            "unknown section; the file takes " + String.join(", ", ConfigKeys.SECTIONS)));
      }
    }
    for (String name : ConfigKeys.SECTIONS) {
      if (document.section(name) == null && ConfigKeys.requiredSection(name)) {
        List<String> required = ConfigKeys.of(name).stream().filter(ConfigKey::required)
            .map(ConfigKey::name).toList();
        problems.add(new ConfigProblem(document.file(), 1, name, "missing section; add '" + name
            + ":' with at least " + String.join(", ", required) + " (" + ConfigKeys.REFERENCE
            + " describes every key)"));
      }
    }
  }

  private static ModelConfig model(SectionReader keys) {
    int layerCount = keys.integer(ConfigKeys.N_LAYER);
    int headCount = keys.integer(ConfigKeys.N_HEAD);
    int embeddingSize = keys.integer(ConfigKeys.N_EMBD);
    int blockSize = keys.integer(ConfigKeys.BLOCK_SIZE);
    double dropout = keys.real(ConfigKeys.DROPOUT);
    if (keys.isValid(ConfigKeys.N_HEAD) && keys.isValid(ConfigKeys.N_EMBD)
        && embeddingSize % headCount != 0) {
      keys.problem(ConfigKeys.N_EMBD, "must be a multiple of model.n_head (" + headCount
          + "), got " + embeddingSize);
    }
    return new ModelConfig(layerCount, headCount, embeddingSize, blockSize, dropout);
  }

  private static DataConfig data(SectionReader keys) {
    Path trainingData = keys.path(ConfigKeys.TRAINING_DATA, PathKind.EXISTING_DIRECTORY);
    Path cacheDir = besideTrainingData(keys, ConfigKeys.CACHE_DIR, trainingData, "dataset_cache");
    String tokenizer = keys.text(ConfigKeys.TOKENIZER);
    if (keys.given(ConfigKeys.TOKENIZER) && keys.isValid(ConfigKeys.TOKENIZER)
        && !DataConfig.BYTE_TOKENIZER.equals(tokenizer)) {
      tokenizer = keys.path(ConfigKeys.TOKENIZER, PathKind.EXISTING_FILE).toString();
    }
    double valFraction = keys.real(ConfigKeys.VAL_FRACTION);
    return new DataConfig(trainingData, cacheDir, tokenizer, valFraction);
  }

  // The rulebook's layout: dataset_cache/, checkpoints/ and results/ beside training_data/.
  private static Path besideTrainingData(SectionReader keys, ConfigKey key, Path trainingData,
      String name) {
    if (keys.given(key)) {
      return keys.path(key, PathKind.CREATABLE_DIRECTORY);
    }
    Path parent = trainingData.getParent();
    return parent == null ? Path.of("")
        : keys.checked(key, parent.resolve(name), PathKind.CREATABLE_DIRECTORY);
  }

  private static TrainingConfig training(SectionReader keys) {
    int batchSize = keys.integer(ConfigKeys.BATCH_SIZE);
    int accumulation = keys.integer(ConfigKeys.GRADIENT_ACCUMULATION_STEPS);
    int maxSteps = keys.integer(ConfigKeys.MAX_STEPS);
    double learningRate = keys.real(ConfigKeys.LEARNING_RATE);
    double minLearningRate = keys.given(ConfigKeys.MIN_LEARNING_RATE)
        ? keys.real(ConfigKeys.MIN_LEARNING_RATE) : learningRate / 10;
    int warmupSteps = keys.integer(ConfigKeys.WARMUP_STEPS);
    int lrDecaySteps = keys.given(ConfigKeys.LR_DECAY_STEPS)
        ? keys.integer(ConfigKeys.LR_DECAY_STEPS) : maxSteps;
    double weightDecay = keys.real(ConfigKeys.WEIGHT_DECAY);
    double beta1 = keys.real(ConfigKeys.BETA1);
    double beta2 = keys.real(ConfigKeys.BETA2);
    double gradClip = keys.real(ConfigKeys.GRAD_CLIP);
    int evalInterval = keys.given(ConfigKeys.EVAL_INTERVAL)
        ? keys.integer(ConfigKeys.EVAL_INTERVAL) : Math.max(1, maxSteps / 10);
    int evalIters = keys.integer(ConfigKeys.EVAL_ITERS);
    int patience = keys.integer(ConfigKeys.EARLY_STOPPING_PATIENCE);
    double minDelta = keys.real(ConfigKeys.EARLY_STOPPING_MIN_DELTA);
    long seed = keys.longValue(ConfigKeys.SEED);
    String precision = keys.choice(ConfigKeys.PRECISION);
    int logInterval = keys.integer(ConfigKeys.LOG_INTERVAL);
    if (keys.given(ConfigKeys.MIN_LEARNING_RATE) && keys.isValid(ConfigKeys.MIN_LEARNING_RATE)
        && keys.isValid(ConfigKeys.LEARNING_RATE) && minLearningRate > learningRate) {
      keys.problem(ConfigKeys.MIN_LEARNING_RATE, "must not exceed training.learning_rate ("
          + learningRate + "), got " + minLearningRate);
    }
    if (keys.isValid(ConfigKeys.WARMUP_STEPS) && keys.isValid(ConfigKeys.LR_DECAY_STEPS)
        && keys.isValid(ConfigKeys.MAX_STEPS) && warmupSteps > lrDecaySteps) {
      keys.problem(ConfigKeys.WARMUP_STEPS, "must not exceed training.lr_decay_steps ("
          + lrDecaySteps + (keys.given(ConfigKeys.LR_DECAY_STEPS) ? "" : ", its default:"
          + " max_steps") + "), got " + warmupSteps);
    }
    return new TrainingConfig(batchSize, accumulation, maxSteps, learningRate, minLearningRate,
        warmupSteps, lrDecaySteps, weightDecay, beta1, beta2, gradClip, evalInterval, evalIters,
        patience, minDelta, seed, precision, logInterval);
  }

  private static CheckpointConfig checkpoint(SectionReader keys, Path trainingData,
      int evalInterval) {
    Path dir = besideTrainingData(keys, ConfigKeys.CHECKPOINT_DIR, trainingData, "checkpoints");
    int interval = keys.given(ConfigKeys.CHECKPOINT_INTERVAL)
        ? keys.integer(ConfigKeys.CHECKPOINT_INTERVAL) : evalInterval;
    int keepLast = keys.integer(ConfigKeys.KEEP_LAST);
    return new CheckpointConfig(dir, interval, keepLast);
  }

  private static OutputConfig output(SectionReader keys, Path trainingData) {
    Path baseline = keys.given(ConfigKeys.BASELINE)
        ? keys.path(ConfigKeys.BASELINE, PathKind.EXISTING_FILE) : null;
    return new OutputConfig(
        besideTrainingData(keys, ConfigKeys.RESULTS_DIR, trainingData, "results"),
        besideTrainingData(keys, ConfigKeys.LOGS_DIR, trainingData, "logs"), baseline);
  }
}
