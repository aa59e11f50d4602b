package dev.plumbline.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plumbline.trainer.checkpoint.AtomicFileWriter;
import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.listener.RunControl;
import dev.plumbline.trainer.listener.RunEnded;
import dev.plumbline.trainer.listener.RunListener;
import dev.plumbline.trainer.listener.StepCompleted;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run does when its checkpoint directory is full or taken by another run. */
class CheckpointDirectoryTest {

  private static final PrecisionPlan FP32 =
      PrecisionPlan.forProfile(HardwareProfile.detect(), "fp32");
  private static final Path FULL_DEVICE = Path.of("/dev/full");

  @TempDir Path dir;

  @Test
  void aFullDiskStopsTheRunWithAClearErrorAndLeavesNoTemporaryFile() throws IOException {
    assumeTrue(Files.exists(FULL_DEVICE), "needs Linux's /dev/full, which fails every write");
    TrainerConfig config = TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "6").training("eval_interval", "100")
        .checkpoint("interval", "3").write(dir));
    Path checkpoints = dir.resolve("checkpoints");
    // The write of step 3's checkpoint goes to a temporary file that is /dev/full: the kernel
    // answers ENOSPC ("No space left on device") exactly as on a full disk.
    DiskFullAt diskFull = new DiskFullAt(2, checkpoints.resolve("checkpoint_step3.ckpt.tmp"));

    String out;
    String err;
    try (CapturedOutput console = CapturedOutput.start()) {
      assertThatThrownBy(() -> Trainer.forConfig(config).precisionPlan(FP32)
          .listener(diskFull).train())
          .isInstanceOf(IOException.class)
          .hasMessage("Training stopped at step 3: cannot write "
              + checkpoints.resolve("checkpoint_step3.ckpt") + ": No space left on device."
              + " Nothing partial was left and no checkpoint of this run was written yet, so a"
              + " rerun starts at step 0. Fix the cause (free space, or point checkpoint.dir at"
              + " another disk) and run again.");
      out = console.out();
      err = console.err();
    }

    assertThat(out).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(err).isEmpty();
    assertThat(diskFull.end.outcome()).isEqualTo(RunEnded.Outcome.FAILED);
    assertThat(names(checkpoints)).containsExactly(".trainer.lock");
  }

  @Test
  void aFullDiskWhileSavingTheBestModelLeavesNoBestModelTemporaryFile() throws IOException {
    assumeTrue(Files.exists(FULL_DEVICE), "needs Linux's /dev/full, which fails every write");
    TrainerConfig config = TrainingFixture.load(new TrainingFixture()
        .training("max_steps", "4").training("eval_interval", "2")
        .checkpoint("interval", "1").write(dir));
    Path checkpoints = dir.resolve("checkpoints");
    DiskFullAt diskFull = new DiskFullAt(2, checkpoints.resolve("best_model.ckpt.tmp"));

    assertThatThrownBy(() -> Trainer.forConfig(config).precisionPlan(FP32).silent()
        .listener(diskFull).train())
        .isInstanceOf(IOException.class)
        .hasMessage("Training stopped at step 2: cannot write "
            + checkpoints.resolve("best_model.ckpt") + ": No space left on device. Nothing partial"
            + " was left and the newest complete checkpoint is "
            + checkpoints.resolve("checkpoint_step1.ckpt") + ", where a rerun resumes. Fix the"
            + " cause (free space, or point checkpoint.dir at another disk) and run again.");

    assertThat(names(checkpoints)).containsExactly(".trainer.lock", "checkpoint_step1.ckpt");
    // The failed run released the directory (the lock file stays, unlocked).
    TrainingResult resumed = Trainer.forConfig(config).precisionPlan(FP32).silent().train();
    assertThat(resumed.startStep()).isEqualTo(1);
    assertThat(checkpoints.resolve("best_model.ckpt")).isRegularFile();
  }

  @Test
  void aSecondRunOnTheSameDirectoryIsRefusedWithItsHolderAndDeletesNothing() throws IOException {
    TrainerConfig config = TrainingFixture.load(new TrainingFixture().write(dir));
    Path checkpoints = Files.createDirectories(dir.resolve("checkpoints"));
    Path holdersWrite = Files.writeString(checkpoints.resolve("checkpoint_step3.ckpt.tmp"),
        "the first run is writing this", StandardCharsets.UTF_8);
    CheckpointStore store = new CheckpointStore(checkpoints, 3, AtomicFileWriter.silent());

    try (Closeable held = store.lock("the test's first run")) {
      assertThatThrownBy(() -> Trainer.forConfig(config).precisionPlan(FP32).silent().train())
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("checkpoint directory " + checkpoints + " is in use by another"
              + " training run (pid " + ProcessHandle.current().pid() + " on ")
          .hasMessageEndingWith(", the test's first run); two runs in one directory would"
              + " overwrite and delete each other's checkpoints. Wait for that run to end, or"
              + " give this one its own checkpoint.dir");
      assertThat(holdersWrite).exists();
    }

    TrainingResult afterwards = Trainer.forConfig(config).precisionPlan(FP32).silent().train();
    assertThat(afterwards.finalStep()).isEqualTo(12);
    assertThat(holdersWrite).doesNotExist();
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** Turns a checkpoint's temporary file into /dev/full once a given step is done. */
  private static final class DiskFullAt implements RunListener {
    private final long afterStep;
    private final Path temporaryFile;
    RunEnded end;

    DiskFullAt(long afterStep, Path temporaryFile) {
      this.afterStep = afterStep;
      this.temporaryFile = temporaryFile;
    }

    @Override
    public void onStep(StepCompleted completed, RunControl control) {
      if (completed.step() == afterStep) {
        try {
          Files.createSymbolicLink(temporaryFile, FULL_DEVICE);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    public void onRunEnd(RunEnded ended) {
      end = ended;
    }
  }
}
