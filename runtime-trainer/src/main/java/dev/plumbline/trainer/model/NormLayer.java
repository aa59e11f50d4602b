// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.util.PairList;

/** Layer normalisation over the last axis with a learned scale and shift. */
final class NormLayer extends AbstractBlock {

  private static final float EPSILON = 1e-5f;

  private final int size;
  private final Parameter gamma;
  private final Parameter beta;

  /**
   * Creates the layer.
   *
   * @param size channels of the last axis
   */
  public NormLayer(int size) {
    this.size = size;
    this.gamma = addParameter(Parameter.builder()
        .setName("gamma")
        .setType(Parameter.Type.GAMMA)
        .optShape(new Shape(size))
        .optInitializer(new ConstantInitializer(1f))
        .build());
    this.beta = addParameter(Parameter.builder()
        .setName("beta")
        .setType(Parameter.Type.BETA)
        .optShape(new Shape(size))
        .optInitializer(new ConstantInitializer(0f))
        .build());
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray g = store.getValue(gamma, x.getDevice(), training);
    NDArray b = store.getValue(beta, x.getDevice(), training);
    return x.getNDArrayInternal().layerNorm(x, new Shape(size), g, b, EPSILON);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
