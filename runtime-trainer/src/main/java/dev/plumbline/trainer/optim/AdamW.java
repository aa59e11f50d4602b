// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AdamW (decoupled weight decay, PyTorch's update rule) whose moments and step count can be saved
 * and restored, which DJL's own Adam cannot do (its moments live in private maps). Weight decay
 * applies to parameters with two or more dimensions (matrices, embeddings), as in nanoGPT.
 *
 * <p>The parameters and both moments are contiguous buffers of the same layout, so a step is two
 * calls into libtorch (matrices with decay, vectors without) whatever the number of parameters.
 */
public final class AdamW implements AutoCloseable {

  // adamUpdate's element-wise clamp of the gradient (MXNet's convention); negative turns it off.
  private static final float NO_CLIPPING = -1f;

  private final AdamWSettings settings;
  private final ContiguousParameters parameters;
  private final NDManager stateManager;
  private final NDArray firstMoments;
  private final NDArray secondMoments;
  private final Map<String, NDArray> stateViews = new LinkedHashMap<>();
  private final List<Segment> segments = new ArrayList<>();
  private long stepCount;

  /**
   * Creates the optimizer with zero moments.
   *
   * @param settings hyper-parameters
   * @param parameters the trainable buffer, updated in place
   * @param manager the manager the moments are created under (a sub-manager is made and owned)
   */
  public AdamW(AdamWSettings settings, ContiguousParameters parameters, NDManager manager) {
    this.settings = settings;
    this.parameters = parameters;
    this.stateManager = manager.newSubManager();
    Shape flat = parameters.buffer().getShape();
    this.firstMoments = stateManager.zeros(flat, parameters.buffer().getDataType());
    this.secondMoments = stateManager.zeros(flat, parameters.buffer().getDataType());
    List<NDArray> shapes = new ArrayList<>(parameters.arrays().values());
    List<NDArray> mViews = ContiguousParameters.split(firstMoments, shapes);
    List<NDArray> vViews = ContiguousParameters.split(secondMoments, shapes);
    int i = 0;
    for (String name : parameters.arrays().keySet()) {
      stateViews.put("m/" + name, mViews.get(i));
      stateViews.put("v/" + name, vViews.get(i++));
    }
    long matrices = parameters.matrixElements();
    long total = flat.size();
    addSegment(0, matrices, settings.weightDecay());
    addSegment(matrices, total, 0);
  }

  private void addSegment(long from, long to, double weightDecay) {
    if (to > from) {
      segments.add(new Segment(from, to, (float) weightDecay, slice(parameters.buffer(), from, to),
          slice(firstMoments, from, to), slice(secondMoments, from, to)));
    }
  }

  private static PtNDArray slice(NDArray flat, long from, long to) {
    return (PtNDArray) flat.get(from + ":" + to);
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
    try (NDScope scope = new NDScope()) {
      step(learningRate, parameters.gatherGradients(), 1.0);
    }
  }

  /**
   * Applies one update with gathered gradients, each multiplied by {@code gradientFactor} first (a
   * clipping coefficient folded into the update, so that the gradients need no pass of their own).
   *
   * <p>Each segment is updated by one call into libtorch ({@code adamUpdate} of DJL's PyTorch JNI,
   * which runs the whole rule in C++). That rule computes {@code w -= c * m / (sqrt(v) + e)}; with
   * {@code c = lr * sqrt(1 - beta2^t) / (1 - beta1^t)} and {@code e = eps * sqrt(1 - beta2^t)} it
   * is exactly PyTorch's {@code w -= lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)}.
   *
   * @param learningRate the rate for this step
   * @param gradients the gradients as {@link ContiguousParameters#gatherGradients()} lays them out
   * @param gradientFactor what each gradient is multiplied by before use; 1 uses them as they are
   */
  public void step(double learningRate, NDArray gradients, double gradientFactor) {
    stepCount++;
    double firstCorrection = 1.0 - Math.pow(settings.beta1(), (double) stepCount);
    double secondCorrectionRoot = Math.sqrt(1.0 - Math.pow(settings.beta2(), (double) stepCount));
    float correctedRate = (float) (learningRate * secondCorrectionRoot / firstCorrection);
    float correctedEpsilon = (float) (settings.epsilon() * secondCorrectionRoot);
    for (Segment segment : segments) {
      try (PtNDArray gradient = slice(gradients, segment.from(), segment.to())) {
        JniUtils.adamUpdate(segment.parameters(), gradient, segment.firstMoments(),
            segment.secondMoments(), (float) learningRate, correctedRate, segment.weightDecay(),
            (float) gradientFactor, NO_CLIPPING, (float) settings.beta1(),
            (float) settings.beta2(), correctedEpsilon, true);
      }
    }
  }

  /**
   * The moments, keyed {@code m/<parameter>} and {@code v/<parameter>}, for a checkpoint: one
   * array per parameter (views of the moment buffers), so the checkpoint does not depend on the
   * buffer layout. The arrays stay owned by the optimizer.
   *
   * @return first and second moments by name
   */
  public Map<String, NDArray> stateTensors() {
    return new LinkedHashMap<>(stateViews);
  }

  /**
   * Restores moments and step count saved by {@link #stateTensors()} and {@link #stepCount()}.
   *
   * @param savedStepCount the step count to continue from
   * @param tensors the saved moments by name; each must match its parameter's shape
   * @throws IllegalArgumentException when a moment is missing or has the wrong shape
   */
  public void restore(long savedStepCount, Map<String, NDArray> tensors) {
    for (Map.Entry<String, NDArray> entry : stateViews.entrySet()) {
      NDArray saved = tensors.get(entry.getKey());
      if (saved == null || !saved.getShape().equals(entry.getValue().getShape())) {
        throw new IllegalArgumentException("optimizer state for '" + entry.getKey()
            + "' is missing or has the wrong shape: the checkpoint belongs to another model size");
      }
    }
    // Checked first so that a bad checkpoint leaves the state untouched.
    stateViews.forEach((name, view) -> view.set(ContiguousParameters.WHOLE, tensors.get(name)));
    this.stepCount = savedStepCount;
  }

  @Override
  public void close() {
    stateManager.close();
  }

  /** A run of the buffers that shares one weight decay, as views of the three buffers. */
  private record Segment(long from, long to, float weightDecay, PtNDArray parameters,
      PtNDArray firstMoments, PtNDArray secondMoments) {}
}
