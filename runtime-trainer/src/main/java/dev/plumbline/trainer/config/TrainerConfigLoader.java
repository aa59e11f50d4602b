// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import dev.plumbline.trainer.config.SectionReader.PathKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads a trainer YAML file into a {@link TrainerConfig} and validates all of it before anything
 * runs: unknown keys, wrong types, out-of-range values and missing paths are collected and thrown
 * together as one {@link ConfigException} whose lines each name the file, the line and the key.
 */
public final class TrainerConfigLoader {

  /** Accepted values of {@code training.precision}. */
  public static final List<String> PRECISIONS = List.of("auto", "fp32", "fp16", "bf16");

  private static final Set<String> SECTIONS =
      Set.of("model", "data", "training", "checkpoint", "output");
  private static final double HUGE = Double.POSITIVE_INFINITY;

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
    TrainerConfig config = new TrainerConfig(model(modelKeys), data(dataKeys),
        training(trainingKeys), checkpoint(checkpointKeys), output(outputKeys), absolute);
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
      if (!SECTIONS.contains(section.name())) {
        problems.add(new ConfigProblem(document.file(), section.line(), section.name(),
            "unknown section; the file takes model, data, training, checkpoint, output"));
      }
    }
    for (String name : List.of("model", "data", "training", "checkpoint", "output")) {
      if (document.section(name) == null) {
        problems.add(new ConfigProblem(document.file(), 1, name,
            "missing section; add '" + name + ":' with its keys (see configs/default.yaml)"));
      }
    }
  }

  private static ModelConfig model(SectionReader keys) {
    int layerCount = keys.integer("n_layer", 1, 1024);
    int headCount = keys.integer("n_head", 1, 1024);
    int embeddingSize = keys.integer("n_embd", 1, 65_536);
    int blockSize = keys.integer("block_size", 1, 1 << 20);
    double dropout = keys.real("dropout", 0.0, true, 1.0, false);
    if (keys.isValid("n_head") && keys.isValid("n_embd") && embeddingSize % headCount != 0) {
      keys.problem("n_embd", "must be a multiple of model.n_head (" + headCount + "), got "
          + embeddingSize);
    }
    return new ModelConfig(layerCount, headCount, embeddingSize, blockSize, dropout);
  }

  private static DataConfig data(SectionReader keys) {
    Path trainingData = keys.path("training_data", PathKind.EXISTING_DIRECTORY);
    Path cacheDir = keys.path("cache_dir", PathKind.CREATABLE_DIRECTORY);
    String tokenizer = keys.text("tokenizer");
    if (keys.isValid("tokenizer") && !DataConfig.BYTE_TOKENIZER.equals(tokenizer)) {
      tokenizer = keys.path("tokenizer", PathKind.EXISTING_FILE).toString();
    }
    double valFraction = keys.real("val_fraction", 0.0, false, 0.5, true);
    return new DataConfig(trainingData, cacheDir, tokenizer, valFraction);
  }

  private static TrainingConfig training(SectionReader keys) {
    int batchSize = keys.integer("batch_size", 1, 1 << 20);
    int accumulation = keys.integer("gradient_accumulation_steps", 1, 1 << 16);
    int maxSteps = keys.integer("max_steps", 1, Integer.MAX_VALUE);
    double learningRate = keys.real("learning_rate", 0.0, false, 10.0, true);
    double minLearningRate = keys.real("min_learning_rate", 0.0, true, 10.0, true);
    int warmupSteps = keys.integer("warmup_steps", 0, Integer.MAX_VALUE);
    int lrDecaySteps = keys.integer("lr_decay_steps", 1, Integer.MAX_VALUE);
    double weightDecay = keys.real("weight_decay", 0.0, true, 10.0, true);
    double beta1 = keys.real("beta1", 0.0, true, 1.0, false);
    double beta2 = keys.real("beta2", 0.0, true, 1.0, false);
    double gradClip = keys.real("grad_clip", 0.0, true, HUGE, false);
    int evalInterval = keys.integer("eval_interval", 1, Integer.MAX_VALUE);
    int evalIters = keys.integer("eval_iters", 1, Integer.MAX_VALUE);
    int patience = keys.integer("early_stopping_patience", 0, Integer.MAX_VALUE);
    double minDelta = keys.real("early_stopping_min_delta", 0.0, true, HUGE, false);
    long seed = keys.longValue("seed", 0, Long.MAX_VALUE);
    String precision = keys.choice("precision", PRECISIONS);
    int logInterval = keys.integer("log_interval", 1, Integer.MAX_VALUE);
    if (keys.isValid("min_learning_rate") && keys.isValid("learning_rate")
        && minLearningRate > learningRate) {
      keys.problem("min_learning_rate", "must not exceed training.learning_rate ("
          + learningRate + "), got " + minLearningRate);
    }
    if (keys.isValid("warmup_steps") && keys.isValid("lr_decay_steps")
        && warmupSteps > lrDecaySteps) {
      keys.problem("warmup_steps", "must not exceed training.lr_decay_steps (" + lrDecaySteps
          + "), got " + warmupSteps);
    }
    return new TrainingConfig(batchSize, accumulation, maxSteps, learningRate, minLearningRate,
        warmupSteps, lrDecaySteps, weightDecay, beta1, beta2, gradClip, evalInterval, evalIters,
        patience, minDelta, seed, precision, logInterval);
  }

  private static CheckpointConfig checkpoint(SectionReader keys) {
    Path dir = keys.path("dir", PathKind.CREATABLE_DIRECTORY);
    int interval = keys.integer("interval", 1, Integer.MAX_VALUE);
    int keepLast = keys.integer("keep_last", 1, 10_000);
    return new CheckpointConfig(dir, interval, keepLast);
  }

  private static OutputConfig output(SectionReader keys) {
    return new OutputConfig(keys.path("results_dir", PathKind.CREATABLE_DIRECTORY));
  }
}
