// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import dev.plumbline.trainer.model.Gpt;
import dev.plumbline.trainer.model.LanguageModelLoss;
import dev.plumbline.trainer.optim.Gradients;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An initialised GPT with its weights on a device: the loss of a batch, its gradients, and its
 * weights as checkpoint tensors ({@code param/<name>}).
 */
public final class TrainableModel implements AutoCloseable {

  private static final String PREFIX = "param/";

  private final Gpt gpt;
  private final NDManager manager;
  private final ParameterStore store;
  private final PairList<String, Parameter> parameters;
  private final Gradients gradients;

  /**
   * Initialises the model's weights from the engine's current random seed.
   *
   * @param gpt the model
   * @param device where weights and batches live
   */
  public TrainableModel(Gpt gpt, Device device) {
    this.gpt = gpt;
    this.manager = NDManager.newBaseManager(device);
    gpt.initialize(manager);
    this.store = new ParameterStore(manager, false);
    this.parameters = gpt.getParameters();
    List<NDArray> arrays = new ArrayList<>();
    for (Pair<String, Parameter> parameter : parameters) {
      parameter.getValue().getArray().setRequiresGradient(true);
      arrays.add(parameter.getValue().getArray());
    }
    this.gradients = new Gradients(arrays);
  }

  /** The model. */
  public Gpt gpt() {
    return gpt;
  }

  /** The manager that owns the weights; arrays made from it live until {@link #close()}. */
  public NDManager manager() {
    return manager;
  }

  /** The named trainable parameters. */
  public PairList<String, Parameter> parameters() {
    return parameters;
  }

  /** The parameters' gradients. */
  public Gradients gradients() {
    return gradients;
  }

  /**
   * The mean next-token loss of a batch (call inside an NDScope; differentiable when training).
   *
   * @param inputs token ids, row-major (rows × length)
   * @param targets next-token ids, same layout
   * @param rows sequences in the batch
   * @param training whether dropout is active
   * @return the scalar loss
   */
  public NDArray loss(long[] inputs, long[] targets, int rows, boolean training) {
    Shape shape = new Shape(rows, inputs.length / rows);
    NDArray x = manager.create(inputs, shape);
    NDArray y = manager.create(targets, shape);
    NDArray logits = gpt.forward(store, new NDList(x), training).singletonOrThrow();
    return LanguageModelLoss.crossEntropy(logits, y);
  }

  /** The weights in DJL's exact encoding, keyed {@code param/<name>}. */
  public Map<String, byte[]> encodeWeights() {
    Map<String, byte[]> tensors = new LinkedHashMap<>();
    for (Pair<String, Parameter> parameter : parameters) {
      tensors.put(PREFIX + parameter.getKey(), parameter.getValue().getArray().encode());
    }
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
      for (Pair<String, Parameter> parameter : parameters) {
        byte[] encoded = tensors.get(PREFIX + parameter.getKey());
        NDArray target = parameter.getValue().getArray();
        NDArray saved = encoded == null ? null : NDArray.decode(scratch, encoded);
        if (saved == null || !saved.getShape().equals(target.getShape())
            || saved.getDataType() != target.getDataType()) {
          throw new IllegalArgumentException("checkpoint weight '" + parameter.getKey()
              + "' is missing or differs in shape from " + target.getShape()
              + ": the checkpoint was written for another model size; use a fresh checkpoint.dir");
        }
        target.set(saved.toByteBuffer());
      }
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
