package dev.plumbline.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.listener.CheckpointWritten;
import dev.plumbline.trainer.listener.EvaluationCompleted;
import dev.plumbline.trainer.listener.RunControl;
import dev.plumbline.trainer.listener.RunEnded;
import dev.plumbline.trainer.listener.RunListener;
import dev.plumbline.trainer.listener.RunStarted;
import dev.plumbline.trainer.listener.StepCompleted;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library caller's view: a silent run with its own listener, through the public API only. */
class RunListenerTest {

  private static final PrecisionPlan FP32 =
      PrecisionPlan.forProfile(HardwareProfile.detect(), "fp32");

  @TempDir Path dir;

  @Test
  void aSilentRunPrintsNothingAndItsListenerHearsEveryStepEvaluationAndCheckpointInOrder()
      throws IOException {
    TrainerConfig config = TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "12").training("eval_interval", "4")
        .checkpoint("interval", "3").write(dir));
    Recorder recorder = new Recorder();

    TrainingResult result;
    String out;
    String err;
    try (CapturedOutput console = CapturedOutput.start()) {
      result = Trainer.forConfig(config).precisionPlan(FP32).silent().listener(recorder).train();
      out = console.out();
      err = console.err();
    }

    assertThat(out).isEmpty();
    assertThat(err).isEmpty();
    assertThat(recorder.steps).extracting(StepCompleted::step)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    assertThat(recorder.steps).extracting(StepCompleted::loss)
        .containsExactlyElementsOf(result.trainLosses().stream().map(StepLoss::loss).toList());
    assertThat(recorder.steps).allSatisfy(step -> {
      assertThat(step.maxSteps()).isEqualTo(12);
      assertThat(step.applied()).isTrue();
      assertThat(step.tokens()).isEqualTo(4 * 2 * 32);
      assertThat(step.learningRate()).isPositive();
      assertThat(step.gradientNorm()).isPositive();
      assertThat(step.lossScale()).isEqualTo(1.0);
    });
    assertThat(recorder.evaluations).extracting(EvaluationCompleted::step)
        .containsExactly(4L, 8L, 12L);
    assertThat(recorder.evaluations).extracting(EvaluationCompleted::validationLoss)
        .containsExactlyElementsOf(
            result.validationLosses().stream().map(StepLoss::loss).toList());
    assertThat(recorder.events).containsExactlyElementsOf(expectedOrder(recorder.evaluations));
    assertThat(recorder.start.step()).isZero();
    assertThat(recorder.start.resumedFrom()).isEmpty();
    assertThat(recorder.end.outcome()).isEqualTo(RunEnded.Outcome.COMPLETED);
    assertThat(recorder.end.step()).isEqualTo(12);
    assertThat(recorder.end.lastCheckpoint())
        .contains(dir.resolve("checkpoints/checkpoint_step12.ckpt"));
    assertThat(recorder.end.bestValidationLoss()).contains(result.bestValidationLoss());
  }

  @Test
  void aListenerCanStopTheRunWhichThenSavesItsLastStep() throws IOException {
    TrainerConfig config = TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "12").checkpoint("interval", "100").write(dir));
    Recorder recorder = new Recorder();
    RunListener stopAtFive = new RunListener() {
      @Override
      public void onStep(StepCompleted step, RunControl control) {
        if (step.step() == 5) {
          control.requestStop("the test's own rule");
        }
      }
    };

    TrainingResult result = Trainer.forConfig(config).precisionPlan(FP32).silent()
        .listener(stopAtFive).listener(recorder).train();

    assertThat(result.finalStep()).isEqualTo(5);
    assertThat(result.stoppedEarly()).isTrue();
    assertThat(recorder.end.outcome()).isEqualTo(RunEnded.Outcome.STOPPED);
    assertThat(recorder.end.message()).startsWith("Stopped at step 5 by the test's own rule");
    assertThat(recorder.events).endsWith("step 5", "checkpoint STEP 5", "end STOPPED");
    assertThat(dir.resolve("checkpoints/checkpoint_step5.ckpt")).isRegularFile();
  }

  /** The events of the 12-step run in the order a listener must receive them. */
  private static List<String> expectedOrder(List<EvaluationCompleted> evaluations) {
    List<String> expected = new ArrayList<>(List.of("start 0"));
    for (long step = 1; step <= 12; step++) {
      expected.add("step " + step);
      if (step % 4 == 0) {
        EvaluationCompleted evaluation = evaluations.get((int) (step / 4 - 1));
        expected.add("eval " + step);
        if (evaluation.improved()) {
          expected.add("checkpoint BEST_MODEL " + step);
        }
      }
      if (step % 3 == 0) {
        expected.add("checkpoint STEP " + step);
      }
    }
    expected.add("end COMPLETED");
    return expected;
  }

  /** Records every event it hears. */
  private static final class Recorder implements RunListener {
    final List<String> events = new ArrayList<>();
    final List<StepCompleted> steps = new ArrayList<>();
    final List<EvaluationCompleted> evaluations = new ArrayList<>();
    RunStarted start;
    RunEnded end;

    @Override
    public void onRunStart(RunStarted event, RunControl control) {
      start = event;
      events.add("start " + event.step());
    }

    @Override
    public void onStep(StepCompleted step, RunControl control) {
      steps.add(step);
      events.add("step " + step.step());
    }

    @Override
    public void onEvaluation(EvaluationCompleted evaluation, RunControl control) {
      evaluations.add(evaluation);
      events.add("eval " + evaluation.step());
    }

    @Override
    public void onCheckpoint(CheckpointWritten checkpoint) {
      events.add("checkpoint " + checkpoint.kind() + " " + checkpoint.step());
    }

    @Override
    public void onRunEnd(RunEnded event) {
      end = event;
      events.add("end " + event.outcome());
    }
  }
}
