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
import java.util.Arrays;

/**
 * Multi-head causal self-attention. DJL has no fused attention, so the causal mask (−∞ above the
 * diagonal) is built here and added to the scores before the softmax.
 */
final class CausalSelfAttention extends AbstractBlock {

  private final int headCount;
  private final int embeddingSize;
  private final float dropout;
  private final DenseLayer qkv;
  private final DenseLayer projection;
  private final float[][] masksByLength;

  /**
   * Creates the attention layer of one block.
   *
   * @param shape the model size
   * @param projectionInitStd initialisation std of the output projection (scaled with depth)
   */
  public CausalSelfAttention(GptShape shape, float projectionInitStd) {
    this.headCount = shape.headCount();
    this.embeddingSize = shape.embeddingSize();
    this.dropout = shape.dropout();
    this.qkv = addChildBlock("qkv", new DenseLayer(embeddingSize, 3 * embeddingSize, Gpt.INIT_STD));
    this.projection = addChildBlock(
        "projection", new DenseLayer(embeddingSize, embeddingSize, projectionInitStd));
    this.masksByLength = new float[shape.blockSize() + 1][];
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    long batch = x.getShape().get(0);
    int length = (int) x.getShape().get(1);
    int headSize = embeddingSize / headCount;
    NDList qkvParts = qkv.forward(store, new NDList(x), training).singletonOrThrow().split(3, 2);
    Shape perHead = new Shape(batch, length, headCount, headSize);
    NDArray q = qkvParts.get(0).reshape(perHead).transpose(0, 2, 1, 3);
    NDArray kTransposed = qkvParts.get(1).reshape(perHead).transpose(0, 2, 3, 1);
    NDArray v = qkvParts.get(2).reshape(perHead).transpose(0, 2, 1, 3);
    NDArray scores = q.matMul(kTransposed).muli(1.0 / Math.sqrt(headSize));
    NDArray weights = scores.addi(causalMask(x, length)).softmax(-1);
    weights = Dropouts.apply(weights, dropout, training);
    NDArray y = weights.matMul(v).transpose(0, 2, 1, 3).reshape(batch, length, embeddingSize);
    NDArray out = projection.forward(store, new NDList(y), training).singletonOrThrow();
    return new NDList(Dropouts.apply(out, dropout, training));
  }

  private NDArray causalMask(NDArray like, int length) {
    float[] mask = masksByLength[length];
    if (mask == null) {
      mask = new float[length * length];
      for (int row = 0; row < length; row++) {
        Arrays.fill(mask, row * length + row + 1, (row + 1) * length, Float.NEGATIVE_INFINITY);
      }
      masksByLength[length] = mask;
    }
    NDArray created = like.getManager().create(mask, new Shape(length, length));
    // The mask is a constant: a cast that detaches from autograd is fine here.
    return like.getDataType() == DataType.FLOAT32 ? created : created.toType(like.getDataType(), false);
  }

  @Override
  protected void initializeChildBlocks(
      NDManager manager, DataType dataType, Shape... inputShapes) {
    qkv.initialize(manager, dataType, inputShapes);
    projection.initialize(manager, dataType, inputShapes);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
