package dev.plumbline.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.trainer.checkpoint.Checkpoint;
import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.results.MetricsLine;
import dev.plumbline.trainer.results.MetricsLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills real child JVMs with SIGKILL, once in the middle of training and once in the middle of a
 * checkpoint write, and checks that the resumed run ends where an uninterrupted run does: the same
 * steps, evaluations, optimizer step count and sampler state (exactly), and the same losses to
 * 1e-3. The losses are compared with a tolerance because libtorch's CPU kernels are not
 * bit-reproducible from one process to another (README, "What is exact"); ResumeExactnessTest
 * checks bit for bit what a resume restores.
 */
class KillAndResumeTest {

  private static final PrecisionPlan FP32 =
      PrecisionPlan.forProfile(HardwareProfile.detect(), "fp32");

  @TempDir Path tmp;

  @Test
  void aRunKilledMidTrainingAndMidCheckpointWriteResumesWithTheSameLosses() throws Exception {
    TrainingFixture fixture = new TrainingFixture();
    Path reference = Files.createDirectories(tmp.resolve("reference"));
    Path interrupted = Files.createDirectories(tmp.resolve("interrupted"));
    fixture.write(reference);
    fixture.write(interrupted);
    Path checkpoints = interrupted.resolve("checkpoints");

    List<String> referenceOutput = new TrainingChild(reference).awaitExit();
    assertThat(referenceOutput).contains("[INFO] finished at step 12");

    TrainingChild first = new TrainingChild(interrupted);
    first.awaitLineStartingWith("[INFO] Step 8/12 | loss: ");
    first.kill();
    assertThat(names(checkpoints)).containsExactly(".trainer.lock",
        "best_model.ckpt", "checkpoint_step3.ckpt", "checkpoint_step6.ckpt");

    TrainingChild second = new TrainingChild(interrupted, "9");
    List<String> secondOutput = second.awaitLineStartingWith(TrainingProcess.PAUSED_MARKER);
    assertThat(secondOutput).contains("[INFO] Resuming from checkpoint_step6.ckpt at step 6/12"
        + " (optimizer step count 6, loss scale 1.0)");
    assertThat(names(checkpoints)).contains("checkpoint_step9.ckpt.tmp")
        .doesNotContain("checkpoint_step9.ckpt");
    // While the child is alive, another trainer (here, this JVM) is refused and names it.
    assertThatThrownBy(() -> Trainer.forConfig(TrainingFixture.load(interrupted.resolve(
        "config.yaml"))).precisionPlan(FP32).silent().train())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is in use by another training run (pid " + second.pid() + " on ");
    assertThat(names(checkpoints)).contains("checkpoint_step9.ckpt.tmp");
    second.kill();

    List<String> lastOutput = new TrainingChild(interrupted).awaitExit();
    assertThat(lastOutput).contains(
        "[WARN] Removed checkpoint_step9.ckpt.tmp: a checkpoint write that never finished"
            + " (the process was stopped mid-write)",
        "[INFO] Resuming from checkpoint_step6.ckpt at step 6/12"
            + " (optimizer step count 6, loss scale 1.0)",
        "[INFO] finished at step 12");

    Checkpoint expected = CheckpointStore.load(reference.resolve("checkpoints/checkpoint_step12.ckpt"));
    Checkpoint actual = CheckpointStore.load(checkpoints.resolve("checkpoint_step12.ckpt"));
    Map<String, Double> expectedLosses = lastLossPerEvent(reference);
    Map<String, Double> actualLosses = lastLossPerEvent(interrupted);
    assertThat(expectedLosses.keySet()).containsExactly("step 1", "step 2", "step 3", "step 4",
        "eval 4", "step 5", "step 6", "step 7", "step 8", "eval 8", "step 9", "step 10",
        "step 11", "step 12", "eval 12");
    assertThat(actualLosses.keySet()).containsExactlyInAnyOrderElementsOf(expectedLosses.keySet());
    expectedLosses.forEach((event, loss) -> assertThat(actualLosses.get(event)).as(event)
        .isCloseTo(loss, within(1e-3)));
    assertThat(actual.metadata().optimizerStepCount()).isEqualTo(12);
    assertThat(actual.metadata().bestValidationLoss())
        .isCloseTo(expected.metadata().bestValidationLoss(), within(1e-3));
    assertThat(actual.samplerState()).isEqualTo(expected.samplerState());

    // One metrics log across the three processes: each step and evaluation exactly once, in
    // order, with the uninterrupted run's losses.
    List<MetricsLine> log = MetricsLog.read(interrupted.resolve("logs/metrics.jsonl"));
    List<MetricsLine> referenceLog = MetricsLog.read(reference.resolve("logs/metrics.jsonl"));
    assertThat(log).extracting(line -> line.kind() + " " + line.step()).containsExactly(
        "train 1", "train 2", "train 3", "train 4", "eval 4", "train 5", "train 6", "train 7",
        "train 8", "eval 8", "train 9", "train 10", "train 11", "train 12", "eval 12");
    assertThat(referenceLog).hasSameSizeAs(log);
    for (int i = 0; i < log.size(); i++) {
      assertThat(log.get(i).loss()).as(log.get(i).kind() + " " + log.get(i).step())
          .isCloseTo(referenceLog.get(i).loss(), within(1e-3));
    }
    assertThat(interrupted.resolve("results/benchmark_results.json")).isRegularFile();
  }

  /** The loss log's last value per step and evaluation: a resumed run's redone steps win. */
  private static Map<String, Double> lastLossPerEvent(Path runDir) throws IOException {
    Map<String, Double> losses = new LinkedHashMap<>();
    for (String line : Files.readAllLines(runDir.resolve(TrainingProcess.LOSS_LOG))) {
      int lastSpace = line.lastIndexOf(' ');
      losses.put(line.substring(0, lastSpace), Double.parseDouble(line.substring(lastSpace + 1)));
    }
    return losses;
  }

  private static List<String> names(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
