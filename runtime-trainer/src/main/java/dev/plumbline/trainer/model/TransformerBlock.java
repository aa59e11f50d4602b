// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** A pre-norm transformer block: x + attention(norm(x)), then x + mlp(norm(x)). */
final class TransformerBlock extends AbstractBlock {

  private final NormLayer attentionNorm;
  private final CausalSelfAttention attention;
  private final NormLayer feedForwardNorm;
  private final FeedForward feedForward;

  /**
   * Creates one block.
   *
   * @param shape the model size
   */
  public TransformerBlock(GptShape shape) {
    // GPT-2's scaled init of the residual projections keeps the residual stream's variance flat.
    float projectionStd = (float) (Gpt.INIT_STD / Math.sqrt(2.0 * shape.layerCount()));
    this.attentionNorm = addChildBlock("attentionNorm", new NormLayer(shape.embeddingSize()));
    this.attention = addChildBlock("attention", new CausalSelfAttention(shape, projectionStd));
    this.feedForwardNorm = addChildBlock("feedForwardNorm", new NormLayer(shape.embeddingSize()));
    this.feedForward = addChildBlock("feedForward", new FeedForward(shape, projectionStd));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray attended = attention.forward(
        store, attentionNorm.forward(store, inputs, training), training).singletonOrThrow();
    NDArray afterAttention = x.add(attended);
    NDList normed = feedForwardNorm.forward(store, new NDList(afterAttention), training);
    NDArray fed = feedForward.forward(store, normed, training).singletonOrThrow();
    return new NDList(afterAttention.add(fed));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    attentionNorm.initialize(manager, dataType, inputShapes);
    attention.initialize(manager, dataType, inputShapes);
    feedForwardNorm.initialize(manager, dataType, inputShapes);
    feedForward.initialize(manager, dataType, inputShapes);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
