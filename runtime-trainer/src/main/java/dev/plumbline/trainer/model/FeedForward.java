// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** The block's MLP: widen four times, GELU, project back, dropout. */
final class FeedForward extends AbstractBlock {

  private final float dropout;
  private final DenseLayer up;
  private final DenseLayer down;

  /**
   * Creates the MLP of one block.
   *
   * @param shape the model size
   * @param projectionInitStd initialisation std of the down projection (scaled with depth)
   */
  public FeedForward(GptShape shape, float projectionInitStd) {
    int width = shape.embeddingSize();
    this.dropout = shape.dropout();
    this.up = addChildBlock("up", new DenseLayer(width, 4 * width, Gpt.INIT_STD));
    this.down = addChildBlock("down", new DenseLayer(4 * width, width, projectionInitStd));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray hidden = Activation.gelu(up.forward(store, inputs, training).singletonOrThrow());
    NDArray out = down.forward(store, new NDList(hidden), training).singletonOrThrow();
    return new NDList(Dropouts.apply(out, dropout, training));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    up.initialize(manager, dataType, inputShapes);
    down.initialize(manager, dataType, up.getOutputShapes(inputShapes));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
