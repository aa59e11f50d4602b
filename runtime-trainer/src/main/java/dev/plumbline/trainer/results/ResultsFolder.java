// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.trainer.checkpoint.AtomicFileWriter;
import dev.plumbline.trainer.config.OutputConfig;
import dev.plumbline.trainer.data.DatasetManifest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;

/**
 * Writes the results folder ({@code output.results_dir}): {@code benchmark_results.json}
 * (documented by {@code benchmark_results.schema.json} in this jar and in the repository),
 * {@code loss_curves.png} drawn from the metrics log, and {@code benchmark_report.txt} compared
 * with the configured baseline or, without one, with the {@code benchmark_results.json} the
 * previous run left in the folder. Each file is replaced atomically.
 */
final class ResultsFolder {

  static final String RESULTS = "benchmark_results.json";
  static final String CURVES = "loss_curves.png";
  static final String REPORT = "benchmark_report.txt";
  static final String SCHEMA_ID = "https://plumbline.dev/schema/benchmark_results-1.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private ResultsFolder() {
  }

  /**
   * Writes the three files.
   *
   * @param output the output section (results and logs directories, baseline)
   * @param summary what to write
   * @return the files written
   * @throws IOException when a file cannot be read or written
   */
  static List<Path> write(OutputConfig output, RunSummary summary) throws IOException {
    Path dir = Files.createDirectories(output.resultsDir());
    Path previous = dir.resolve(RESULTS);
    Path baselineFile = output.baselineFile().orElse(Files.exists(previous) ? previous : null);
    Map<String, Double> baseline = baselineFile == null ? Map.of() : metricsOf(baselineFile);
    List<MetricsLine> log = MetricsLog.read(output.logsDir().resolve(MetricsLog.FILE_NAME));

    ObjectNode results = results(summary, baselineFile);
    AtomicFileWriter files = AtomicFileWriter.silent();
    files.write(dir.resolve(RESULTS), JSON.writeValueAsBytes(results));
    files.write(dir.resolve(CURVES), png(LossCurves.chart(log, "Loss curves: "
        + summary.config().source().getFileName())));
    String heading = String.format(Locale.ROOT, "Benchmark report: %s, step %d of %d (%s), %s",
        summary.config().source(), summary.step(), summary.config().training().maxSteps(),
        summary.stopSignal() == null ? summary.outcome()
            : summary.outcome() + " by the user, " + summary.stopSignal(),
        summary.evaluatedStep() == null ? "not evaluated yet (no validation metrics)"
            : "metrics of the checkpoint of step " + summary.evaluatedStep());
    String report = BenchmarkReport.format(heading, summary.metrics(), baseline,
        baselineFile == null ? "none (no previous " + RESULTS + " in " + dir + ")"
            : baselineFile.toString());
    files.write(dir.resolve(REPORT), report.getBytes(StandardCharsets.UTF_8));
    return List.of(dir.resolve(RESULTS), dir.resolve(CURVES), dir.resolve(REPORT));
  }

  /**
   * The chart as PNG bytes. Written through an in-memory image stream rather than JFreeChart's
   * {@code ChartUtils}, whose {@code ImageIO.write} may cache in a temporary file and register a
   * shutdown hook for it: that fails ("Shutdown in progress") when a run stopped by a JVM
   * shutdown writes its results.
   */
  private static byte[] png(JFreeChart chart) throws IOException {
    BufferedImage image = chart.createBufferedImage(LossCurves.WIDTH, LossCurves.HEIGHT);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(image);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /**
   * The metrics of a {@code benchmark_results.json}.
   *
   * @param file the file
   * @return value by metric name
   * @throws IOException when it cannot be read or is not a results file
   */
  static Map<String, Double> metricsOf(Path file) throws IOException {
    JsonNode metrics = JSON.readTree(file.toFile()).path("metrics");
    if (!metrics.isObject()) {
      throw new IOException(file + " has no \"metrics\" object; a baseline must be a "
          + RESULTS + " written by the trainer");
    }
    Map<String, Double> values = new LinkedHashMap<>();
    metrics.fields().forEachRemaining(entry ->
        values.put(entry.getKey(), entry.getValue().path("value").asDouble()));
    return values;
  }

  private static ObjectNode results(RunSummary summary, @Nullable Path baselineFile) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA_ID);
    root.put("created", Instant.now().toString());
    ObjectNode run = root.putObject("run");
    run.put("outcome", summary.outcome());
    run.put("message", summary.message());
    run.put("step", summary.step());
    run.put("max_steps", summary.config().training().maxSteps());
    run.put("stopped_by_user", summary.stopSignal() != null);
    run.put("stop_signal", summary.stopSignal());
    run.put("evaluated_step", summary.evaluatedStep());
    run.put("checkpoint", summary.checkpoint() == null ? null
        : summary.checkpoint().toString());
    run.put("config_file", summary.config().source().toString());
    ObjectNode metrics = root.putObject("metrics");
    for (Metric metric : summary.metrics()) {
      ObjectNode node = metrics.putObject(metric.name());
      node.put("value", metric.value());
      node.put("better", metric.lowerIsBetter() ? "lower" : "higher");
    }
    ObjectNode timings = root.putObject("timings");
    new TreeMap<>(summary.timings()).forEach((name, value) ->
        timings.put(name, value.doubleValue()));
    root.set("config", JSON.valueToTree(summary.config()));
    root.set("hardware", hardware(summary));
    root.set("precision_plan", plan(summary));
    root.set("model", model(summary));
    root.set("data", data(summary));
    root.putObject("baseline").put("file", baselineFile == null ? null
        : baselineFile.toString());
    return root;
  }

  private static ObjectNode hardware(RunSummary summary) {
    ObjectNode node = JSON.createObjectNode();
    node.put("kind", summary.profile().kind().name());
    node.put("device_name", summary.profile().deviceName());
    node.put("memory_bytes", summary.profile().memoryBytes());
    node.put("compute_capability", summary.profile().computeCapability());
    node.put("device_count", summary.profile().deviceCount());
    return node;
  }

  private static ObjectNode plan(RunSummary summary) {
    ObjectNode node = JSON.createObjectNode();
    node.put("gpu_class", summary.plan().gpuClass().name());
    node.put("compute_type", summary.plan().computeType().name());
    node.put("dynamic_loss_scaling", summary.plan().dynamicLossScaling());
    node.put("micro_batch_divisor", summary.plan().microBatchDivisor());
    node.put("tf32", summary.plan().tf32());
    node.put("substituted", summary.plan().substituted());
    node.put("explanation", summary.plan().explanation());
    return node;
  }

  private static ObjectNode model(RunSummary summary) {
    ObjectNode node = JSON.createObjectNode();
    node.put("n_layer", summary.shape().layerCount());
    node.put("n_head", summary.shape().headCount());
    node.put("n_embd", summary.shape().embeddingSize());
    node.put("block_size", summary.shape().blockSize());
    node.put("vocab_size", summary.shape().vocabSize());
    node.put("parameters_without_positions", summary.shape().parameterCountWithoutPositions());
    node.put("training_flops_per_token", summary.shape().trainingFlopsPerToken());
    return node;
  }

  private static ObjectNode data(RunSummary summary) throws IOException {
    Path manifest = summary.config().data().binDir().resolve(DatasetManifest.FILE_NAME);
    ObjectNode node = JSON.createObjectNode();
    node.put("manifest", manifest.toString());
    node.put("manifest_sha256", Files.exists(manifest) ? sha256(Files.readAllBytes(manifest))
        : null);
    return node;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
