package dev.plumbline.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MicroBatchPlanTest {

  @Test
  void halvingKeepsTheEffectiveBatch() {
    MicroBatchPlan plan = new MicroBatchPlan(16, 2);
    assertThat(plan.halved()).isEqualTo(new MicroBatchPlan(8, 4));
    assertThat(plan.halved().effectiveBatchSize()).isEqualTo(32);
    assertThat(new MicroBatchPlan(3, 1).canHalve()).isFalse();
  }

  @Test
  void aPrecisionPlanDivisorSplitsTheBatch() {
    assertThat(MicroBatchPlan.of(16, 1, 2)).isEqualTo(new MicroBatchPlan(8, 2));
    assertThat(MicroBatchPlan.of(16, 3, 1)).isEqualTo(new MicroBatchPlan(16, 3));
  }
}
