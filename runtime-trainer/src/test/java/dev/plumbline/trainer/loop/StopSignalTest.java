package dev.plumbline.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.results.MetricsLine;
import dev.plumbline.trainer.results.MetricsLog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stops real child JVMs that train on real text with signals, as a user does with Ctrl-C or a
 * scheduler with SIGTERM, and checks what they leave: the step that was running finishes, its
 * checkpoint and the results folder (marked as stopped by the user, naming the step evaluated)
 * are written completely, the JVM exits with 128 + the signal's number, and the checkpoint
 * resumes. A second Ctrl-C exits at once.
 */
class StopSignalTest {

  private static final PrecisionPlan FP32 =
      PrecisionPlan.forProfile(HardwareProfile.detect(), "fp32");
  private static final Pattern STOPPED = Pattern.compile("\\[INFO] Stopped at step (\\d+) by .*");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @ParameterizedTest(name = "SIG{0}")
  @CsvSource({"TERM, 15, SIGTERM", "INT, 2, SIGINT", "HUP, 1, JVM shutdown"})
  void aSignalStopsAfterTheStepWritesItsCheckpointAndTheResultsAndExits(String name, int number,
      String recorded) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve(name));
    new TrainingFixture().training("max_steps", "100000").training("lr_decay_steps", "100000")
        .write(dir);
    Path checkpoints = dir.resolve("checkpoints");

    TrainingChild child = new TrainingChild(dir);
    child.awaitLineStartingWith("[INFO] Step 5/100000 | loss: ");
    assumeFalse(child.ignores(number), "this test's JVM was started ignoring SIG" + name);
    child.signal(name);
    List<String> output = child.awaitExit(128 + number);

    long step = stoppedStep(output);
    assertThat(step).isGreaterThanOrEqualTo(5);
    // Every step up to the stop was printed, none after it.
    String lastProgress = output.stream().filter(line -> line.startsWith("[INFO] Step "))
        .reduce((first, second) -> second).orElseThrow();
    assertThat(lastProgress).startsWith("[INFO] Step " + step + "/100000 | loss: ");
    assertThat(output).contains(name.equals("HUP")
        ? "[WARN] The JVM is shutting down: stopping after the current step to write its"
            + " checkpoint and the results folder (waiting at most 120 s)."
        : "[WARN] SIG" + name + " received: stopping after the current step; its checkpoint and"
            + " the results folder are written next. Press Ctrl-C (or send the signal) again to"
            + " exit at once without saving.");

    // The checkpoint of the stopped step, complete, and nothing half written.
    Path stopCheckpoint = checkpoints.resolve(CheckpointStore.fileName(step));
    assertThat(CheckpointStore.load(stopCheckpoint).metadata().step()).isEqualTo(step);
    assertThat(names(checkpoints)).contains(stopCheckpoint.getFileName().toString())
        .noneMatch(file -> file.endsWith(".tmp"));
    double best = Objects.requireNonNull(CheckpointStore.load(
        checkpoints.resolve("best_model.ckpt")).metadata().bestValidationLoss());
    assertThat(output).contains(String.format(Locale.ROOT, "[INFO] Stopped at step %d by the"
        + " user (%s); best val loss %.4f is in %s; run the same command again to resume from"
        + " %s", step, recorded, best, checkpoints.resolve("best_model.ckpt"),
        stopCheckpoint.getFileName()));

    // The results folder, marked as stopped by the user, with the step it evaluated.
    Path results = dir.resolve("results");
    assertThat(names(results)).containsExactly(
        "benchmark_report.txt", "benchmark_results.json", "loss_curves.png");
    List<MetricsLine> log = MetricsLog.read(dir.resolve("logs/metrics.jsonl"));
    long bestEvaluation = log.stream().filter(line -> !line.isTraining())
        .min(Comparator.comparingDouble(MetricsLine::loss)).orElseThrow().step();
    assertThat(log.get(log.size() - 1).step()).isEqualTo(step);
    JsonNode json = JSON.readTree(results.resolve("benchmark_results.json").toFile());
    assertThat(schema().validate(json.toString(), InputFormat.JSON)).isEmpty();
    JsonNode run = json.get("run");
    assertThat(run.get("outcome").asText()).isEqualTo("STOPPED");
    assertThat(run.get("step").asLong()).isEqualTo(step);
    assertThat(run.get("stopped_by_user").asBoolean()).isTrue();
    assertThat(run.get("stop_signal").asText()).isEqualTo(recorded);
    assertThat(run.get("evaluated_step").asLong()).isEqualTo(bestEvaluation);
    assertThat(run.get("checkpoint").asText())
        .isEqualTo(checkpoints.resolve("best_model.ckpt").toString());
    assertThat(json.at("/metrics/best_val_loss/value").asDouble()).isEqualTo(best);
    assertThat(Files.readAllLines(results.resolve("benchmark_report.txt")).get(0)).isEqualTo(
        "Benchmark report: " + dir.resolve("config.yaml") + ", step " + step + " of 100000"
            + " (STOPPED by the user, " + recorded + "), metrics of the checkpoint of step "
            + bestEvaluation);

    // The checkpoint resumes: the next run starts at the stopped step.
    Path config = dir.resolve("config.yaml");
    Files.writeString(config, Files.readString(config).replace("max_steps: 100000",
        "max_steps: " + (step + 2)));
    TrainingResult resumed = Trainer.forConfig(TrainingFixture.load(config)).precisionPlan(FP32)
        .silent().train();
    assertThat(resumed.startStep()).isEqualTo(step);
    assertThat(resumed.finalStep()).isEqualTo(step + 2);
  }

  @Test
  void aSecondCtrlCExitsAtOnceAndLeavesTheCompleteCheckpoints() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("twice"));
    new TrainingFixture().write(dir);
    Path checkpoints = dir.resolve("checkpoints");

    // The child sleeps in the middle of writing checkpoint_step6.ckpt: the first Ctrl-C waits
    // for that write, the second must not.
    TrainingChild child = new TrainingChild(dir, "6");
    child.awaitLineStartingWith(TrainingProcess.PAUSED_MARKER);
    assumeFalse(child.ignores(2), "this test's JVM was started ignoring SIGINT");
    child.signal("INT");
    child.awaitLineStartingWith("[WARN] SIGINT received: stopping after the current step");
    child.signal("INT");
    List<String> output = child.awaitExit(130);

    assertThat(output).contains("[WARN] SIGINT again: exiting at once. The current step is not"
        + " saved; the checkpoints on disk are complete, and the next run resumes from the"
        + " newest.");
    assertThat(output).noneMatch(line -> line.startsWith("[INFO] Stopped at step"));
    assertThat(names(checkpoints)).containsExactly(".trainer.lock", "best_model.ckpt",
        "checkpoint_step3.ckpt", "checkpoint_step6.ckpt.tmp");
    assertThat(dir.resolve("results")).doesNotExist();
    TrainingResult resumed = Trainer.forConfig(TrainingFixture.load(dir.resolve("config.yaml")))
        .precisionPlan(FP32).silent().train();
    assertThat(resumed.startStep()).isEqualTo(3);
    assertThat(resumed.finalStep()).isEqualTo(12);
  }

  private static long stoppedStep(List<String> output) {
    for (String line : output) {
      Matcher matcher = STOPPED.matcher(line);
      if (matcher.matches()) {
        return Long.parseLong(matcher.group(1));
      }
    }
    throw new AssertionError("no 'Stopped at step' line:\n" + String.join("\n", output));
  }

  private static Schema schema() throws IOException {
    try (InputStream in = StopSignalTest.class.getResourceAsStream(
        "/dev/plumbline/trainer/results/benchmark_results.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
