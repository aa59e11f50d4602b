package dev.plumbline.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import dev.plumbline.trainer.checkpoint.Checkpoint;
import dev.plumbline.trainer.checkpoint.CheckpointMetadata;
import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainingConfig;
import dev.plumbline.trainer.hardware.GpuClass;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.optim.DynamicLossScaler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {

  private static final PrecisionPlan FP32 =
      PrecisionPlan.forProfile(HardwareProfile.detect(), "fp32");

  @TempDir Path dir;

  @Test
  void theLossFallsOnRealText() throws IOException {
    TrainerConfig config = TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "30").training("lr_decay_steps", "30")
        .training("eval_interval", "15").training("eval_iters", "4")
        .checkpoint("interval", "30").write(dir));

    TrainingResult result = Trainer.forConfig(config).precisionPlan(FP32).train();

    List<StepLoss> losses = result.trainLosses();
    assertThat(losses).hasSize(30);
    // An untrained byte-level model starts near ln(256) = 5.55; real English text is learnable.
    assertThat(losses.get(0).loss()).isBetween(5.3, 5.8);
    double lastFive = losses.subList(25, 30).stream().mapToDouble(StepLoss::loss).average()
        .orElseThrow();
    assertThat(lastFive).isLessThan(losses.get(0).loss() - 1.0);
    assertThat(result.validationLosses().get(1).loss())
        .isLessThan(result.validationLosses().get(0).loss());
  }

  @Test
  void earlyStoppingEndsTheRunAndTheBestModelIsSavedOnItsOwn() throws IOException {
    // min_delta 100: only the first evaluation can count as an improvement.
    TrainerConfig config = TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "20").training("eval_interval", "2")
        .training("early_stopping_patience", "2").training("early_stopping_min_delta", "100.0")
        .checkpoint("interval", "100").write(dir));

    TrainingResult result = Trainer.forConfig(config).precisionPlan(FP32).train();

    assertThat(result.stoppedEarly()).isTrue();
    assertThat(result.finalStep()).isEqualTo(6);
    assertThat(result.validationLosses()).extracting(StepLoss::step).containsExactly(2L, 4L, 6L);
    assertThat(result.bestValidationLoss()).isEqualTo(result.validationLosses().get(0).loss());
    Checkpoint best = CheckpointStore.load(dir.resolve("checkpoints/best_model.ckpt"));
    assertThat(best.metadata().step()).isEqualTo(2);
    assertThat(result.lastCheckpoint().getFileName().toString()).isEqualTo("checkpoint_step6.ckpt");

    TrainingResult again = Trainer.forConfig(config).precisionPlan(FP32).train();
    assertThat(again.finalStep()).isEqualTo(6);
    assertThat(again.stoppedEarly()).isTrue();
  }

  @Test
  void aNanLossInFp32StopsWithAClearMessageAndKeepsTheLastGoodCheckpoint() throws IOException {
    TrainerConfig loaded = TrainingFixture.load(new TrainingFixture()
        .training("warmup_steps", "0").checkpoint("interval", "1").write(dir));
    // Far beyond what config validation accepts: one AdamW step moves every weight by ~1e30,
    // so the next forward pass overflows fp32.
    TrainerConfig config = withLearningRate(loaded, 1e30);

    try (CapturedOutput console = CapturedOutput.start()) {
      assertThatThrownBy(() -> Trainer.forConfig(config).precisionPlan(FP32).train())
          .isInstanceOf(RunDivergedException.class)
          .hasMessageStartingWith("Training diverged at step 2: loss NaN")
          .hasMessageContaining("in float32; the update was not applied and the last good"
              + " checkpoint is " + dir.resolve("checkpoints/checkpoint_step1.ckpt"))
          .hasMessageEndingWith("Lower training.learning_rate or training.grad_clip, or check"
              + " the data.");
      // The exception carries the message; the console does not print it a second time.
      assertThat(console.err()).isEmpty();
      assertThat(console.out()).contains("✓ Saved checkpoint_step1.ckpt").doesNotContain("[ERROR]");
    }
    assertThat(dir.resolve("checkpoints/checkpoint_step1.ckpt")).exists();
    assertThat(dir.resolve("checkpoints/checkpoint_step2.ckpt")).doesNotExist();
  }

  @Test
  void anFp16PlanTrainsWithTheDynamicLossScalerAndSavesItsState() throws IOException {
    TrainerConfig config = TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "4").checkpoint("interval", "4").write(dir));
    PrecisionPlan fp16 = new PrecisionPlan(GpuClass.T4, DataType.FLOAT16, true, 1, false, false,
        "fp16 with dynamic loss scaling (test plan on the CPU)", Device.cpu());

    TrainingResult result = Trainer.forConfig(config).precisionPlan(fp16).train();

    CheckpointMetadata saved =
        CheckpointStore.load(dir.resolve("checkpoints/checkpoint_step4.ckpt")).metadata();
    long skipped = 4 - saved.optimizerStepCount();
    assertThat(saved.lossScaler().scale())
        .isEqualTo(DynamicLossScaler.INITIAL_SCALE / Math.pow(2, (double) skipped));
    assertThat(saved.lossScaler().growthTracker()).isLessThanOrEqualTo(4);
    assertThat(result.trainLosses()).allSatisfy(l -> assertThat(l.loss()).isBetween(4.0, 6.0));
  }

  @Test
  void aTruncatedNewestCheckpointIsSkippedAndTheRunRedoesTheStepsFromThePreviousOne()
      throws IOException {
    TrainerConfig config = TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "6").checkpoint("interval", "3").write(dir));
    TrainingResult original = Trainer.forConfig(config).precisionPlan(FP32).train();
    Path newest = dir.resolve("checkpoints/checkpoint_step6.ckpt");
    byte[] content = Files.readAllBytes(newest);
    Files.write(newest, Arrays.copyOf(content, content.length - 100));

    TrainingResult redone;
    String out;
    String err;
    try (CapturedOutput console = CapturedOutput.start()) {
      redone = Trainer.forConfig(config).precisionPlan(FP32).train();
      out = console.out();
      err = console.err();
    }

    assertThat(err.lines()).containsExactly("[WARN] " + newest + " is not a usable checkpoint:"
        + " checksum mismatch (file truncated or damaged, " + (content.length - 100) + " bytes)");
    assertThat(out).contains("[INFO] Resuming from checkpoint_step3.ckpt at step 3/6 (optimizer"
        + " step count 3, loss scale 1.0), the newest usable checkpoint");
    assertThat(redone.startStep()).isEqualTo(3);
    assertThat(redone.finalStep()).isEqualTo(6);
    assertThat(redone.stepSeconds()).hasSize(3);
    assertThat(redone.trainLosses()).extracting(StepLoss::step).containsExactly(4L, 5L, 6L);
    for (int i = 0; i < 3; i++) {
      assertThat(redone.trainLosses().get(i).loss()).as("step " + (i + 4))
          .isCloseTo(original.trainLosses().get(i + 3).loss(), Offset.offset(1e-5));
    }
    assertThat(CheckpointStore.load(newest).metadata().step()).isEqualTo(6);
  }

  @Test
  void withEveryStepCheckpointDamagedTheRunContinuesFromTheBestModelAndNeverReplacesItWithAWorse()
      throws IOException {
    // min_delta 100: only the first evaluation (step 2) can be a new best.
    TrainerConfig config = TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "8").training("eval_interval", "2")
        .training("early_stopping_min_delta", "100.0").checkpoint("interval", "4").write(dir));
    TrainingResult finished = Trainer.forConfig(config).precisionPlan(FP32).silent().train();
    Path checkpoints = dir.resolve("checkpoints");
    byte[] best = Files.readAllBytes(checkpoints.resolve("best_model.ckpt"));
    for (String name : List.of("checkpoint_step4.ckpt", "checkpoint_step8.ckpt")) {
      byte[] content = Files.readAllBytes(checkpoints.resolve(name));
      Files.write(checkpoints.resolve(name), Arrays.copyOf(content, content.length / 2));
    }

    TrainingResult again;
    String err;
    try (CapturedOutput console = CapturedOutput.start()) {
      again = Trainer.forConfig(config).precisionPlan(FP32).train();
      err = console.err();
    }

    assertThat(err.lines().toList()).hasSize(3).last().isEqualTo(String.format(Locale.ROOT,
        "[WARN] No usable step checkpoint in %s (2 damaged, listed above): resuming from"
            + " best_model.ckpt at step 2/8 (val loss %.4f); the steps after it are trained again",
        checkpoints, finished.bestValidationLoss()));
    assertThat(err).doesNotContain("falling back");
    assertThat(again.startStep()).isEqualTo(2);
    assertThat(again.finalStep()).isEqualTo(8);
    assertThat(again.validationLosses()).extracting(StepLoss::step).containsExactly(4L, 6L, 8L);
    assertThat(Files.readAllBytes(checkpoints.resolve("best_model.ckpt"))).isEqualTo(best);
    assertThat(CheckpointStore.load(checkpoints.resolve("checkpoint_step8.ckpt")).metadata().step())
        .isEqualTo(8);
  }

  @Test
  void withNoUsableCheckpointAtAllTheRunSaysSoAndStartsAgainFromStepZero() throws IOException {
    TrainerConfig config = TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "4").training("eval_interval", "2")
        .checkpoint("interval", "4").write(dir));
    Trainer.forConfig(config).precisionPlan(FP32).silent().train();
    Path checkpoints = dir.resolve("checkpoints");
    for (String name : List.of("checkpoint_step4.ckpt", "best_model.ckpt")) {
      Files.write(checkpoints.resolve(name), new byte[] {0});
    }

    TrainingResult again;
    String err;
    try (CapturedOutput console = CapturedOutput.start()) {
      again = Trainer.forConfig(config).precisionPlan(FP32).train();
      err = console.err();
    }

    assertThat(err.lines().toList()).containsExactly(
        "[WARN] " + checkpoints.resolve("checkpoint_step4.ckpt") + " is not a usable checkpoint:"
            + " missing the PLBCKPT1 header (1 bytes): truncated, or not written by Plumbline",
        "[WARN] " + checkpoints.resolve("best_model.ckpt") + " is not a usable checkpoint:"
            + " missing the PLBCKPT1 header (1 bytes): truncated, or not written by Plumbline",
        "[WARN] No usable checkpoint in " + checkpoints + " (2 damaged, listed above): training"
            + " starts again from step 0; the damaged files are replaced as the run writes new"
            + " ones");
    assertThat(again.startStep()).isZero();
    assertThat(again.finalStep()).isEqualTo(4);
    assertThat(CheckpointStore.load(checkpoints.resolve("best_model.ckpt")).metadata().step())
        .isEqualTo(4);
  }

  @Test
  void anFp16RunWhoseLossStaysNanStopsInsteadOfSkippingForever() throws IOException {
    TrainerConfig config = withLearningRate(TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "60").training("warmup_steps", "0")
        .checkpoint("interval", "100").write(dir)), 1e30);
    PrecisionPlan fp16 = new PrecisionPlan(GpuClass.T4, DataType.FLOAT16, true, 1, false, false,
        "fp16 with dynamic loss scaling (test plan on the CPU)", Device.cpu());

    try (CapturedOutput console = CapturedOutput.start()) {
      assertThatThrownBy(() -> Trainer.forConfig(config).precisionPlan(fp16).train())
          .isInstanceOf(RunDivergedException.class)
          .hasMessageContaining(": loss NaN")
          .hasMessageContaining("in float16; the update was not applied and no checkpoint of this"
              + " run was written yet.");
      assertThat(console.err().lines()).isNotEmpty().allMatch(line -> line.matches(
          "\\[WARN] Step \\d+ skipped: gradient overflow in fp16, loss scale now \\d+"));
    }
  }

  private static TrainerConfig withLearningRate(TrainerConfig config, double rate) {
    TrainingConfig t = config.training();
    TrainingConfig changed = new TrainingConfig(t.batchSize(), t.gradientAccumulationSteps(),
        t.maxSteps(), rate, t.minLearningRate(), t.warmupSteps(), t.lrDecaySteps(),
        t.weightDecay(), t.beta1(), t.beta2(), t.gradClip(), t.evalInterval(), t.evalIters(),
        t.earlyStoppingPatience(), t.earlyStoppingMinDelta(), t.seed(), t.precision(),
        t.logInterval());
    return new TrainerConfig(config.model(), config.data(), changed, config.checkpoint(),
        config.output(), config.source());
  }
}
