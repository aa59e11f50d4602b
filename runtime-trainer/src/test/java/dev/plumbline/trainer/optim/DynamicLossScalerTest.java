package dev.plumbline.trainer.optim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DynamicLossScalerTest {

  @Test
  void startsAt65536() {
    assertThat(DynamicLossScaler.enabled().state()).isEqualTo(new LossScalerState(65536.0, 0));
  }

  @Test
  void finiteStepsCountUpAndTheScaleDoublesAfter2000() {
    DynamicLossScaler scaler = DynamicLossScaler.enabled();
    for (int i = 0; i < 1999; i++) {
      assertThat(scaler.update(true)).isTrue();
    }
    assertThat(scaler.state()).isEqualTo(new LossScalerState(65536.0, 1999));
    assertThat(scaler.update(true)).isTrue();
    assertThat(scaler.state()).isEqualTo(new LossScalerState(131072.0, 0));
  }

  @Test
  void anOverflowHalvesTheScaleResetsTheCountAndSkipsTheStep() {
    DynamicLossScaler scaler = DynamicLossScaler.enabled();
    scaler.update(true);
    scaler.update(true);
    assertThat(scaler.update(false)).isFalse();
    assertThat(scaler.state()).isEqualTo(new LossScalerState(32768.0, 0));
    assertThat(scaler.update(false)).isFalse();
    assertThat(scaler.state()).isEqualTo(new LossScalerState(16384.0, 0));
  }

  @Test
  void restoredStateContinuesTheCount() {
    DynamicLossScaler scaler = DynamicLossScaler.enabled();
    scaler.restore(new LossScalerState(1024.0, 1999));
    scaler.update(true);
    assertThat(scaler.state()).isEqualTo(new LossScalerState(2048.0, 0));
  }

  @Test
  void disabledScalerKeepsScaleOneAndOnlyRefusesNonFiniteSteps() {
    DynamicLossScaler scaler = DynamicLossScaler.disabled();
    assertThat(scaler.update(true)).isTrue();
    assertThat(scaler.update(false)).isFalse();
    scaler.restore(new LossScalerState(4.0, 3));
    assertThat(scaler.state()).isEqualTo(new LossScalerState(1.0, 0));
  }
}
