package dev.plumbline.trainer.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradientsTest {

  @Test
  void clippingScalesTheGlobalNormDownToTheLimitAndReportsTheNormBefore() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Parameter a = param(manager, new Shape(2));
      Parameter b = param(manager, new Shape(2));
      // gradients (3, 4) and (0, 12): global norm sqrt(9 + 16 + 144) = 13
      AdamWTest.setGradient(manager, List.of(a), new float[] {3, 4});
      Gradients onlyB = new Gradients(List.of(b.getArray()));
      AdamWTest.setGradient(manager, List.of(b), new float[] {0, 12});
      Gradients both = new Gradients(List.of(a.getArray(), b.getArray()));
      assertThat(onlyB.globalNorm()).isCloseTo(12.0, within(1e-6));

      double before = both.clipToGlobalNorm(1.3);

      assertThat(before).isCloseTo(13.0, within(1e-5));
      assertThat(both.globalNorm()).isCloseTo(1.3, within(1e-5));
      assertThat(a.getArray().getGradient().toFloatArray()).containsExactly(
          new float[] {0.3f, 0.4f}, org.assertj.core.data.Offset.offset(1e-6f));
    }
  }

  @Test
  void normsUnderTheLimitAreLeftAlone() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Parameter a = param(manager, new Shape(2));
      AdamWTest.setGradient(manager, List.of(a), new float[] {3, 4});
      Gradients gradients = new Gradients(List.of(a.getArray()));
      assertThat(gradients.clipToGlobalNorm(10)).isCloseTo(5.0, within(1e-6));
      assertThat(a.getArray().getGradient().toFloatArray()).containsExactly(3f, 4f);
    }
  }

  @Test
  void zeroClearsAnInfiniteGradientToExactZero() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Parameter a = param(manager, new Shape(2));
      AdamWTest.setGradient(manager, List.of(a), new float[] {Float.POSITIVE_INFINITY, 1});
      Gradients gradients = new Gradients(List.of(a.getArray()));
      assertThat(gradients.globalNorm()).isInfinite();
      gradients.zero();
      assertThat(a.getArray().getGradient().toFloatArray()).containsExactly(0f, 0f);
    }
  }

  private static Parameter param(NDManager manager, Shape shape) {
    NDArray array = manager.ones(shape);
    array.setRequiresGradient(true);
    return Parameter.builder().setName("p").setType(Parameter.Type.WEIGHT).optArray(array).build();
  }
}
