package dev.plumbline.trainer.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ContiguousParametersTest {

  @Test
  void matricesComeFirstAndEveryViewAliasesItsSliceOfTheBuffer() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Map<String, NDArray> initial = new LinkedHashMap<>();
      initial.put("bias", manager.create(new float[] {1, 2}));
      initial.put("weight", manager.create(new float[] {3, 4, 5, 6}, new Shape(2, 2)));
      try (ContiguousParameters params = ContiguousParameters.copyOf(initial, manager)) {
        assertThat(params.arrays()).containsOnlyKeys("weight", "bias");
        assertThat(params.arrays().keySet()).containsExactly("weight", "bias");
        assertThat(params.matrixElements()).isEqualTo(4);
        assertThat(params.buffer().toFloatArray()).containsExactly(3, 4, 5, 6, 1, 2);
        assertThat(array(params, "weight").getShape()).isEqualTo(new Shape(2, 2));

        params.buffer().muli(10);

        assertThat(array(params, "weight").toFloatArray()).containsExactly(30, 40, 50, 60);
        assertThat(array(params, "bias").toFloatArray()).containsExactly(10, 20);
        assertThat(initial.get("bias").toFloatArray()).containsExactly(1, 2);
      }
    }
  }

  @Test
  void overwriteCopiesBitForBitAndKeepsTheViewInTheBuffer() {
    try (NDManager manager = NDManager.newBaseManager();
        ContiguousParameters params = ContiguousParameters.copyOf(
            Map.of("w", manager.zeros(new Shape(3))), manager)) {
      params.overwrite("w", manager.create(new float[] {-0f, Float.NaN, 7}));
      assertThat(params.buffer().toFloatArray()).containsExactly(-0f, Float.NaN, 7);
      params.buffer().addi(1);
      assertThat(array(params, "w").toFloatArray()).containsExactly(1f, Float.NaN, 8);
    }
  }

  @Test
  void gradientsAreGatheredInBufferOrder() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Map<String, NDArray> initial = new LinkedHashMap<>();
      initial.put("bias", manager.zeros(new Shape(2)));
      initial.put("weight", manager.zeros(new Shape(1, 3)));
      try (ContiguousParameters params = ContiguousParameters.copyOf(initial, manager)) {
        AdamWTest.setGradients(params,
            Map.of("bias", new float[] {8, 9}, "weight", new float[] {1, 2, 3}));
        assertThat(params.gatherGradients().toFloatArray()).containsExactly(1, 2, 3, 8, 9);
      }
    }
  }

  @Test
  void halfPrecisionArraysAreRefusedWithTheirName() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Map<String, NDArray> initial = Map.of("head", manager.zeros(new Shape(2), DataType.FLOAT16));
      assertThatThrownBy(() -> ContiguousParameters.copyOf(initial, manager))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("parameter 'head' is float16: contiguous parameters hold fp32 master"
              + " weights only");
    }
  }

  /** A named view; the tests name only parameters they created. */
  private static NDArray array(ContiguousParameters params, String name) {
    return Objects.requireNonNull(params.arrays().get(name), name);
  }
}
