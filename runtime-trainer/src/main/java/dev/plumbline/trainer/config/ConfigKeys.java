// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import dev.plumbline.trainer.config.ConfigKey.Type;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every key of the trainer's configuration file, in file order: the single definition the loader
 * validates with and the README's configuration reference is generated from
 * ({@link ConfigReference}). Keys without a default are required; the others may be left out.
 */
final class ConfigKeys {

  static final String BESIDE_DATA = " beside `training_data` (its parent directory)";

  /** Where the rendered reference is, for messages. */
  static final String REFERENCE = "the configuration reference in runtime-trainer/README.md";

  static final ConfigKey N_LAYER = whole("model", "n_layer", 1, 1024, null, ConfigKey.REQUIRED,
      "Number of transformer blocks.");
  static final ConfigKey N_HEAD = whole("model", "n_head", 1, 1024, null, ConfigKey.REQUIRED,
      "Attention heads per block; must divide `n_embd`.");
  static final ConfigKey N_EMBD = whole("model", "n_embd", 1, 65_536, null, ConfigKey.REQUIRED,
      "Width of the residual stream (embedding size); a multiple of `n_head`.");
  static final ConfigKey BLOCK_SIZE = whole("model", "block_size", 1, 1 << 20, null,
      ConfigKey.REQUIRED, "Context length in tokens.");
  static final ConfigKey DROPOUT = number("model", "dropout", 0.0, true, 1.0, false, 0.0, "0.0",
      "Dropout probability after attention, projections and embeddings (nanoGPT pretrains with"
          + " 0).");

  static final ConfigKey TRAINING_DATA = path("data", "training_data", Type.EXISTING_DIRECTORY,
      ConfigKey.REQUIRED, "The folder of text sources to tokenize (text, Markdown, JSON, CSV,"
          + " HTML/XML, source code).");
  static final ConfigKey CACHE_DIR = path("data", "cache_dir", Type.CREATABLE_DIRECTORY,
      "`dataset_cache`" + BESIDE_DATA, "Where tokenized data goes: `train.bin`, `val.bin` and"
          + " `dataset.json` in its `bin/`.");
  static final ConfigKey TOKENIZER = new ConfigKey("data", "tokenizer", Type.TOKENIZER, 0, true,
      0, true, List.of(), DataConfig.BYTE_TOKENIZER, "`" + DataConfig.BYTE_TOKENIZER + "`",
      "`byte` (one token per UTF-8 byte, vocabulary 256, no file) or a HuggingFace tokenizer.");
  static final ConfigKey VAL_FRACTION = number("data", "val_fraction", 0.0, false, 0.5, true, 0.1,
      "0.1", "Share of every source's tokens kept for validation (nanoGPT's 90/10 split).");

  static final ConfigKey BATCH_SIZE = whole("training", "batch_size", 1, 1 << 20, null,
      ConfigKey.REQUIRED, "Sequences per micro-batch.");
  static final ConfigKey GRADIENT_ACCUMULATION_STEPS = whole("training",
      "gradient_accumulation_steps", 1, 1 << 16, 1, "1", "Micro-batches per optimizer step: the"
          + " effective batch is `batch_size` times this.");
  static final ConfigKey MAX_STEPS = whole("training", "max_steps", 1, Integer.MAX_VALUE, null,
      ConfigKey.REQUIRED, "Optimizer steps of the whole run.");
  static final ConfigKey LEARNING_RATE = number("training", "learning_rate", 0.0, false, 10.0,
      true, null, ConfigKey.REQUIRED, "Peak learning rate, reached at the end of the warm-up.");
  static final ConfigKey MIN_LEARNING_RATE = number("training", "min_learning_rate", 0.0, true,
      10.0, true, null, "`learning_rate` / 10", "Floor of the cosine decay; at most"
          + " `learning_rate`.");
  static final ConfigKey WARMUP_STEPS = whole("training", "warmup_steps", 0, Integer.MAX_VALUE, 0,
      "0", "Steps of linear warm-up; at most `lr_decay_steps`.");
  static final ConfigKey LR_DECAY_STEPS = whole("training", "lr_decay_steps", 1,
      Integer.MAX_VALUE, null, "`max_steps`", "Step at which the cosine decay reaches"
          + " `min_learning_rate` (nanoGPT: about `max_steps`).");
  static final ConfigKey WEIGHT_DECAY = number("training", "weight_decay", 0.0, true, 10.0, true,
      0.1, "0.1", "AdamW's decoupled weight decay, applied to matrices only (as nanoGPT).");
  static final ConfigKey BETA1 = number("training", "beta1", 0.0, true, 1.0, false, 0.9, "0.9",
      "AdamW's first-moment decay.");
  static final ConfigKey BETA2 = number("training", "beta2", 0.0, true, 1.0, false, 0.95, "0.95",
      "AdamW's second-moment decay.");
  static final ConfigKey GRAD_CLIP = number("training", "grad_clip", 0.0, true,
      Double.POSITIVE_INFINITY, false, 1.0, "1.0", "Largest global gradient norm; larger"
          + " gradients are scaled down to it. 0 turns clipping off.");
  static final ConfigKey EVAL_INTERVAL = whole("training", "eval_interval", 1, Integer.MAX_VALUE,
      null, "`max_steps` / 10 (at least 1)", "Steps between evaluations; the last step is always"
          + " evaluated.");
  static final ConfigKey EVAL_ITERS = whole("training", "eval_iters", 1, Integer.MAX_VALUE, 50,
      "50", "Validation batches per evaluation (their mean loss is the validation loss).");
  static final ConfigKey EARLY_STOPPING_PATIENCE = whole("training", "early_stopping_patience", 0,
      Integer.MAX_VALUE, 0, "0", "Evaluations in a row without improvement that stop the run; 0"
          + " turns early stopping off.");
  static final ConfigKey EARLY_STOPPING_MIN_DELTA = number("training", "early_stopping_min_delta",
      0.0, true, Double.POSITIVE_INFINITY, false, 0.0, "0.0", "Smallest decrease of the"
          + " validation loss that counts as an improvement (for early stopping and the best"
          + " model).");
  static final ConfigKey SEED = whole("training", "seed", 0, Long.MAX_VALUE, 1337L, "1337",
      "Seed of the initial weights, the batch sampler and dropout.");
  static final ConfigKey PRECISION = new ConfigKey("training", "precision", Type.CHOICE, 0, true, 0,
      true, TrainerConfigLoader.PRECISIONS, "auto", "`auto`", "Compute precision; `auto` follows"
          + " the hardware profile's plan (fp32 on a CPU). bf16 runs as fp16 with a loss scaler.");
  static final ConfigKey LOG_INTERVAL = whole("training", "log_interval", 1, Integer.MAX_VALUE, 10,
      "10", "Steps between progress lines (the first and the last step always print one).");

  static final ConfigKey CHECKPOINT_DIR = path("checkpoint", "dir", Type.CREATABLE_DIRECTORY,
      "`checkpoints`" + BESIDE_DATA, "Directory of the step checkpoints and `best_model.ckpt`;"
          + " one run per directory.");
  static final ConfigKey CHECKPOINT_INTERVAL = whole("checkpoint", "interval", 1,
      Integer.MAX_VALUE, null, "`eval_interval`", "Steps between checkpoints; the last step is"
          + " always saved.");
  static final ConfigKey KEEP_LAST = whole("checkpoint", "keep_last", 1, 10_000, 3, "3",
      "Newest step checkpoints kept; older ones are deleted.");

  static final ConfigKey RESULTS_DIR = path("output", "results_dir", Type.CREATABLE_DIRECTORY,
      "`results`" + BESIDE_DATA, "Directory of a run's results: `benchmark_results.json`,"
          + " `loss_curves.png` and `benchmark_report.txt`, rewritten when a run ends.");
  static final ConfigKey LOGS_DIR = path("output", "logs_dir", Type.CREATABLE_DIRECTORY,
      "`logs`" + BESIDE_DATA, "Directory of the metrics log `metrics.jsonl` (one JSON line per"
          + " logged step and per evaluation, appended during the run).");
  static final ConfigKey BASELINE = path("output", "baseline", Type.EXISTING_FILE,
      "the previous `benchmark_results.json` in `results_dir`, if any", "A"
          + " `benchmark_results.json` to compare with in `benchmark_report.txt`.");

  /** Every key, in the order of the reference and of a complete file. */
  static final List<ConfigKey> ALL = List.of(N_LAYER, N_HEAD, N_EMBD, BLOCK_SIZE, DROPOUT,
      TRAINING_DATA, CACHE_DIR, TOKENIZER, VAL_FRACTION, BATCH_SIZE, GRADIENT_ACCUMULATION_STEPS,
      MAX_STEPS, LEARNING_RATE, MIN_LEARNING_RATE, WARMUP_STEPS, LR_DECAY_STEPS, WEIGHT_DECAY,
      BETA1, BETA2, GRAD_CLIP, EVAL_INTERVAL, EVAL_ITERS, EARLY_STOPPING_PATIENCE,
      EARLY_STOPPING_MIN_DELTA, SEED, PRECISION, LOG_INTERVAL, CHECKPOINT_DIR,
      CHECKPOINT_INTERVAL, KEEP_LAST, RESULTS_DIR, LOGS_DIR, BASELINE);

  /** The sections, in file order. */
  static final List<String> SECTIONS = List.of("model", "data", "training", "checkpoint", "output");

  private ConfigKeys() {
  }

  /**
   * The keys of one section.
   *
   * @param section a section name
   * @return its keys in file order
   */
  static List<ConfigKey> of(String section) {
    return ALL.stream().filter(key -> key.section().equals(section)).toList();
  }

  /**
   * Whether a file must have this section: it has a required key.
   *
   * @param section a section name
   * @return true for model, data and training
   */
  static boolean requiredSection(String section) {
    return of(section).stream().anyMatch(ConfigKey::required);
  }

  /**
   * The smallest file that loads, for messages: each required section with its required keys.
   *
   * @return e.g. {@code model: (n_layer, n_head, ...), data: (training_data), ...}
   */
  static String minimum() {
    return SECTIONS.stream().filter(ConfigKeys::requiredSection)
        .map(section -> section + ": (" + String.join(", ", of(section).stream()
            .filter(ConfigKey::required).map(ConfigKey::name).toList()) + ")")
        .collect(Collectors.joining(", "));
  }

  private static ConfigKey whole(String section, String name, long low, long high,
      Object defaultValue, String defaultText, String meaning) {
    return new ConfigKey(section, name, Type.WHOLE_NUMBER, low, true, high, true, List.of(),
        defaultValue, defaultText, meaning);
  }

  private static ConfigKey number(String section, String name, double low, boolean lowInclusive,
      double high, boolean highInclusive, Double defaultValue, String defaultText,
      String meaning) {
    return new ConfigKey(section, name, Type.NUMBER, low, lowInclusive, high, highInclusive,
        List.of(), defaultValue, defaultText, meaning);
  }

  private static ConfigKey path(String section, String name, Type type, String defaultText,
      String meaning) {
    return new ConfigKey(section, name, type, 0, true, 0, true, List.of(), null, defaultText,
        meaning);
  }
}
