// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * A HuggingFace {@code tokenizer.json} run through DJL's tokenizers binding (Rust, native library
 * shipped inside the jar). The binding does not report the vocabulary size, so it is read from the
 * JSON: the largest id of the model's vocabulary and of the added tokens, plus one.
 */
final class HuggingFaceTokenizerFile implements Tokenizer {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HuggingFaceTokenizer tokenizer;
  private final String id;
  private final int vocabSize;

  private HuggingFaceTokenizerFile(HuggingFaceTokenizer tokenizer, String id, int vocabSize) {
    this.tokenizer = tokenizer;
    this.id = id;
    this.vocabSize = vocabSize;
  }

  /**
   * Loads a tokenizer file.
   *
   * @param file the {@code tokenizer.json}
   * @return the tokenizer
   * @throws DatasetException when the file cannot be read or is not a tokenizer
   */
  public static HuggingFaceTokenizerFile open(Path file) {
    int vocabSize = vocabSize(file);
    String hash;
    try {
      hash = FileHashes.sha256(file);
    } catch (IOException e) {
      throw new DatasetException("tokenizer " + file + " cannot be read: " + e.getMessage(), e);
    }
    // No truncation and no special tokens: the token files hold the plain text stream.
    Map<String, String> options = Map.of("addSpecialTokens", "false", "truncation", "false",
        "padding", "false");
    try {
      return new HuggingFaceTokenizerFile(HuggingFaceTokenizer.newInstance(file, options),
          "hf:" + hash, vocabSize);
    } catch (IOException e) {
      throw new DatasetException("tokenizer " + file + " cannot be loaded: " + e.getMessage(), e);
    }
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public int vocabSize() {
    return vocabSize;
  }

  @Override
  public int[] encode(String text) {
    long[] ids = tokenizer.encode(text, false, false).getIds();
    int[] result = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      result[i] = Math.toIntExact(ids[i]);
    }
    return result;
  }

  @Override
  public String decode(int[] ids) {
    long[] wide = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      wide[i] = ids[i];
    }
    return tokenizer.decode(wide, false);
  }

  @Override
  public void close() {
    tokenizer.close();
  }

  private static int vocabSize(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new DatasetException("tokenizer " + file + " is not valid JSON: " + e.getMessage()
          + "; point data.tokenizer at a HuggingFace tokenizer.json or use 'byte'", e);
    }
    long maxId = -1;
    JsonNode vocab = root.path("model").path("vocab");
    if (vocab.isObject()) {
      for (Iterator<JsonNode> ids = vocab.elements(); ids.hasNext(); ) {
        maxId = Math.max(maxId, ids.next().asLong(-1));
      }
    } else if (vocab.isArray()) {
      // Unigram models list [piece, score] pairs; the id is the position.
      maxId = vocab.size() - 1L;
    }
    for (JsonNode added : root.path("added_tokens")) {
      maxId = Math.max(maxId, added.path("id").asLong(-1));
    }
    if (maxId < 0) {
      throw new DatasetException("tokenizer " + file + " has no model.vocab; point data.tokenizer"
          + " at a HuggingFace tokenizer.json or use 'byte'");
    }
    return Math.toIntExact(maxId + 1);
  }
}
