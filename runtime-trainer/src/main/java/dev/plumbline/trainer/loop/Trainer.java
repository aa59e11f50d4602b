// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.checkpoint.AtomicFileWriter;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainerConfigLoader;
import dev.plumbline.trainer.data.DatasetPreparer;
import dev.plumbline.trainer.data.DiskSpace;
import dev.plumbline.trainer.data.PreparedDataset;
import dev.plumbline.trainer.data.TokenDataset;
import dev.plumbline.trainer.data.UrlFetchOptions;
import dev.plumbline.trainer.hardware.HardwareProfile;
import dev.plumbline.trainer.hardware.HardwareReport;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.listener.RunListener;
import dev.plumbline.trainer.results.MetricsLog;
import dev.plumbline.trainer.results.ResultsWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Trains, or resumes, the run a configuration describes: detect the hardware and print its
 * precision plan, tokenize the training data (skipped when up to date), then train with
 * checkpoints, early stopping and console progress, telling any listeners added here about every
 * step. {@link #train(Path)} does all of it in one call; {@link #forConfig(TrainerConfig)} sets
 * the parts one by one:
 *
 * <pre>{@code
 * TrainingResult result = Trainer.forConfig(config)
 *     .silent()                      // no console lines
 *     .listener(new MyMetricsLog())  // told about every step, evaluation and checkpoint
 *     .train();
 * }</pre>
 */
public final class Trainer {

  private final TrainerConfig config;
  private final List<RunListener> listeners = new ArrayList<>();
  private @Nullable PrecisionPlan plan;
  private @Nullable TokenDataset dataset;
  private AtomicFileWriter writer = AtomicFileWriter.silent();
  private boolean console = true;
  private boolean handleSignals = true;

  private Trainer(TrainerConfig config) {
    this.config = config;
  }

  /**
   * Trains (or resumes) the run a config file describes, printing its progress.
   *
   * @param configFile e.g. {@code configs/default.yaml}
   * @return the outcome of the run
   * @throws IOException when checkpoints cannot be written
   * @throws dev.plumbline.trainer.config.ConfigException when the file is not a valid config
   * @throws dev.plumbline.trainer.data.DatasetException when there is no usable training data
   * @throws RunDivergedException when the loss or the gradients become NaN or infinite
   */
  public static TrainingResult train(Path configFile) throws IOException {
    return forConfig(TrainerConfigLoader.load(configFile)).train();
  }

  /**
   * Starts setting up a run of a configuration; nothing happens until {@link #train()}.
   *
   * @param config the validated configuration
   * @return a trainer with the defaults: detected hardware, data prepared from the config,
   *     console progress on, no listeners of the caller's
   */
  public static Trainer forConfig(TrainerConfig config) {
    return new Trainer(config);
  }

  /**
   * Uses this precision plan instead of detecting the hardware (nothing about the hardware is
   * printed then).
   *
   * @param plan the plan
   * @return this trainer
   */
  public Trainer precisionPlan(PrecisionPlan plan) {
    this.plan = plan;
    return this;
  }

  /**
   * Trains on an opened dataset instead of preparing one from {@code config.data()}.
   *
   * @param dataset token files opened with the config's seed
   * @return this trainer
   */
  public Trainer dataset(TokenDataset dataset) {
    this.dataset = dataset;
    return this;
  }

  /**
   * Writes checkpoints with this writer (to watch the bytes of each write, for example).
   *
   * @param writer the atomic writer
   * @return this trainer
   */
  public Trainer checkpointWriter(AtomicFileWriter writer) {
    this.writer = writer;
    return this;
  }

  /**
   * Adds a listener; listeners are told about the run in the order they were added, after the
   * built-in checkpoint schedule and early stopping and before the console.
   *
   * @param listener the listener
   * @return this trainer
   */
  public Trainer listener(RunListener listener) {
    listeners.add(listener);
    return this;
  }

  /**
   * Prints nothing: no hardware report, no tokenizer progress, no training progress. Listeners
   * still hear everything, and failures are still thrown.
   *
   * @return this trainer
   */
  public Trainer silent() {
    this.console = false;
    return this;
  }

  /**
   * Leaves SIGINT and SIGTERM to the JVM's defaults (exit at once, no checkpoint of the current
   * step) or to the application's own handlers. By default a training run handles them: the
   * first stops the run after the current step, writes its checkpoint and the results folder,
   * then exits the JVM with status 130 (SIGINT) or 143 (SIGTERM); a second exits at once. An
   * application that wants to stop a run itself and carry on can use this and a listener's
   * {@link dev.plumbline.trainer.listener.RunControl#requestStop(String)}.
   *
   * @return this trainer
   */
  public Trainer withoutSignalHandling() {
    this.handleSignals = false;
    return this;
  }

  /**
   * Writes the results folder ({@code output.results_dir}) for one checkpoint of a run, without
   * training: its validation loss and perplexity, inference throughput and peak memory in
   * {@code benchmark_results.json} and {@code benchmark_report.txt} (compared with the baseline
   * as after a run), and {@code loss_curves.png} from the run's metrics log.
   *
   * @param config the run's configuration (its token files must exist)
   * @param checkpoint {@code best_model.ckpt} or a step checkpoint of that run
   * @return the files written
   * @throws IOException when the checkpoint or the token files cannot be read, or a result file
   *     cannot be written
   */
  public static List<Path> evaluate(TrainerConfig config, Path checkpoint) throws IOException {
    HardwareProfile profile = HardwareProfile.detect();
    return ResultsWriter.evaluateCheckpoint(config, checkpoint, profile,
        PrecisionPlan.forProfile(profile, "fp32"));
  }

  /**
   * Trains or resumes the run. Ctrl-C (SIGINT) or SIGTERM while it trains stops it after the
   * current step: its checkpoint and the results folder (outcome {@code STOPPED}, stopped by the
   * user) are written, and the JVM exits with status 130 or 143 instead of returning; a second
   * signal exits at once (see {@link #withoutSignalHandling()}).
   *
   * @return the outcome of the run
   * @throws IOException when checkpoints cannot be written
   * @throws dev.plumbline.trainer.data.DatasetException when there is no usable training data
   * @throws RunDivergedException when the loss or the gradients become NaN or infinite
   */
  public TrainingResult train() throws IOException {
    PrintStream out = console ? System.out : new PrintStream(OutputStream.nullOutputStream());
    HardwareProfile profile = HardwareProfile.detect();
    PrecisionPlan chosen = plan;
    if (chosen == null) {
      chosen = PrecisionPlan.forProfile(profile, config.training().precision());
      HardwareReport.lines(profile, chosen).forEach(out::println);
    }
    TokenDataset data = dataset;
    if (data == null) {
      PreparedDataset prepared = new DatasetPreparer(DiskSpace.SYSTEM, UrlFetchOptions.defaults(),
          out).prepare(config.data());
      data = TokenDataset.open(prepared.binDir(), config.training().seed());
    }
    List<RunListener> all = new ArrayList<>();
    all.add(new CheckpointSchedule(config.checkpoint().interval()));
    all.add(new EarlyStopping(config.training().earlyStoppingPatience(),
        config.training().earlyStoppingMinDelta()));
    // The log first, so that a later listener that fails still leaves the step in the log.
    all.add(0, new MetricsLog(config.output().logsDir(), config.training().logInterval()));
    all.add(new ResultsWriter(config, profile, chosen, out));
    all.addAll(listeners);
    if (console) {
      all.add(new ConsoleProgress(System.out, System.err));
    }
    StopSignals signals = handleSignals
        ? StopSignals.install(console ? System.err : out) : StopSignals.none();
    TrainingResult result;
    try {
      result = new TrainingRun(config, chosen, data, writer, all, signals).run();
    } finally {
      signals.close();
    }
    signals.exitIfSignalled();
    return result;
  }
}
