package dev.plumbline.trainer.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class AdamWTest {

  private static final AdamWSettings SETTINGS = new AdamWSettings(0.9, 0.95, 1e-8, 0.1);

  @Test
  void twoStepsMatchTheClosedFormUpdateWithDecoupledDecay() {
    try (NDManager manager = NDManager.newBaseManager()) {
      float[] start = {1.0f, -2.0f, 0.5f, 3.0f};
      float[] gradient = {0.5f, -1.0f, 2.0f, 0.0f};
      Map<String, NDArray> initial = new LinkedHashMap<>();
      initial.put("b", manager.create(start, new Shape(4)));
      initial.put("w", manager.create(start, new Shape(2, 2)));
      try (ContiguousParameters params = ContiguousParameters.copyOf(initial, manager);
          AdamW adamW = new AdamW(SETTINGS, params, manager)) {
        NDArray matrix = array(params, "w");
        NDArray vector = array(params, "b");
        double[] lrs = {1e-2, 5e-3};
        for (double lr : lrs) {
          setGradient(params, gradient);
          adamW.step(lr);
        }
        assertThat(adamW.stepCount()).isEqualTo(2);
        assertClose(matrix.toFloatArray(), expected(start, gradient, lrs, 0.1));
        assertClose(vector.toFloatArray(), expected(start, gradient, lrs, 0.0));
      }
    }
  }

  @Test
  void restoredStateContinuesExactlyLikeTheOriginal() {
    try (NDManager manager = NDManager.newBaseManager()) {
      float[] start = {1.0f, -2.0f, 0.5f, 3.0f};
      float[] g1 = {0.5f, -1.0f, 2.0f, 0.25f};
      float[] g2 = {-0.3f, 0.7f, 0.1f, 1.5f};
      try (ContiguousParameters a = single(manager, start);
          ContiguousParameters b = single(manager, start);
          AdamW first = new AdamW(SETTINGS, a, manager);
          AdamW second = new AdamW(SETTINGS, b, manager)) {
        setGradient(a, g1);
        first.step(1e-2);
        Map<String, NDArray> saved = first.stateTensors();
        Map<String, NDArray> decoded = new LinkedHashMap<>();
        saved.forEach((k, v) -> decoded.put(k, NDArray.decode(manager, v.encode())));
        assertThat(decoded).containsOnlyKeys("m/w", "v/w");
        b.overwrite("w", array(a, "w"));
        second.restore(first.stepCount(), decoded);
        setGradient(a, g2);
        setGradient(b, g2);
        first.step(1e-2);
        second.step(1e-2);
        assertThat(array(b, "w").toFloatArray())
            .containsExactly(array(a, "w").toFloatArray());
        assertThat(second.stepCount()).isEqualTo(2);
      }
    }
  }

  @Test
  void aGradientFactorFoldedIntoTheUpdateEqualsScalingTheGradientFirst() {
    try (NDManager manager = NDManager.newBaseManager()) {
      float[] start = {1.0f, -2.0f, 0.5f, 3.0f};
      float[] g = {0.5f, -1.0f, 2.0f, 0.25f};
      float[] half = {0.25f, -0.5f, 1.0f, 0.125f};
      try (ContiguousParameters folded = single(manager, start);
          ContiguousParameters scaled = single(manager, start);
          AdamW first = new AdamW(SETTINGS, folded, manager);
          AdamW second = new AdamW(SETTINGS, scaled, manager)) {
        setGradient(folded, g);
        setGradient(scaled, half);
        try (NDScope scope = new NDScope()) {
          first.step(1e-2, folded.gatherGradients(), 0.5);
        }
        second.step(1e-2);
        assertThat(array(folded, "w").toFloatArray())
            .containsExactly(array(scaled, "w").toFloatArray());
        assertThat(array(folded, "w").getGradient().toFloatArray()).containsExactly(g);
      }
    }
  }

  private static ContiguousParameters single(NDManager manager, float[] start) {
    return ContiguousParameters.copyOf(
        Map.of("w", manager.create(start, new Shape(2, 2))), manager);
  }

  // PyTorch's AdamW written out in doubles.
  private static double[] expected(float[] start, float[] g, double[] lrs, double decay) {
    double[] p = new double[start.length];
    double[] m = new double[start.length];
    double[] v = new double[start.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = start[i];
    }
    for (int t = 1; t <= lrs.length; t++) {
      double lr = lrs[t - 1];
      for (int i = 0; i < p.length; i++) {
        m[i] = 0.9 * m[i] + 0.1 * g[i];
        v[i] = 0.95 * v[i] + 0.05 * g[i] * g[i];
        p[i] *= 1 - lr * decay;
        double mHat = m[i] / (1 - Math.pow(0.9, t));
        double vHat = v[i] / (1 - Math.pow(0.95, t));
        p[i] -= lr * mHat / (Math.sqrt(vHat) + 1e-8);
      }
    }
    return p;
  }

  private static void assertClose(float[] actual, double[] expected) {
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) actual[i]).as("element " + i).isCloseTo(expected[i], within(1e-6));
    }
  }

  // Gives every array exactly the gradient g (its first elements) via loss = sum(p * g).
  static void setGradient(ContiguousParameters params, float[] g) {
    Map<String, float[]> same = new LinkedHashMap<>();
    params.arrays().keySet().forEach(name -> same.put(name, g));
    setGradients(params, same);
  }

  // Gives each named array exactly its gradient via loss = sum(p * g).
  static void setGradients(ContiguousParameters params, Map<String, float[]> gradients) {
    params.zeroGradients();
    try (NDScope scope = new NDScope();
        GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray loss = null;
      for (Map.Entry<String, NDArray> entry : params.arrays().entrySet()) {
        NDArray p = entry.getValue();
        float[] values = Arrays.copyOf(gradients.get(entry.getKey()), (int) p.size());
        NDArray term = p.mul(p.getManager().create(values, p.getShape())).sum();
        loss = loss == null ? term : loss.add(term);
      }
      collector.backward(loss);
    }
  }

  /** A named view; the tests name only parameters they created. */
  private static NDArray array(ContiguousParameters params, String name) {
    return Objects.requireNonNull(params.arrays().get(name), name);
  }
}
