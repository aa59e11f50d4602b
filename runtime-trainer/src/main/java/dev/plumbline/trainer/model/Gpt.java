// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * A small causal GPT (nanoGPT's architecture): token and position embeddings, pre-norm transformer
 * blocks, a final norm and a head tied to the token embedding. Input: token ids (batch, time) as
 * int64; output: logits (batch, time, vocab) in the data type the weights were initialised in.
 */
public final class Gpt extends AbstractBlock {

  /** Standard deviation of the normal initialisation of embeddings and linear weights (GPT-2). */
  static final float INIT_STD = 0.02f;

  private final GptShape shape;
  private final Parameter tokenEmbedding;
  private final Parameter positionEmbedding;
  private final List<TransformerBlock> blocks = new ArrayList<>();
  private final NormLayer finalNorm;

  /**
   * Creates the model.
   *
   * @param shape the model size
   */
  public Gpt(GptShape shape) {
    this.shape = shape;
    this.tokenEmbedding = addParameter(embedding("tokenEmbedding", shape.vocabSize(), shape));
    this.positionEmbedding = addParameter(embedding("positionEmbedding", shape.blockSize(), shape));
    for (int i = 0; i < shape.layerCount(); i++) {
      blocks.add(addChildBlock("block" + i, new TransformerBlock(shape)));
    }
    this.finalNorm = addChildBlock("finalNorm", new NormLayer(shape.embeddingSize()));
  }

  /** The model size. */
  public GptShape shape() {
    return shape;
  }

  /**
   * Initialises the weights (seed the engine first for a reproducible start).
   *
   * @param manager the manager that owns the weights for the model's lifetime
   * @param dataType FLOAT32, or FLOAT16 to compute in half precision (DJL's casts detach from
   *     autograd, so a half-precision model has half-precision weights; the trainer keeps fp32
   *     master copies)
   */
  public void initialize(NDManager manager, DataType dataType) {
    if (dataType != DataType.FLOAT32 && dataType != DataType.FLOAT16) {
      throw new IllegalArgumentException("Gpt computes in FLOAT32 or FLOAT16, not " + dataType
          + ": DJL's PyTorch JNI cannot pass other float types; pick precision fp32 or fp16");
    }
    initialize(manager, dataType, new Shape(1, shape.blockSize()));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray tokens = inputs.singletonOrThrow();
    long length = tokens.getShape().get(1);
    if (length > shape.blockSize()) {
      throw new IllegalArgumentException("sequence length " + length
          + " exceeds the model's block_size " + shape.blockSize());
    }
    NDArray wte = store.getValue(tokenEmbedding, tokens.getDevice(), training);
    NDArray wpe = store.getValue(positionEmbedding, tokens.getDevice(), training);
    NDArray positions = tokens.getManager().arange(0, (int) length, 1, DataType.INT64);
    NDArray tok = tokens.getNDArrayInternal()
        .embedding(tokens, wte, SparseFormat.DENSE).singletonOrThrow();
    NDArray pos = positions.getNDArrayInternal()
        .embedding(positions, wpe, SparseFormat.DENSE).singletonOrThrow();
    NDList hidden = new NDList(Dropouts.apply(tok.add(pos), shape.dropout(), training));
    for (TransformerBlock block : blocks) {
      hidden = block.forward(store, hidden, training);
    }
    NDArray normed = finalNorm.forward(store, hidden, training).singletonOrThrow();
    return normed.getNDArrayInternal().linear(normed, wte, null);
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape hidden = new Shape(inputShapes[0].get(0), inputShapes[0].get(1), shape.embeddingSize());
    for (TransformerBlock block : blocks) {
      block.initialize(manager, dataType, hidden);
    }
    finalNorm.initialize(manager, dataType, hidden);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0].add(shape.vocabSize())};
  }

  private static Parameter embedding(String name, int rows, GptShape shape) {
    return Parameter.builder()
        .setName(name)
        .setType(Parameter.Type.WEIGHT)
        .optShape(new Shape(rows, shape.embeddingSize()))
        .optInitializer(new NormalInitializer(INIT_STD))
        .build();
  }
}
