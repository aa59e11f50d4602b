package dev.plumbline.trainer.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdamWTest {

  private static final AdamWSettings SETTINGS = new AdamWSettings(0.9, 0.95, 1e-8, 0.1);

  @Test
  void twoStepsMatchTheClosedFormUpdateWithDecoupledDecay() {
    try (NDManager manager = NDManager.newBaseManager()) {
      float[] start = {1.0f, -2.0f, 0.5f, 3.0f};
      float[] gradient = {0.5f, -1.0f, 2.0f, 0.0f};
      Parameter matrix = parameter(manager, "w", start, new Shape(2, 2));
      Parameter vector = parameter(manager, "b", start, new Shape(4));
      Map<String, NDArray> params = new java.util.LinkedHashMap<>();
      params.put("w", matrix.getArray());
      params.put("b", vector.getArray());
      try (AdamW adamW = new AdamW(SETTINGS, params, manager)) {
        double[] lrs = {1e-2, 5e-3};
        for (double lr : lrs) {
          setGradient(manager, List.of(matrix, vector), gradient);
          adamW.step(lr);
        }
        assertThat(adamW.stepCount()).isEqualTo(2);
        assertClose(matrix.getArray().toFloatArray(), expected(start, gradient, lrs, 0.1));
        assertClose(vector.getArray().toFloatArray(), expected(start, gradient, lrs, 0.0));
      }
    }
  }

  @Test
  void restoredStateContinuesExactlyLikeTheOriginal() {
    try (NDManager manager = NDManager.newBaseManager()) {
      float[] start = {1.0f, -2.0f, 0.5f, 3.0f};
      float[] g1 = {0.5f, -1.0f, 2.0f, 0.25f};
      float[] g2 = {-0.3f, 0.7f, 0.1f, 1.5f};
      Parameter a = parameter(manager, "w", start, new Shape(2, 2));
      Parameter b = parameter(manager, "w", start, new Shape(2, 2));
      try (AdamW first = new AdamW(SETTINGS, single(a), manager);
          AdamW second = new AdamW(SETTINGS, single(b), manager)) {
        setGradient(manager, List.of(a), g1);
        first.step(1e-2);
        Map<String, NDArray> saved = first.stateTensors();
        Map<String, NDArray> decoded = new java.util.LinkedHashMap<>();
        saved.forEach((k, v) -> decoded.put(k, NDArray.decode(manager, v.encode())));
        b.getArray().set(a.getArray().toByteBuffer());
        second.restore(first.stepCount(), decoded);
        setGradient(manager, List.of(a, b), g2);
        first.step(1e-2);
        second.step(1e-2);
        assertThat(b.getArray().toFloatArray()).containsExactly(a.getArray().toFloatArray());
        assertThat(second.stepCount()).isEqualTo(2);
      }
    }
  }

  private static Map<String, NDArray> single(Parameter p) {
    return Map.of(p.getName(), p.getArray());
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

  private static Parameter parameter(NDManager manager, String name, float[] values, Shape shape) {
    NDArray array = manager.create(values, shape);
    array.setRequiresGradient(true);
    return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).optArray(array).build();
  }

  // Gives each parameter exactly the gradient g via loss = sum(p * g).
  static void setGradient(NDManager manager, List<Parameter> params, float[] g) {
    Gradients gradients = new Gradients(params.stream().map(Parameter::getArray).toList());
    gradients.zero();
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray loss = null;
      for (Parameter p : params) {
        NDArray term = p.getArray().mul(manager.create(g, p.getArray().getShape())).sum();
        loss = loss == null ? term : loss.add(term);
      }
      collector.backward(loss);
    }
  }
}
