// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

/**
 * How token ids are stored in a {@code .bin} file: little-endian unsigned integers of two or four
 * bytes, as nanoGPT's {@code np.uint16}/{@code np.uint32} files.
 */
public enum TokenDtype {
  /** Two bytes per token; vocabularies of fewer than 65,535 ids. */
  UINT16("uint16", 2),
  /** Four bytes per token; every larger vocabulary. */
  UINT32("uint32", 4);

  /** The rulebook's threshold: uint16 when the vocabulary has fewer ids than this. */
  public static final int UINT16_VOCAB_LIMIT = 65_535;

  private final String label;
  private final int bytes;

  TokenDtype(String label, int bytes) {
    this.label = label;
    this.bytes = bytes;
  }

  /**
   * The dtype for a vocabulary: uint16 when it has fewer than 65,535 ids, else uint32.
   *
   * @param vocabSize number of token ids
   * @return the dtype
   */
  public static TokenDtype forVocabSize(long vocabSize) {
    if (vocabSize < 1) {
      throw new IllegalArgumentException("vocabulary size must be positive, got " + vocabSize);
    }
    return vocabSize < UINT16_VOCAB_LIMIT ? UINT16 : UINT32;
  }

  /**
   * The dtype of a numpy-style name.
   *
   * @param label {@code uint16} or {@code uint32}
   * @return the dtype
   */
  public static TokenDtype ofLabel(String label) {
    for (TokenDtype dtype : values()) {
      if (dtype.label.equals(label)) {
        return dtype;
      }
    }
    throw new IllegalArgumentException("unknown token dtype '" + label + "' (uint16 or uint32)");
  }

  /**
   * The numpy-style name.
   *
   * @return {@code uint16} or {@code uint32}
   */
  public String label() {
    return label;
  }

  /**
   * Bytes per token.
   *
   * @return 2 or 4
   */
  public int bytes() {
    return bytes;
  }
}
