// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.model;

/**
 * The size of a GPT: vocabulary, depth, width, heads, context length and dropout.
 *
 * @param vocabSize number of token ids the embedding and the tied head cover
 * @param layerCount number of transformer blocks
 * @param headCount attention heads per block
 * @param embeddingSize width of the residual stream
 * @param blockSize longest context the position embedding covers
 * @param dropout dropout rate applied after attention, projections and embeddings
 */
public record GptShape(
    int vocabSize, int layerCount, int headCount, int embeddingSize, int blockSize, float dropout) {

  /** Validates the shape so that a bad size fails here and not deep inside a tensor op. */
  public GptShape {
    requirePositive("vocab size", vocabSize);
    requirePositive("n_layer", layerCount);
    requirePositive("n_head", headCount);
    requirePositive("n_embd", embeddingSize);
    requirePositive("block_size", blockSize);
    if (embeddingSize % headCount != 0) {
      throw new IllegalArgumentException(
          "model.n_embd (" + embeddingSize + ") must be a multiple of model.n_head (" + headCount
              + "): each head gets n_embd / n_head channels; change one of them in the config");
    }
    if (dropout < 0f || dropout >= 1f) {
      throw new IllegalArgumentException(
          "model.dropout must be in [0, 1), got " + dropout + ": set it to e.g. 0.0 or 0.1");
    }
  }

  /** Channels per attention head. */
  public int headSize() {
    return embeddingSize / headCount;
  }

  /**
   * Trainable parameters without the position embedding, counted the way nanoGPT counts them for
   * its MFU estimate (the tied head shares the token embedding and is not counted twice).
   */
  public long parameterCountWithoutPositions() {
    long c = embeddingSize;
    long perBlock = 2 * (2 * c) // two layer norms, gamma and beta
        + (c * 3 * c + 3 * c) // qkv projection
        + (c * c + c) // attention output projection
        + (c * 4 * c + 4 * c) // MLP up
        + (4 * c * c + c); // MLP down
    return (long) vocabSize * c + layerCount * perBlock + 2 * c;
  }

  /**
   * Floating point operations for one token of a training step (forward and backward), nanoGPT's
   * formula: 6N + 12·L·H·Q·T.
   */
  public double trainingFlopsPerToken() {
    return 6.0 * parameterCountWithoutPositions()
        + 12.0 * layerCount * headCount * headSize() * blockSize;
  }

  private static void requirePositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(
          name + " must be a positive number, got " + value + ": fix it in the config");
    }
  }
}
