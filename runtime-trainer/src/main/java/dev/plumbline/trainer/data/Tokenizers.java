// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import dev.plumbline.trainer.config.DataConfig;
import java.nio.file.Path;

/** Chooses the tokenizer named by {@code data.tokenizer}. */
public final class Tokenizers {

  private Tokenizers() {
  }

  /**
   * Opens the tokenizer of a configuration.
   *
   * @param spec {@code byte} or the path of a HuggingFace {@code tokenizer.json}
   * @return the tokenizer; close it when done
   */
  public static Tokenizer open(String spec) {
    return DataConfig.BYTE_TOKENIZER.equals(spec) ? new ByteTokenizer()
        : HuggingFaceTokenizerFile.open(Path.of(spec));
  }
}
