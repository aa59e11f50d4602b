// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AdamW (decoupled weight decay, PyTorch's update rule) whose moments and step count can be saved
 * and restored, which DJL's own Adam cannot do (its moments live in private maps). Weight decay
 * applies to parameters with two or more dimensions (matrices, embeddings), as in nanoGPT.
 */
public final class AdamW implements AutoCloseable {

  private final AdamWSettings settings;
  private final Map<String, NDArray> parameters = new LinkedHashMap<>();
  private final Map<String, NDArray> firstMoments = new LinkedHashMap<>();
  private final Map<String, NDArray> secondMoments = new LinkedHashMap<>();
  private final NDManager stateManager;
  private long stepCount;

  /**
   * Creates the optimizer with zero moments.
   *
   * @param settings hyper-parameters
   * @param trainable named fp32 arrays with gradients attached, updated in place
   * @param manager the manager the moments are created under (a sub-manager is made and owned)
   */
  public AdamW(AdamWSettings settings, Map<String, NDArray> trainable, NDManager manager) {
    this.settings = settings;
    this.stateManager = manager.newSubManager();
    for (Map.Entry<String, NDArray> entry : trainable.entrySet()) {
      NDArray array = entry.getValue();
      parameters.put(entry.getKey(), array);
      firstMoments.put(entry.getKey(), stateManager.zeros(array.getShape(), array.getDataType()));
      secondMoments.put(entry.getKey(), stateManager.zeros(array.getShape(), array.getDataType()));
    }
  }

  /** Updates taken so far (the t of the bias corrections). */
  public long stepCount() {
    return stepCount;
  }

  /**
   * Applies one update with the gradients currently attached to the parameters.
   *
   * @param learningRate the rate for this step
   */
  public void step(double learningRate) {
    stepCount++;
    double firstCorrection = 1.0 - Math.pow(settings.beta1(), (double) stepCount);
    double secondCorrection = Math.sqrt(1.0 - Math.pow(settings.beta2(), (double) stepCount));
    double decayFactor = 1.0 - learningRate * settings.weightDecay();
    try (NDScope scope = new NDScope()) {
      for (Map.Entry<String, NDArray> entry : parameters.entrySet()) {
        NDArray parameter = entry.getValue();
        NDArray gradient = parameter.getGradient();
        NDArray m = firstMoments.get(entry.getKey());
        NDArray v = secondMoments.get(entry.getKey());
        m.muli(settings.beta1()).addi(gradient.mul(1.0 - settings.beta1()));
        v.muli(settings.beta2()).addi(gradient.square().muli(1.0 - settings.beta2()));
        if (parameter.getShape().dimension() >= 2 && settings.weightDecay() > 0) {
          parameter.muli(decayFactor);
        }
        NDArray denominator = v.sqrt().divi(secondCorrection).addi(settings.epsilon());
        parameter.subi(m.div(denominator).muli(learningRate / firstCorrection));
      }
    }
  }

  /**
   * The moments, keyed {@code m/<parameter>} and {@code v/<parameter>}, for a checkpoint. The
   * arrays stay owned by the optimizer.
   *
   * @return first and second moments by name
   */
  public Map<String, NDArray> stateTensors() {
    Map<String, NDArray> state = new LinkedHashMap<>();
    firstMoments.forEach((name, array) -> state.put("m/" + name, array));
    secondMoments.forEach((name, array) -> state.put("v/" + name, array));
    return state;
  }

  /**
   * Restores moments and step count saved by {@link #stateTensors()} and {@link #stepCount()}.
   *
   * @param savedStepCount the step count to continue from
   * @param tensors the saved moments by name; each must match its parameter's shape
   * @throws IllegalArgumentException when a moment is missing or has the wrong shape
   */
  public void restore(long savedStepCount, Map<String, NDArray> tensors) {
    Map<String, NDArray> own = stateTensors();
    for (Map.Entry<String, NDArray> entry : own.entrySet()) {
      NDArray saved = tensors.get(entry.getKey());
      if (saved == null || !saved.getShape().equals(entry.getValue().getShape())) {
        throw new IllegalArgumentException("optimizer state for '" + entry.getKey()
            + "' is missing or has the wrong shape: the checkpoint belongs to another model size");
      }
      entry.getValue().set(saved.toByteBuffer());
    }
    this.stepCount = savedStepCount;
  }

  @Override
  public void close() {
    stateManager.close();
  }
}
