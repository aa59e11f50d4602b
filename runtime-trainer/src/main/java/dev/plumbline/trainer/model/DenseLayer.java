// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/** A fully connected layer, y = x times W transposed plus b, over the last axis. */
final class DenseLayer extends AbstractBlock {

  private final int inputSize;
  private final int outputSize;
  private final Parameter weight;
  private final Parameter bias;

  /**
   * Creates the layer.
   *
   * @param inputSize channels in
   * @param outputSize channels out
   * @param initStd standard deviation of the normal weight initialisation (bias starts at zero)
   */
  public DenseLayer(int inputSize, int outputSize, float initStd) {
    this.inputSize = inputSize;
    this.outputSize = outputSize;
    this.weight = addParameter(Parameter.builder()
        .setName("weight")
        .setType(Parameter.Type.WEIGHT)
        .optShape(new Shape(outputSize, inputSize))
        .optInitializer(new NormalInitializer(initStd))
        .build());
    this.bias = addParameter(Parameter.builder()
        .setName("bias")
        .setType(Parameter.Type.BIAS)
        .optShape(new Shape(outputSize))
        .build());
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray w = store.getValue(weight, x.getDevice(), training);
    NDArray b = store.getValue(bias, x.getDevice(), training);
    return x.getNDArrayInternal().linear(x, w, b);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    if (in.tail() != inputSize) {
      throw new IllegalArgumentException(
          "DenseLayer expects " + inputSize + " input channels, got shape " + in);
    }
    return new Shape[] {in.slice(0, in.dimension() - 1).add(outputSize)};
  }
}
