package dev.plumbline.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.plumbline.trainer.config.ModelConfig;
import org.junit.jupiter.api.Test;

class GptTest {

  private static final GptShape TINY = new GptShape(11, new ModelConfig(2, 2, 8, 6, 0.0));

  @Test
  void logitsHaveBatchTimeVocabShapeAndEveryParameterGetsAGradient() {
    Engine.getInstance().setRandomSeed(7);
    try (NDManager manager = NDManager.newBaseManager()) {
      Gpt gpt = new Gpt(TINY);
      gpt.initialize(manager, DataType.FLOAT32);
      NDArray tokens = manager.create(new long[] {1, 2, 3, 4, 5, 6, 7, 8}, new Shape(2, 4));
      NDArray targets = manager.create(new long[] {2, 3, 4, 5, 6, 7, 8, 9}, new Shape(2, 4));
      try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
        NDArray logits = gpt.forward(new ParameterStore(manager, false), new NDList(tokens), true)
            .singletonOrThrow();
        assertThat(logits.getShape()).isEqualTo(new Shape(2, 4, 11));
        NDArray loss = LanguageModelLoss.crossEntropy(logits, targets);
        // An untrained model predicts near-uniformly: loss close to ln(vocab).
        assertThat((double) loss.getFloat()).isCloseTo(Math.log(11), org.assertj.core.data.Offset.offset(0.1));
        collector.backward(loss);
      }
      gpt.getParameters().values().forEach(p ->
          assertThat(p.getArray().getGradient().abs().sum().getFloat())
              .as(p.getName()).isGreaterThan(0f));
    }
  }

  @Test
  void aTokenDoesNotSeeLaterTokens() {
    Engine.getInstance().setRandomSeed(7);
    try (NDManager manager = NDManager.newBaseManager()) {
      Gpt gpt = new Gpt(TINY);
      gpt.initialize(manager, DataType.FLOAT32);
      ParameterStore store = new ParameterStore(manager, false);
      NDArray a = gpt.forward(store, new NDList(manager.create(new long[] {1, 2, 3, 4}, new Shape(1, 4))), false)
          .singletonOrThrow();
      NDArray b = gpt.forward(store, new NDList(manager.create(new long[] {1, 2, 9, 10}, new Shape(1, 4))), false)
          .singletonOrThrow();
      float[] first = a.get(":, :2, :").toFloatArray();
      float[] second = b.get(":, :2, :").toFloatArray();
      assertThat(first).containsExactly(second);
      assertThat(a.get(":, 2:, :").toFloatArray()).isNotEqualTo(b.get(":, 2:, :").toFloatArray());
    }
  }

  @Test
  void halfPrecisionWeightsGiveLogitsCloseToFp32() {
    Engine.getInstance().setRandomSeed(7);
    try (NDManager manager = NDManager.newBaseManager()) {
      Gpt full = new Gpt(TINY);
      full.initialize(manager, DataType.FLOAT32);
      Gpt half = new Gpt(TINY);
      half.initialize(manager, DataType.FLOAT16);
      half.getParameters().forEach(p -> p.getValue().getArray().set(full.getParameters()
          .get(p.getKey()).getArray().toType(DataType.FLOAT16, false).toByteBuffer()));
      NDArray tokens = manager.create(new long[] {1, 2, 3, 4}, new Shape(1, 4));
      ParameterStore store = new ParameterStore(manager, false);
      NDArray a = full.forward(store, new NDList(tokens), false).singletonOrThrow();
      NDArray b = half.forward(store, new NDList(tokens), false).singletonOrThrow();
      assertThat(b.getDataType()).isEqualTo(DataType.FLOAT16);
      assertThat(a.sub(b.toType(DataType.FLOAT32, false)).abs().max().getFloat()).isLessThan(2e-2f);
    }
  }
}
