package dev.plumbline.example.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.trainer.data.DatasetManifest;
import dev.plumbline.trainer.data.ManifestStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's main job twice in a row, as {@code ./run-example} runs it: the first run tokenizes
 * the Commons Lang sources and trains the CPU demo GPT, the second finds both done. Each step is
 * reported once, and a second run says that the run was complete and how to go on.
 */
class TrainingDemoTest {

  private static final Pattern SUMMARY = Pattern.compile("✓ Trained 300 steps: mean train loss"
      + " (\\d+\\.\\d+) over the first 10, (\\d+\\.\\d+) over the last 10; best val loss"
      + " \\d+\\.\\d+");

  @TempDir
  Path workDir;

  /** Copies configs/ and the training_data/ the build unpacked from Maven Central. */
  private void copyExample() throws IOException {
    for (String tree : new String[] {"configs", "training_data"}) {
      Path from = Path.of(tree);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path target = workDir.resolve(tree).resolve(from.relativize(file).toString());
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }
  }

  @Test
  void runTwiceTheDemoTrainsOnceAndThenSaysTheRunIsCompleteEachStepReportedOnce()
      throws IOException {
    assertThat(Path.of("training_data/commons-lang3/org/apache/commons/lang3/StringUtils.java"))
        .as("unpacked by maven-dependency-plugin in generate-resources").isRegularFile();
    copyExample();

    Console first = Console.run(() -> TrainingDemo.runAndReport(workDir));

    assertThat(first.status).isZero();
    assertThat(first.lines("[INFO] Hardware: ")).hasSize(1);
    assertThat(first.lines("[INFO] Precision plan: ")).hasSize(1);
    assertThat(first.lines("✓ Tokenized ")).hasSize(1);
    assertThat(first.lines("✓ Token files up to date")).isEmpty();
    Matcher summary = SUMMARY.matcher(first.out);
    assertThat(summary.find()).as(first.out).isTrue();
    double firstLoss = Double.parseDouble(summary.group(1));
    double lastLoss = Double.parseDouble(summary.group(2));
    assertThat(firstLoss).isGreaterThan(4.5);
    assertThat(lastLoss).isLessThan(firstLoss - 2.0);
    assertThat(workDir.resolve("checkpoints/cpu-demo/checkpoint_step300.ckpt")).isRegularFile();
    assertThat(workDir.resolve("checkpoints/cpu-demo/best_model.ckpt")).isRegularFile();
    assertThat(workDir.resolve("results/benchmark_results.json")).isNotEmptyFile();
    assertThat(workDir.resolve("results/loss_curves.png")).isNotEmptyFile();
    assertThat(workDir.resolve("results/benchmark_report.txt")).content()
        .contains("Metric", "best_val_loss", "val_perplexity");
    assertThat(workDir.resolve("logs/metrics.jsonl")).content()
        .contains("{\"kind\":\"train\",\"step\":300,", "{\"kind\":\"eval\",\"step\":300,");
    assertThat(first.lines("[INFO] Results: ")).hasSize(1);
    assertThat(first.lines("[INFO]   [public static ]")).singleElement().asString()
        .hasSizeGreaterThan("[INFO]   [public static ]".length() + 40);
    assertThat(first.lines("[INFO]   [")).hasSize(3);
    DatasetManifest manifest =
        ManifestStore.read(workDir.resolve("dataset_cache/bin/dataset.json"));
    assertThat(manifest.tokenizer()).isEqualTo("byte");
    assertThat(manifest.sources()).extracting(DatasetManifest.SourceEntry::path)
        .contains("commons-lang3/org/apache/commons/lang3/StringUtils.java",
            "documents/sqlite-whentouse.pdf", "documents/sqlite-datatypes.docx");
    assertThat(manifest.train().tokens()).isGreaterThan(1_000_000);

    Console second = Console.run(() -> TrainingDemo.runAndReport(workDir));

    assertThat(second.status).isZero();
    assertThat(second.lines("[INFO] Hardware: ")).hasSize(1);
    assertThat(second.lines("✓ Token files up to date")).hasSize(1);
    assertThat(second.lines("✓ Tokenized ")).isEmpty();
    assertThat(second.out).doesNotContain("✓ Trained").doesNotContain("[INFO] Step ");
    assertThat(second.lines("[INFO] The run in ")).singleElement().asString()
        .startsWith("[INFO] The run in " + workDir.resolve("checkpoints/cpu-demo")
            + " is already complete at step 300 (training.max_steps), so nothing was trained"
            + " now; best val loss ")
        .endsWith(". To train it further, raise training.max_steps in "
            + workDir.resolve("configs/cpu-demo.yaml") + "; to start a new run, point"
            + " checkpoint.dir at a new directory");
    assertThat(second.err).isEmpty();
  }

  @Test
  void aBrokenConfigurationIsOneErrorLineAndExitStatusOneNotAStackTrace() throws IOException {
    Path configs = Files.createDirectories(workDir.resolve("configs"));
    Files.writeString(configs.resolve("default.yaml"), "model: {n_layer: two}\n",
        StandardCharsets.UTF_8);

    Console console = Console.run(() -> TrainingDemo.runAndReport(workDir));

    assertThat(console.status).isEqualTo(1);
    assertThat(console.err.lines()).first().asString()
        .startsWith("[ERROR] invalid trainer configuration (");
    assertThat(console.err).contains(configs.resolve("default.yaml") + ":1: model.n_layer: must"
        + " be a whole number, got 'two' (text)").doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** What a call printed on standard output and error, and its exit status. */
  private static final class Console {
    final int status;
    final String out;
    final String err;

    private Console(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }

    static Console run(IntSupplier call) {
      PrintStream originalOut = System.out;
      PrintStream originalErr = System.err;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status;
      try {
        status = call.getAsInt();
      } finally {
        System.setOut(originalOut);
        System.setErr(originalErr);
      }
      String printed = out.toString(StandardCharsets.UTF_8);
      return new Console(status, printed, err.toString(StandardCharsets.UTF_8));
    }

    List<String> lines(String prefix) {
      return out.lines().filter(line -> line.startsWith(prefix)).toList();
    }
  }
}
