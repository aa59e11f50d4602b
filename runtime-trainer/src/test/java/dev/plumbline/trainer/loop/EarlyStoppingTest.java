package dev.plumbline.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.trainer.listener.EvaluationCompleted;
import dev.plumbline.trainer.listener.RunControl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyStoppingTest {

  @Test
  void stopsAfterPatienceEvaluationsWithoutAnImprovementOfAtLeastMinDelta() {
    ValidationProgress progress = new ValidationProgress(0.01, null, 0);
    EarlyStopping rule = new EarlyStopping(2, 0.01);
    assertThat(progress.observe(3.0)).isTrue();
    assertThat(progress.observe(2.995)).isFalse(); // better, but by less than min_delta
    assertThat(rule.shouldStop(progress.evaluationsWithoutImprovement())).isFalse();
    assertThat(progress.observe(2.99)).isTrue(); // exactly min_delta counts
    assertThat(progress.evaluationsWithoutImprovement()).isZero();
    assertThat(progress.observe(3.5)).isFalse();
    assertThat(progress.observe(3.1)).isFalse();
    assertThat(rule.shouldStop(progress.evaluationsWithoutImprovement())).isTrue();
    assertThat(progress.best()).isEqualTo(2.99);
  }

  @Test
  void aResumedRecordContinuesItsCount() {
    ValidationProgress progress = new ValidationProgress(0.0, 1.5, 2);
    assertThat(progress.observe(1.6)).isFalse();
    assertThat(new EarlyStopping(3, 0.0).shouldStop(progress.evaluationsWithoutImprovement()))
        .isTrue();
  }

  @Test
  void patienceZeroNeverStops() {
    ValidationProgress progress = new ValidationProgress(0.0, 1.0, 50);
    assertThat(progress.observe(2.0)).isFalse();
    assertThat(new EarlyStopping(0, 0.0).shouldStop(progress.evaluationsWithoutImprovement()))
        .isFalse();
  }

  @Test
  void asAListenerItAsksTheRunToStopAndSaysWhy() {
    RecordingControl control = new RecordingControl();
    EarlyStopping rule = new EarlyStopping(2, 0.5);
    rule.onEvaluation(new EvaluationCompleted(4, 3.0, 2.0, false, 1), control);
    assertThat(control.stops).isEmpty();
    rule.onEvaluation(new EvaluationCompleted(6, 3.1, 2.0, false, 2), control);
    assertThat(control.stops).containsExactly(
        "early stopping: 2 evaluations without an improvement of at least 0.5");
  }

  /** Records what a listener asks for. */
  static final class RecordingControl implements RunControl {
    final List<String> stops = new ArrayList<>();
    int checkpoints;
    int bestModels;

    @Override
    public void requestCheckpoint() {
      checkpoints++;
    }

    @Override
    public void requestBestModel() {
      bestModels++;
    }

    @Override
    public void requestStop(String reason) {
      stops.add(reason);
    }

    @Override
    public boolean stopRequested() {
      return !stops.isEmpty();
    }
  }
}
