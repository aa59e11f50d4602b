package dev.plumbline.trainer.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

  private final LearningRateSchedule schedule = new LearningRateSchedule(6e-4, 6e-5, 100, 2000);

  @Test
  void warmupRisesLinearlyToThePeak() {
    assertThat(schedule.at(0)).isCloseTo(6e-4 * 1 / 101, within(1e-15));
    assertThat(schedule.at(49)).isCloseTo(6e-4 * 50 / 101, within(1e-15));
    assertThat(schedule.at(99)).isCloseTo(6e-4 * 100 / 101, within(1e-15));
    assertThat(schedule.at(100)).isCloseTo(6e-4, within(1e-15));
  }

  @Test
  void cosineDecayHitsTheMidpointAndTheFloorAndStaysThere() {
    assertThat(schedule.at(1050)).isCloseTo((6e-4 + 6e-5) / 2, within(1e-15));
    assertThat(schedule.at(1999)).isGreaterThan(6e-5).isLessThan(6e-5 + 1e-9);
    assertThat(schedule.at(2000)).isEqualTo(6e-5);
    assertThat(schedule.at(50_000)).isEqualTo(6e-5);
  }

  @Test
  void decayThatEndsBeforeTheWarmupIsRejected() {
    assertThatThrownBy(() -> new LearningRateSchedule(1e-3, 1e-4, 100, 50))
        .hasMessageContaining("lr_decay_steps (50) must be >= warmup_steps (100)");
  }
}
