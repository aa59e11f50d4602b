// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import java.nio.file.Path;

/**
 * The {@code data:} section: where the text is, where tokens go, how to tokenize.
 *
 * @param trainingData the source tree ({@code training_data}), an existing directory
 * @param cacheDir the dataset cache ({@code cache_dir}); token files go to its {@code bin/}
 * @param tokenizer {@code "byte"} or the absolute path of a HuggingFace {@code tokenizer.json}
 * @param valFraction share of every source's tokens kept for validation ({@code val_fraction})
 */
public record DataConfig(Path trainingData, Path cacheDir, String tokenizer, double valFraction) {

  /** The tokenizer value that selects the byte-level tokenizer. */
  public static final String BYTE_TOKENIZER = "byte";

  /**
   * Where the token files and their sidecar live.
   *
   * @return {@code cacheDir/bin}
   */
  public Path binDir() {
    return cacheDir.resolve("bin");
  }
}
