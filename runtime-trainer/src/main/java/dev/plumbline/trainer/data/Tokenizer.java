// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

/** Turns text into token ids. */
public interface Tokenizer extends AutoCloseable {

  /**
   * Identity recorded in the sidecar: a change of tokenizer must invalidate the token files.
   *
   * @return for example {@code byte} or {@code hf:<sha256>}
   */
  String id();

  /**
   * Number of distinct ids; decides uint16 or uint32 storage.
   *
   * @return the vocabulary size
   */
  int vocabSize();

  /**
   * Encodes text without adding special tokens.
   *
   * @param text the text
   * @return its token ids, each in {@code [0, vocabSize())}
   */
  int[] encode(String text);

  /**
   * Turns token ids back into text (generated text, for example); ids that do not form valid
   * text on their own, such as half of a multi-byte character, become U+FFFD.
   *
   * @param ids token ids, each in {@code [0, vocabSize())}
   * @return the text
   */
  String decode(int[] ids);

  /** Releases native resources, if any. */
  @Override
  void close();
}
