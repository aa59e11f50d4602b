package dev.plumbline.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EarlyStoppingTest {

  @Test
  void stopsAfterPatienceEvaluationsWithoutAnImprovementOfAtLeastMinDelta() {
    EarlyStopping rule = new EarlyStopping(2, 0.01, null, 0);
    assertThat(rule.observe(3.0)).isTrue();
    assertThat(rule.observe(2.995)).isFalse(); // better, but by less than min_delta
    assertThat(rule.shouldStop()).isFalse();
    assertThat(rule.observe(2.99)).isTrue(); // exactly min_delta counts
    assertThat(rule.evaluationsWithoutImprovement()).isZero();
    assertThat(rule.observe(3.5)).isFalse();
    assertThat(rule.observe(3.1)).isFalse();
    assertThat(rule.shouldStop()).isTrue();
    assertThat(rule.best()).isEqualTo(2.99);
  }

  @Test
  void aResumedRuleContinuesItsCount() {
    EarlyStopping rule = new EarlyStopping(3, 0.0, 1.5, 2);
    assertThat(rule.observe(1.6)).isFalse();
    assertThat(rule.shouldStop()).isTrue();
  }

  @Test
  void patienceZeroNeverStops() {
    EarlyStopping rule = new EarlyStopping(0, 0.0, 1.0, 50);
    assertThat(rule.observe(2.0)).isFalse();
    assertThat(rule.shouldStop()).isFalse();
  }
}
