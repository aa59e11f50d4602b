// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.plumbline.trainer.model.Gpt;
import dev.plumbline.trainer.model.LanguageModelLoss;
import dev.plumbline.trainer.optim.ContiguousParameters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An initialised GPT on a device with its fp32 master weights: the loss of a batch, gradients on
 * the master weights, and the master weights as checkpoint tensors ({@code param/<name>}). In
 * fp32 the master weights are the model's weights; in fp16 the model computes with half-precision
 * weights (DJL's casts detach from autograd, so no autocast-style casting at use is possible) and
 * the master weights are separate fp32 arrays that receive the gradients and the updates. Either
 * way the master weights are views of one contiguous buffer ({@link ContiguousParameters}), so
 * that the optimizer updates all of them at once.
 */
final class TrainableModel implements AutoCloseable {

  private static final String PREFIX = "param/";

  private final Gpt gpt;
  private final NDManager manager;
  private final ParameterStore store;
  private final Map<String, NDArray> modelWeights = new LinkedHashMap<>();
  private final ContiguousParameters masterWeights;
  private final boolean separateMasters;

  /**
   * Initialises the model's weights from the engine's current random seed.
   *
   * @param gpt the model
   * @param device where weights and batches live
   * @param computeType FLOAT32 or FLOAT16
   */
  public TrainableModel(Gpt gpt, Device device, DataType computeType) {
    this.gpt = gpt;
    this.manager = NDManager.newBaseManager(device);
    gpt.initialize(manager, computeType);
    this.separateMasters = computeType != DataType.FLOAT32;
    Map<String, NDArray> initial = new LinkedHashMap<>();
    for (Pair<String, Parameter> parameter : gpt.getParameters()) {
      NDArray weight = parameter.getValue().getArray();
      initial.put(parameter.getKey(),
          separateMasters ? weight.toType(DataType.FLOAT32, true) : weight);
    }
    this.masterWeights = ContiguousParameters.copyOf(initial, manager);
    for (Pair<String, Parameter> parameter : gpt.getParameters()) {
      Parameter weight = parameter.getValue();
      if (separateMasters) {
        initial.get(parameter.getKey()).close();
        weight.getArray().setRequiresGradient(true);
      } else {
        rebind(weight, masterWeights.arrays().get(parameter.getKey()));
      }
      modelWeights.put(parameter.getKey(), weight.getArray());
    }
    if (separateMasters) {
      allocateMasterGradients();
    }
    this.store = new ParameterStore(manager, false);
  }

  // In fp32 the model computes with the master weights themselves: the parameter's own array is
  // released and the parameter re-seated on its view of the contiguous buffer (DJL allows a new
  // array only on a parameter without a shape).
  private static void rebind(Parameter parameter, NDArray view) {
    parameter.close();
    parameter.setShape(null);
    parameter.setArray(view);
  }

  // Master weights never take part in a forward pass; one backward through zero allocates their
  // gradient tensors so that gradients can be copied into them.
  private void allocateMasterGradients() {
    try (NDScope scope = new NDScope();
        GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray zero = null;
      for (NDArray master : masterWeights.arrays().values()) {
        NDArray term = master.mul(0).sum();
        zero = zero == null ? term : zero.add(term);
      }
      collector.backward(zero);
    }
  }

  /** The model. */
  public Gpt gpt() {
    return gpt;
  }

  /** The manager that owns the weights; arrays made from it live until {@link #close()}. */
  public NDManager manager() {
    return manager;
  }

  /** The fp32 master weights, one contiguous buffer: what the optimizer updates. */
  public ContiguousParameters masterWeights() {
    return masterWeights;
  }

  /** Clears the gradients of the model and master weights before a step. */
  public void zeroGradients() {
    masterWeights.zeroGradients();
    if (separateMasters) {
      modelWeights.values().forEach(weight -> JniUtils.zeroGrad((PtNDArray) weight));
    }
  }

  /** Copies the model's half-precision gradients into the fp32 master gradients (after backward). */
  public void collectGradients() {
    if (!separateMasters) {
      return;
    }
    try (NDScope scope = new NDScope()) {
      masterWeights.arrays().forEach((name, master) -> master.getGradient()
          .addi(modelWeights.get(name).getGradient().toType(DataType.FLOAT32, false)));
    }
  }

  /** Copies the updated master weights into the model's half-precision weights (after a step). */
  public void publishMasterWeights() {
    if (!separateMasters) {
      return;
    }
    try (NDScope scope = new NDScope()) {
      masterWeights.arrays().forEach((name, master) -> {
        NDArray weight = modelWeights.get(name);
        weight.set(master.toType(weight.getDataType(), false).toByteBuffer());
      });
    }
  }

  /**
   * The mean next-token loss of a batch (call inside an NDScope; differentiable when training).
   *
   * @param inputs token ids, row-major (rows × length)
   * @param targets next-token ids, same layout
   * @param rows sequences in the batch
   * @param training whether dropout is active
   * @return the scalar fp32 loss
   */
  public NDArray loss(long[] inputs, long[] targets, int rows, boolean training) {
    Shape shape = new Shape(rows, inputs.length / rows);
    NDArray x = manager.create(inputs, shape);
    NDArray y = manager.create(targets, shape);
    NDArray logits = gpt.forward(store, new NDList(x), training).singletonOrThrow();
    return LanguageModelLoss.crossEntropy(logits, y);
  }

  /** The fp32 master weights in DJL's exact encoding, keyed {@code param/<name>}. */
  public Map<String, byte[]> encodeWeights() {
    Map<String, byte[]> tensors = new LinkedHashMap<>();
    masterWeights.arrays().forEach((name, master) -> tensors.put(PREFIX + name, master.encode()));
    return tensors;
  }

  /**
   * Overwrites the weights with a checkpoint's, bit for bit.
   *
   * @param tensors checkpoint tensors containing every {@code param/<name>}
   * @throws IllegalArgumentException when a weight is missing or has another shape
   */
  public void restoreWeights(Map<String, byte[]> tensors) {
    try (NDManager scratch = manager.newSubManager()) {
      Map<String, NDArray> checked = new LinkedHashMap<>();
      for (Map.Entry<String, NDArray> entry : masterWeights.arrays().entrySet()) {
        byte[] encoded = tensors.get(PREFIX + entry.getKey());
        NDArray target = entry.getValue();
        NDArray saved = encoded == null ? null : NDArray.decode(scratch, encoded);
        if (saved == null || !saved.getShape().equals(target.getShape())
            || saved.getDataType() != target.getDataType()) {
          throw new IllegalArgumentException("checkpoint weight '" + entry.getKey()
              + "' is missing or differs in shape from " + target.getShape()
              + ": the checkpoint was written for another model size; use a fresh checkpoint.dir");
        }
        checked.put(entry.getKey(), saved);
      }
      // Written only once every weight is known to fit, so a bad checkpoint changes nothing.
      checked.forEach(masterWeights::overwrite);
    }
    publishMasterWeights();
  }

  @Override
  public void close() {
    manager.close();
  }
}
