// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.util.List;

/**
 * The JSON sidecar ({@code dataset.json}) next to the token files: what they contain and what they
 * were made from. It is written last, so its presence marks a complete dataset, and the source
 * hashes in it decide whether tokenization can be skipped.
 *
 * @param formatVersion sidecar format, {@value #FORMAT_VERSION}
 * @param tokenizer tokenizer identity: {@code byte} or {@code hf:<sha256 of tokenizer.json>}
 * @param vocabSize number of token ids
 * @param dtype {@code uint16} or {@code uint32}
 * @param valFraction {@code data.val_fraction} the split was made with
 * @param train the training file
 * @param val the validation file
 * @param sources every source file that was tokenized, in order
 */
public record DatasetManifest(int formatVersion, String tokenizer, int vocabSize, String dtype,
    double valFraction, SplitFile train, SplitFile val, List<SourceEntry> sources) {

  /** Current sidecar format. */
  public static final int FORMAT_VERSION = 1;

  /** The sidecar's file name in the bin directory. */
  public static final String FILE_NAME = "dataset.json";

  /**
   * One token file.
   *
   * @param file file name in the bin directory
   * @param tokens number of tokens
   * @param sha256 hex SHA-256 of the file's bytes
   */
  public record SplitFile(String file, long tokens, String sha256) {
  }

  /**
   * One source file.
   *
   * @param path path relative to {@code training_data/}, with forward slashes
   * @param bytes size in bytes
   * @param sha256 hex SHA-256 of the file's bytes
   */
  public record SourceEntry(String path, long bytes, String sha256) {
  }

  /**
   * The entry of one split.
   *
   * @param split train or val
   * @return its file entry
   */
  public SplitFile file(Split split) {
    return split == Split.TRAIN ? train : val;
  }

  /**
   * The dtype as an enum.
   *
   * @return the token dtype
   */
  public TokenDtype tokenDtype() {
    return TokenDtype.ofLabel(dtype);
  }
}
