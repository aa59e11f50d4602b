// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

/** The two token files of a dataset. */
public enum Split {
  /** Training tokens, {@code train.bin}. */
  TRAIN("train.bin"),
  /** Validation tokens, {@code val.bin}. */
  VAL("val.bin");

  private final String fileName;

  Split(String fileName) {
    this.fileName = fileName;
  }

  /**
   * The token file's name inside {@code dataset_cache/bin}.
   *
   * @return {@code train.bin} or {@code val.bin}
   */
  public String fileName() {
    return fileName;
  }
}
