package dev.plumbline.trainer.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class GradientClippingTest {

  @Test
  void theFactorScalesTheGlobalNormDownToTheLimitAndTheNormBeforeIsReported() {
    try (NDManager manager = NDManager.newBaseManager();
        ContiguousParameters params = twoVectors(manager)) {
      // gradients (3, 4) and (0, 12): global norm sqrt(9 + 16 + 144) = 13
      AdamWTest.setGradients(params, Map.of("a", new float[] {3, 4}, "b", new float[] {0, 12}));
      NDArray gradients = params.gatherGradients();

      double norm = GradientClipping.globalNorm(gradients);
      double factor = GradientClipping.factor(norm, 1.3);

      assertThat(norm).isCloseTo(13.0, within(1e-5));
      NDArray clipped = gradients.mul(factor);
      assertThat(GradientClipping.globalNorm(clipped)).isCloseTo(1.3, within(1e-5));
      assertThat(clipped.toFloatArray())
          .containsExactly(new float[] {0.3f, 0.4f, 0f, 1.2f}, Offset.offset(1e-6f));
    }
  }

  @Test
  void normsUnderTheLimitAreLeftAlone() {
    try (NDManager manager = NDManager.newBaseManager();
        ContiguousParameters params = twoVectors(manager)) {
      AdamWTest.setGradients(params, Map.of("a", new float[] {3, 4}, "b", new float[] {0, 0}));
      double norm = GradientClipping.globalNorm(params.gatherGradients());
      assertThat(norm).isCloseTo(5.0, within(1e-6));
      assertThat(GradientClipping.factor(norm, 10)).isEqualTo(1.0);
    }
  }

  @Test
  void clippingOffOrANonFiniteNormLeavesTheGradientsAlone() {
    assertThat(GradientClipping.factor(50, 0)).isEqualTo(1.0);
    assertThat(GradientClipping.factor(Double.POSITIVE_INFINITY, 1)).isEqualTo(1.0);
    assertThat(GradientClipping.factor(Double.NaN, 1)).isEqualTo(1.0);
  }

  @Test
  void anInfiniteGradientGivesAnInfiniteNormAndZeroingClearsItToExactZero() {
    try (NDManager manager = NDManager.newBaseManager();
        ContiguousParameters params = twoVectors(manager)) {
      AdamWTest.setGradients(params,
          Map.of("a", new float[] {Float.POSITIVE_INFINITY, 1}, "b", new float[] {0, 0}));
      assertThat(GradientClipping.globalNorm(params.gatherGradients())).isInfinite();
      params.zeroGradients();
      assertThat(params.gatherGradients().toFloatArray()).containsExactly(0f, 0f, 0f, 0f);
    }
  }

  private static ContiguousParameters twoVectors(NDManager manager) {
    Map<String, NDArray> initial = new LinkedHashMap<>();
    initial.put("a", manager.ones(new Shape(2)));
    initial.put("b", manager.ones(new Shape(2)));
    return ContiguousParameters.copyOf(initial, manager);
  }
}
