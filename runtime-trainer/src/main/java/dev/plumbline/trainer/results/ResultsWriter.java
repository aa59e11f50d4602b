// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.results;

import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainingConfig;
import dev.plumbline.trainer.data.Split;
import dev.plumbline.trainer.data.TokenDtype;
import dev.plumbline.trainer.eval.PeakFlops;
import dev.plumbline.trainer.eval.PeakMemory;
import dev.plumbline.trainer.eval.Perplexity;
import dev.plumbline.trainer.eval.PerplexityResult;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.inference.TrainedGpt;
import dev.plumbline.trainer.listener.EvaluationCompleted;
import dev.plumbline.trainer.listener.RunControl;
import dev.plumbline.trainer.listener.RunEnded;
import dev.plumbline.trainer.listener.RunListener;
import dev.plumbline.trainer.listener.RunStarted;
import dev.plumbline.trainer.listener.StepCompleted;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the results folder when a run ends completed, stopped (early stopping, a caller's
 * listener, or the user with Ctrl-C or SIGTERM) or already complete: the best model's validation loss and perplexity, the last
 * training loss, training throughput and MFU, peak memory and timings (see {@link
 * ResultsFolder}). A diverged or failed run writes none: its numbers are not results, and its
 * metrics log keeps the curve up to the failure.
 */
public final class ResultsWriter implements RunListener {

  private static final Set<RunEnded.Outcome> WRITTEN = Set.of(RunEnded.Outcome.COMPLETED,
      RunEnded.Outcome.STOPPED, RunEnded.Outcome.ALREADY_COMPLETE);
  private static final double MIB = 1024.0 * 1024.0;

  private final TrainerConfig config;
  private final HardwareProfile profile;
  private final PrecisionPlan plan;
  private final PrintStream out;
  private @Nullable RunStarted start;
  private long bestStep = -1;
  private long tokens;
  private double seconds;
  private long steps;

  /**
   * A writer for one run.
   *
   * @param config the run's configuration (its {@code output} section says where)
   * @param profile the hardware the run trains on
   * @param plan the precision plan
   * @param out where the {@code [INFO]} line naming the files goes
   */
  public ResultsWriter(TrainerConfig config, HardwareProfile profile, PrecisionPlan plan,
      PrintStream out) {
    this.config = config;
    this.profile = profile;
    this.plan = plan;
    this.out = out;
  }

  @Override
  public void onRunStart(RunStarted event, RunControl control) {
    start = event;
  }

  @Override
  public void onStep(StepCompleted step, RunControl control) {
    tokens += step.tokens();
    seconds += step.seconds();
    steps++;
  }

  @Override
  public void onEvaluation(EvaluationCompleted evaluation, RunControl control) {
    if (evaluation.improved()) {
      bestStep = evaluation.step();
    }
  }

  @Override
  public void onRunEnd(RunEnded end) {
    RunStarted started = start;
    if (!WRITTEN.contains(end.outcome()) || started == null) {
      return;
    }
    try {
      List<MetricsLine> log = MetricsLog.read(
          config.output().logsDir().resolve(MetricsLog.FILE_NAME));
      List<Path> files = ResultsFolder.write(config.output(), new RunSummary(
          end.outcome().name(), end.message(), end.step(), evaluatedStep(log),
          end.stopSignal().orElse(null),
          end.bestModel().or(end::lastCheckpoint).orElse(null), metrics(end, log, started),
          timings(started), config, profile, plan, started.shape()));
      out.println("[INFO] Results: " + files.get(0) + ", " + files.get(1).getFileName() + ", "
          + files.get(2).getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results folder "
          + config.output().resultsDir() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the results folder for one checkpoint on demand ({@code Trainer.evaluate}): the
   * validation loss and perplexity of the checkpoint's weights on the start of the validation
   * file (as many tokens as one evaluation of the run reads: {@code eval_iters} batches of
   * {@code batch_size} windows), the inference throughput of that scoring, and peak memory; the
   * loss curves come from the metrics log as after a run.
   *
   * @param config the run's configuration
   * @param checkpoint a checkpoint of that run ({@code best_model.ckpt} or a step checkpoint)
   * @param profile the hardware
   * @param plan the precision plan
   * @return the three files written
   * @throws IOException when the checkpoint or the validation file cannot be read, or a file
   *     cannot be written
   */
  public static List<Path> evaluateCheckpoint(TrainerConfig config, Path checkpoint,
      HardwareProfile profile, PrecisionPlan plan) throws IOException {
    long step = CheckpointStore.load(checkpoint).metadata().step();
    try (TrainedGpt gpt = TrainedGpt.load(checkpoint)) {
      TrainingConfig training = config.training();
      long tokens = (long) training.evalIters() * training.batchSize()
          * (gpt.shape().blockSize() + 1);
      long started = System.nanoTime();
      PerplexityResult validation = Perplexity.ofTokenFile(gpt,
          config.data().binDir().resolve(Split.VAL.fileName()),
          TokenDtype.forVocabSize(gpt.shape().vocabSize()), tokens);
      double seconds = (System.nanoTime() - started) / 1e9;
      List<Metric> metrics = new ArrayList<>();
      metrics.add(new Metric("val_loss", validation.meanLoss(), true));
      metrics.add(new Metric("val_perplexity", validation.perplexity(), true));
      metrics.add(new Metric("inference_tokens_per_second",
          validation.predictedTokens() / seconds, false));
      addPeakMemory(metrics);
      Map<String, Number> timings = new LinkedHashMap<>();
      timings.put("evaluation_seconds", seconds);
      timings.put("tokens_scored", validation.predictedTokens());
      return ResultsFolder.write(config.output(), new RunSummary("EVALUATED", "Evaluated "
          + checkpoint.getFileName() + " on " + validation.predictedTokens()
          + " validation tokens", step, step, null, checkpoint, metrics, timings, config, profile,
          plan, gpt.shape()));
    }
  }

  // The best model's step: this run's last improving evaluation, else the best in the log (an
  // earlier process's), null when nothing was evaluated yet (a run stopped early by the user).
  private @Nullable Long evaluatedStep(List<MetricsLine> log) {
    if (bestStep >= 0) {
      return bestStep;
    }
    MetricsLine best = null;
    for (MetricsLine line : log) {
      if (!line.isTraining() && (best == null || line.loss() < best.loss())) {
        best = line;
      }
    }
    return best == null ? null : best.step();
  }

  private List<Metric> metrics(RunEnded end, List<MetricsLine> log, RunStarted started) {
    List<Metric> metrics = new ArrayList<>();
    Optional<Double> best = end.bestValidationLoss();
    best.ifPresent(loss -> {
      metrics.add(new Metric("best_val_loss", loss, true));
      metrics.add(new Metric("val_perplexity", Perplexity.fromLoss(loss), true));
    });
    lastTrainingLoss(log).ifPresent(loss -> metrics.add(new Metric("final_train_loss", loss,
        true)));
    Optional<Double> throughput = steps > 0 && seconds > 0 ? Optional.of(tokens / seconds)
        : medianLoggedThroughput(log);
    throughput.ifPresent(tokensPerSecond -> {
      metrics.add(new Metric("train_tokens_per_second", tokensPerSecond, false));
      PeakFlops.of(profile, plan).ifPresent(peak -> metrics.add(new Metric("mfu",
          peak.utilization(started.shape().trainingFlopsPerToken(), tokensPerSecond), false)));
    });
    addPeakMemory(metrics);
    return metrics;
  }

  private static void addPeakMemory(List<Metric> metrics) {
    PeakMemory memory = PeakMemory.measure();
    metrics.add(new Metric("peak_heap_mib", memory.heapBytes() / MIB, true));
    memory.residentBytes().ifPresent(bytes ->
        metrics.add(new Metric("peak_resident_mib", bytes / MIB, true)));
  }

  private Map<String, Number> timings(RunStarted started) {
    Map<String, Number> timings = new LinkedHashMap<>();
    timings.put("training_seconds_this_run", seconds);
    timings.put("steps_this_run", steps);
    timings.put("tokens_this_run", tokens);
    timings.put("start_step", started.step());
    return timings;
  }

  private static Optional<Double> lastTrainingLoss(List<MetricsLine> log) {
    for (int i = log.size() - 1; i >= 0; i--) {
      if (log.get(i).isTraining() && Double.isFinite(log.get(i).loss())) {
        return Optional.of(log.get(i).loss());
      }
    }
    return Optional.empty();
  }

  private static Optional<Double> medianLoggedThroughput(List<MetricsLine> log) {
    double[] values = log.stream().filter(MetricsLine::isTraining)
        .mapToDouble(MetricsLine::tokensPerSecond).filter(Double::isFinite).sorted().toArray();
    return values.length == 0 ? Optional.empty() : Optional.of(values[values.length / 2]);
  }
}
