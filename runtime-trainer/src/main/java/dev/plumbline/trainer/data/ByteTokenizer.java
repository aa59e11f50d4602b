// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.nio.charset.StandardCharsets;

/** One token per UTF-8 byte: 256 ids, no model file, any text. */
final class ByteTokenizer implements Tokenizer {

  /** The identity recorded in sidecars. */
  public static final String ID = "byte";

  /** Creates the tokenizer. */
  public ByteTokenizer() {
    // Stateless: nothing to load.
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int vocabSize() {
    return 256;
  }

  @Override
  public int[] encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int[] ids = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      ids[i] = bytes[i] & 0xFF;
    }
    return ids;
  }

  @Override
  public String decode(int[] ids) {
    byte[] bytes = new byte[ids.length];
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] < 0 || ids[i] > 255) {
        throw new IllegalArgumentException("byte token ids are 0 to 255, got " + ids[i]);
      }
      bytes[i] = (byte) ids[i];
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
