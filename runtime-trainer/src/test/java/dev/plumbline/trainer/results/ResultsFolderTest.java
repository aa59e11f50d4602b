package dev.plumbline.trainer.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plumbline.trainer.config.OutputConfig;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainerConfigLoader;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.loop.Trainer;
import dev.plumbline.trainer.loop.TrainingResult;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real run (a small GPT trained 40 steps on the license texts) and what it leaves behind: the
 * metrics log, benchmark_results.json against its schema, the report table against the JSON,
 * the PNG's pixels, and a second start of the finished run comparing with the first.
 */
class ResultsFolderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TEXTS = List.of(
      "apache-license-2.0.txt", "gnu-gpl-3.0.txt", "mozilla-public-license-2.0.txt");

  @TempDir static Path run;
  private static TrainingResult result;
  private static JsonNode firstResults;

  @BeforeAll
  static void train() throws IOException {
    Path data = Files.createDirectories(run.resolve("training_data"));
    for (String text : TEXTS) {
      try (InputStream in = ResultsFolderTest.class.getResourceAsStream("/real-text/" + text)) {
        Files.copy(in, data.resolve(text));
      }
    }
    Files.writeString(run.resolve("config.yaml"), String.join("\n",
        "model: {n_layer: 2, n_head: 2, n_embd: 32, block_size: 32}",
        "data: {training_data: training_data}",
        "training: {batch_size: 8, max_steps: 40, learning_rate: 3.0e-3, warmup_steps: 5,"
            + " eval_interval: 10, eval_iters: 3, log_interval: 5, precision: fp32}",
        ""), StandardCharsets.UTF_8);
    result = trainer().train();
    firstResults = JSON.readTree(run.resolve("results/benchmark_results.json").toFile());
  }

  private static Trainer trainer() {
    return Trainer.forConfig(TrainerConfigLoader.load(run.resolve("config.yaml")))
        .precisionPlan(PrecisionPlan.forProfile(HardwareProfile.detect(), "fp32")).silent();
  }

  @Test
  void theMetricsLogHasEachLoggedStepAndEvaluationOnceWithTheRunsLosses() throws IOException {
    List<MetricsLine> log = MetricsLog.read(run.resolve("logs/metrics.jsonl"));
    assertThat(log).extracting(line -> line.kind() + " " + line.step()).containsExactly(
        "train 1", "train 5", "train 10", "eval 10", "train 15", "train 20", "eval 20",
        "train 25", "train 30", "eval 30", "train 35", "train 40", "eval 40");
    Map<Long, Double> trainLosses = new LinkedHashMap<>();
    result.trainLosses().forEach(loss -> trainLosses.put(loss.step(), loss.loss()));
    for (MetricsLine line : log) {
      if (line.isTraining()) {
        assertThat(line.loss()).as("step %d", line.step())
            .isEqualTo(trainLosses.get(line.step()));
        assertThat(line.learningRate()).isPositive();
        assertThat(line.gradientNorm()).isPositive();
        assertThat(line.tokensPerSecond()).isPositive();
        assertThat(line.lossScale()).isEqualTo(1.0);
      }
    }
    String first = Files.readAllLines(run.resolve("logs/metrics.jsonl")).get(0);
    assertThat(first).startsWith("{\"kind\":\"train\",\"step\":1,\"loss\":")
        .contains("\"lr\":", "\"grad_norm\":", "\"tok_s\":", "\"loss_scale\":1.0}");
  }

  @Test
  void benchmarkResultsFollowTheSchemaAndHoldTheRunsNumbers() throws IOException {
    Schema schema;
    try (InputStream in = ResultsFolder.class.getResourceAsStream(
        "benchmark_results.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
    List<Error> errors = schema.validate(firstResults.toString(), InputFormat.JSON);
    assertThat(errors).isEmpty();
    assertThat(firstResults.at("/run/outcome").asText()).isEqualTo("COMPLETED");
    assertThat(firstResults.at("/run/step").asLong()).isEqualTo(40);
    assertThat(firstResults.at("/run/checkpoint").asText()).endsWith("best_model.ckpt");
    double best = result.bestValidationLoss();
    assertThat(firstResults.at("/metrics/best_val_loss/value").asDouble()).isEqualTo(best);
    assertThat(firstResults.at("/metrics/best_val_loss/better").asText()).isEqualTo("lower");
    assertThat(firstResults.at("/metrics/val_perplexity/value").asDouble())
        .isCloseTo(Math.exp(best), within(1e-9));
    assertThat(firstResults.at("/metrics/train_tokens_per_second/better").asText())
        .isEqualTo("higher");
    long bestStep = result.validationLosses().stream()
        .filter(loss -> loss.loss() == best).findFirst().orElseThrow().step();
    assertThat(firstResults.at("/run/evaluated_step").asLong()).isEqualTo(bestStep);
    assertThat(firstResults.at("/config/training/maxSteps").asInt()).isEqualTo(40);
    assertThat(firstResults.at("/data/manifest_sha256").asText()).hasSize(64);
    assertThat(firstResults.at("/baseline/file").isNull()).isTrue();
  }

  @Test
  void theReportTableParsesBackToTheJsonsNumbers() throws IOException {
    // Read together: another test starts the run again and rewrites both.
    String report = Files.readString(run.resolve("results/benchmark_report.txt"));
    JsonNode results = JSON.readTree(run.resolve("results/benchmark_results.json").toFile());
    assertThat(report).contains("Metric", "| Value", "| Baseline", "| Improvement %");
    Map<String, Double> fromJson = new LinkedHashMap<>();
    results.get("metrics").fields().forEachRemaining(entry ->
        fromJson.put(entry.getKey(), entry.getValue().get("value").asDouble()));
    assertThat(fromJson).containsKeys("best_val_loss", "val_perplexity", "final_train_loss",
        "train_tokens_per_second", "peak_heap_mib");
    assertThat(BenchmarkReport.values(report)).containsExactlyEntriesOf(fromJson);
  }

  @Test
  void theLossCurvesAreARealChartWithBothCurves() throws IOException {
    BufferedImage png = ImageIO.read(run.resolve("results/loss_curves.png").toFile());
    assertThat(png.getWidth()).isEqualTo(LossCurves.WIDTH);
    assertThat(png.getHeight()).isEqualTo(LossCurves.HEIGHT);
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    for (int y = 0; y < png.getHeight(); y++) {
      for (int x = 0; x < png.getWidth(); x++) {
        counts.merge(png.getRGB(x, y) & 0xffffff, 1, Integer::sum);
      }
    }
    // Lines of 2 px over most of the plot's width: hundreds of pixels of each exact colour
    // (antialiased edges add shades around them). The legend alone has a few dozen.
    assertThat(counts.getOrDefault(LossCurves.TRAINING.getRGB() & 0xffffff, 0))
        .isGreaterThan(500);
    assertThat(counts.getOrDefault(LossCurves.VALIDATION.getRGB() & 0xffffff, 0))
        .isGreaterThan(500);
    assertThat(counts.getOrDefault(LossCurves.BEST.getRGB() & 0xffffff, 0))
        .isGreaterThan(200);
    assertThat(counts.getOrDefault(0xffffff, 0)).as("white background, not all white")
        .isGreaterThan(png.getWidth() * png.getHeight() / 2)
        .isLessThan(png.getWidth() * png.getHeight() * 98 / 100);
  }

  @Test
  void aSecondStartOfTheFinishedRunComparesWithTheFirstsResults() throws IOException {
    TrainingResult again = trainer().train();
    assertThat(again.finalStep()).isEqualTo(40);
    String report = Files.readString(run.resolve("results/benchmark_report.txt"));
    assertThat(report).contains("Baseline: " + run.resolve("results/benchmark_results.json"));
    String bestRow = report.lines().filter(line -> line.startsWith("best_val_loss "))
        .findFirst().orElseThrow();
    assertThat(bestRow.split("\\|")[2].strip())
        .isEqualTo(Double.toString(result.bestValidationLoss()));
    assertThat(bestRow.split("\\|")[3].strip()).isEqualTo("+0.00");
    JsonNode second = JSON.readTree(run.resolve("results/benchmark_results.json").toFile());
    assertThat(second.at("/run/outcome").asText()).isEqualTo("ALREADY_COMPLETE");
    assertThat(MetricsLog.read(run.resolve("logs/metrics.jsonl"))).hasSize(13);
  }

  @Test
  void evaluatingTheBestCheckpointOnDemandWritesItsOwnResults() throws IOException {
    TrainerConfig config = TrainerConfigLoader.load(run.resolve("config.yaml"));
    TrainerConfig elsewhere = new TrainerConfig(config.model(), config.data(), config.training(),
        config.checkpoint(), new OutputConfig(run.resolve("evaluated"),
            config.output().logsDir(), null), config.source());
    List<Path> files = Trainer.evaluate(elsewhere, run.resolve("checkpoints/best_model.ckpt"));
    assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly(
        "benchmark_results.json", "loss_curves.png", "benchmark_report.txt");
    JsonNode evaluated = JSON.readTree(files.get(0).toFile());
    assertThat(evaluated.at("/run/outcome").asText()).isEqualTo("EVALUATED");
    assertThat(evaluated.at("/run/evaluated_step").asLong())
        .isEqualTo(firstResults.at("/run/evaluated_step").asLong());
    // The run measured 3 random batches, this is the start of the file: close, not equal;
    // 3 batches of 8 windows of 33 tokens read, every token after the first predicted.
    assertThat(evaluated.at("/metrics/val_loss/value").asDouble())
        .isCloseTo(result.bestValidationLoss(), within(0.3));
    assertThat(evaluated.at("/metrics/inference_tokens_per_second/value").asDouble())
        .isPositive();
    assertThat(evaluated.at("/timings/tokens_scored").asLong()).isEqualTo(3 * 8 * 33 - 1);
    assertThat(BenchmarkReport.values(Files.readString(files.get(2))))
        .containsKeys("val_loss", "val_perplexity", "inference_tokens_per_second");
  }

  @Test
  void improvementHasTheRightSignForLowerAndHigherIsBetter() {
    assertThat(new Metric("best_val_loss", 2.0, true).improvementPercent(2.5))
        .isCloseTo(20.0, within(1e-12));
    assertThat(new Metric("val_perplexity", 3.0, true).improvementPercent(2.0))
        .isCloseTo(-50.0, within(1e-12));
    assertThat(new Metric("train_tokens_per_second", 1200, false).improvementPercent(1000))
        .isCloseTo(20.0, within(1e-12));
    assertThat(new Metric("mfu", 0.1, false).improvementPercent(0)).isNaN();
    String report = BenchmarkReport.format("heading", List.of(new Metric("best_val_loss", 2.0,
        true), new Metric("mfu", 0.5, false)), Map.of("best_val_loss", 2.5), "b.json");
    assertThat(report).endsWith(String.join("\n",
        "Metric        | Value | Baseline | Improvement %",
        "best_val_loss | 2.0   | 2.5      | +20.00",
        "mfu           | 0.5   | -        | -", ""));
  }
}
