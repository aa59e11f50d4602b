// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.model;

import dev.plumbline.trainer.config.ModelConfig;

/**
 * The size of a GPT: the {@code model:} section of the configuration and the vocabulary of the
 * tokenizer, which the configuration does not fix.
 *
 * @param vocabSize number of token ids the embedding and the tied head cover
 * @param model depth, heads, width, context length and dropout
 */
public record GptShape(int vocabSize, ModelConfig model) {

  /** Validates the shape so that a bad size fails here and not deep inside a tensor op. */
  public GptShape {
    requirePositive("vocab size", vocabSize);
    requirePositive("model.n_layer", model.layerCount());
    requirePositive("model.n_head", model.headCount());
    requirePositive("model.n_embd", model.embeddingSize());
    requirePositive("model.block_size", model.blockSize());
    if (model.embeddingSize() % model.headCount() != 0) {
      throw new IllegalArgumentException("model.n_embd (" + model.embeddingSize()
          + ") must be a multiple of model.n_head (" + model.headCount() + "): each head gets"
          + " n_embd / n_head channels; change one of them in the config");
    }
    if (model.dropout() < 0 || model.dropout() >= 1) {
      throw new IllegalArgumentException("model.dropout must be in [0, 1), got "
          + model.dropout() + ": set it to e.g. 0.0 or 0.1");
    }
  }

  /** Number of transformer blocks ({@code n_layer}). */
  public int layerCount() {
    return model.layerCount();
  }

  /** Attention heads per block ({@code n_head}). */
  public int headCount() {
    return model.headCount();
  }

  /** Width of the residual stream ({@code n_embd}). */
  public int embeddingSize() {
    return model.embeddingSize();
  }

  /** Longest context the position embedding covers ({@code block_size}). */
  public int blockSize() {
    return model.blockSize();
  }

  /** Dropout rate after attention, projections and embeddings ({@code dropout}). */
  public float dropout() {
    return (float) model.dropout();
  }

  /** Channels per attention head. */
  public int headSize() {
    return embeddingSize() / headCount();
  }

  /**
   * Trainable parameters without the position embedding, counted the way nanoGPT counts them for
   * its MFU estimate (the tied head shares the token embedding and is not counted twice).
   */
  public long parameterCountWithoutPositions() {
    long c = embeddingSize();
    long perBlock = 2 * (2 * c) // two layer norms, gamma and beta
        + (c * 3 * c + 3 * c) // qkv projection
        + (c * c + c) // attention output projection
        + (c * 4 * c + 4 * c) // MLP up
        + (4 * c * c + c); // MLP down
    return (long) vocabSize * c + layerCount() * perBlock + 2 * c;
  }

  /**
   * Floating point operations for one token of a training step (forward and backward), nanoGPT's
   * formula: 6N + 12·L·H·Q·T.
   */
  public double trainingFlopsPerToken() {
    return 6.0 * parameterCountWithoutPositions()
        + 12.0 * layerCount() * headCount() * headSize() * blockSize();
  }

  private static void requirePositive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(
          name + " must be a positive number, got " + value + ": fix it in the config");
    }
  }
}
