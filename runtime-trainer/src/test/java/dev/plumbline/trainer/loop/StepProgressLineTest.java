package dev.plumbline.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepProgressLineTest {

  @Test
  void formatsTheRulebookLine() {
    assertThat(StepProgressLine.format(120, 2000, 2.34567, 5321.4, 3 * 3600 + 25 * 60 + 7))
        .isEqualTo("Step 120/2000 | loss: 2.346 | tok/s: 5321 | ETA: 03:25:07");
  }
}
