// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.checkpoint.Checkpoint;
import dev.plumbline.trainer.checkpoint.CheckpointMetadata;
import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainingConfig;
import dev.plumbline.trainer.data.Split;
import dev.plumbline.trainer.data.TokenDataset;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.listener.CheckpointWritten;
import dev.plumbline.trainer.listener.EvaluationCompleted;
import dev.plumbline.trainer.listener.RunEnded;
import dev.plumbline.trainer.listener.StepCompleted;
import dev.plumbline.trainer.optim.AdamW;
import dev.plumbline.trainer.optim.DynamicLossScaler;
import dev.plumbline.trainer.optim.LearningRateSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The steps of one run: train a step, tell the listeners, evaluate when due, carry out what the
 * listeners asked for (best model, checkpoint, stop), and end the run with the outcome.
 */
final class StepLoop {

  // A non-finite loss comes from the forward pass, which no loss scale can repair: after this many
  // in a row an fp16 run stops instead of skipping (and halving the scale) forever.
  private static final int MAX_NON_FINITE_LOSSES = 10;

  private final TrainerConfig config;
  private final TrainingConfig training;
  private final PrecisionPlan plan;
  private final TokenDataset data;
  private final TrainableModel model;
  private final AdamW optimizer;
  private final DynamicLossScaler scaler;
  private final CheckpointStore store;
  private final RunState state;
  private final ListenerChain events;
  private final StepRunner steps;
  private final Evaluator evaluator;
  private final StopSignals signals;
  private final List<Double> stepSeconds = new ArrayList<>();
  private final long startStep;
  private @Nullable Path lastCheckpoint;
  private @Nullable Path bestModel;
  private int nonFiniteLossesInARow;
  private @Nullable String userStop; // the signal, when the user stopped the run

  StepLoop(TrainerConfig config, PrecisionPlan plan, TokenDataset data, TrainableModel model,
      AdamW optimizer, DynamicLossScaler scaler, CheckpointStore store, RunState state,
      ListenerChain events, @Nullable Path resumedFrom, StopSignals signals) {
    this.config = config;
    this.training = config.training();
    this.plan = plan;
    this.data = data;
    this.model = model;
    this.optimizer = optimizer;
    this.scaler = scaler;
    this.store = store;
    this.state = state;
    this.events = events;
    LearningRateSchedule schedule = new LearningRateSchedule(training.learningRate(),
        training.minLearningRate(), training.warmupSteps(),
        Math.max(training.warmupSteps(), training.lrDecaySteps()));
    this.steps = new StepRunner(
        new OptimizationStep(model, optimizer, scaler, training.gradClip()), model, data,
        schedule, training.seed(), config.model().blockSize());
    this.evaluator = new Evaluator(model, training.evalIters());
    this.signals = signals;
    this.startStep = state.step;
    this.lastCheckpoint = resumedFrom;
    this.bestModel = Files.isRegularFile(store.bestModelFile()) ? store.bestModelFile() : null;
  }

  TrainingResult run() throws IOException {
    stopIfSignalled();
    while (state.step < training.maxSteps() && !events.stopRequested()) {
      events.nextStep();
      trainOneStep();
      evaluateIfDue();
      stopIfSignalled();
      carryOutRequests();
    }
    end(outcome(), null);
    return new TrainingResult(startStep, state.step, state.trainLosses, state.validationLosses,
        state.validation.best(), events.stopRequested(), lastCheckpoint, bestModel, stepSeconds,
        tokensPerStep());
  }

  // A step boundary is the safe point: the step's update, sampler and evaluation are done, so the
  // checkpoint that a stop writes resumes exactly there.
  // (A run at its last step completes; one that a listener stopped stays stopped by it.)
  private void stopIfSignalled() {
    Optional<String> signal = signals.received();
    if (signal.isPresent() && !events.stopRequested() && state.step < training.maxSteps()) {
      userStop = signal.get();
      events.requestStop("the user (" + userStop + ")");
    }
  }

  private void trainOneStep() {
    long start = System.nanoTime();
    StepResult result = steps.run(state, events);
    double seconds = (System.nanoTime() - start) / 1e9;
    stepSeconds.add(seconds);
    nonFiniteLossesInARow = Double.isFinite(result.loss()) ? 0 : nonFiniteLossesInARow + 1;
    if ((!result.applied() && !scaler.isEnabled())
        || nonFiniteLossesInARow >= MAX_NON_FINITE_LOSSES) {
      throw diverged(result);
    }
    double learningRate = steps.learningRate(state.step);
    state.step++;
    state.trainLosses.add(new StepLoss(state.step, result.loss()));
    events.stepCompleted(new StepCompleted(state.step, training.maxSteps(), result.loss(),
        result.gradientNorm(), learningRate, scaler.scale(), result.applied(), seconds,
        tokensPerStep()));
  }

  private void evaluateIfDue() {
    if (state.step % training.evalInterval() != 0 && state.step != training.maxSteps()) {
      return;
    }
    double loss = evaluator.evaluate(rows -> data.getBatch(Split.VAL, rows,
        config.model().blockSize()), state.microBatches.microBatchSize());
    state.validationLosses.add(new StepLoss(state.step, loss));
    boolean improved = state.validation.observe(loss);
    double best = Objects.requireNonNull(state.validation.best(), "an evaluation sets the best loss");
    events.evaluationCompleted(new EvaluationCompleted(state.step, loss, best,
        improved, state.validation.evaluationsWithoutImprovement()));
  }

  private void carryOutRequests() throws IOException {
    try {
      writeRequestedCheckpoints();
    } catch (IOException e) {
      String resume = lastCheckpoint == null
          ? "no checkpoint of this run was written yet, so a rerun starts at step 0"
          : "the newest complete checkpoint is " + lastCheckpoint + ", where a rerun resumes";
      String message = "Training stopped at step " + state.step + ": " + e.getMessage()
          + ". Nothing partial was left and " + resume + ". Fix the cause (free space, or point"
          + " checkpoint.dir at another disk) and run again.";
      end(RunEnded.Outcome.FAILED, message);
      throw new IOException(message, e);
    }
  }

  private void writeRequestedCheckpoints() throws IOException {
    if (events.bestModelRequested()) {
      Optional<Path> written = store.saveBest(snapshot());
      if (written.isPresent()) {
        bestModel = written.get();
        events.checkpointWritten(
            new CheckpointWritten(CheckpointWritten.Kind.BEST_MODEL, bestModel, state.step));
      }
    }
    if (events.checkpointRequested()) {
      lastCheckpoint = store.save(snapshot());
      events.checkpointWritten(
          new CheckpointWritten(CheckpointWritten.Kind.STEP, lastCheckpoint, state.step));
    }
  }

  private RunDivergedException diverged(StepResult result) {
    String keep = lastCheckpoint == null
        ? "no checkpoint of this run was written yet"
        : "the last good checkpoint is " + lastCheckpoint;
    String message = String.format("Training diverged at step %d: loss %s, gradient norm %s in"
        + " %s; the update was not applied and %s. Lower training.learning_rate or"
        + " training.grad_clip, or check the data.", state.step + 1, result.loss(),
        result.gradientNorm(), plan.computeType(), keep);
    end(RunEnded.Outcome.DIVERGED, message);
    return new RunDivergedException(message);
  }

  private RunEnded.Outcome outcome() {
    if (userStop != null) {
      return RunEnded.Outcome.STOPPED;
    }
    if (state.step == startStep) {
      return RunEnded.Outcome.ALREADY_COMPLETE;
    }
    return events.stopRequested() ? RunEnded.Outcome.STOPPED : RunEnded.Outcome.COMPLETED;
  }

  private void end(RunEnded.Outcome outcome, @Nullable String failure) {
    String message = switch (outcome) {
      case COMPLETED -> "Trained to step " + state.step + " (training.max_steps)" + bestSentence();
      case STOPPED -> "Stopped at step " + state.step + " by " + events.stopReason()
          + bestSentence() + resumeSentence();
      case ALREADY_COMPLETE -> alreadyComplete();
      case DIVERGED, FAILED -> Objects.requireNonNullElse(failure, "");
    };
    Double best = state.validation.best();
    Optional<String> signal = outcome == RunEnded.Outcome.STOPPED ? Optional.ofNullable(userStop)
        : Optional.empty();
    events.runEnded(new RunEnded(outcome, state.step, message, Optional.ofNullable(lastCheckpoint),
        Optional.ofNullable(bestModel), Optional.ofNullable(best), signal));
  }

  private String bestSentence() {
    Double best = state.validation.best();
    return best == null || bestModel == null ? ""
        : String.format("; best val loss %.4f is in %s", best, bestModel);
  }

  // A run the user stopped goes on where it stopped when started again.
  private String resumeSentence() {
    if (userStop == null) {
      return "";
    }
    return lastCheckpoint == null ? "; no checkpoint of this run was written yet, so a rerun"
        + " starts at step 0"
        : "; run the same command again to resume from " + lastCheckpoint.getFileName();
  }

  private String alreadyComplete() {
    String where = "The run in " + config.checkpoint().dir();
    if (events.stopRequested()) {
      return where + " stopped at step " + state.step + " (" + events.stopReason() + "), so"
          + " nothing was trained now" + bestSentence() + ". To go on from there, raise"
          + " training.early_stopping_patience in " + config.source() + "; to start a new run,"
          + " point checkpoint.dir at a new directory";
    }
    return where + " is already complete at step " + state.step + " (training.max_steps), so"
        + " nothing was trained now" + bestSentence() + ". To train it further, raise"
        + " training.max_steps in " + config.source() + "; to start a new run, point"
        + " checkpoint.dir at a new directory";
  }

  private long tokensPerStep() {
    return (long) state.microBatches.effectiveBatchSize() * config.model().blockSize();
  }

  private Checkpoint snapshot() {
    Map<String, byte[]> tensors = new LinkedHashMap<>(model.encodeWeights());
    optimizer.stateTensors().forEach((name, array) -> tensors.put(name, array.encode()));
    long epoch = state.step * tokensPerStep() / Math.max(1, data.tokenCount(Split.TRAIN));
    CheckpointMetadata metadata = new CheckpointMetadata(state.step, epoch,
        optimizer.stepCount(), scaler.state(), state.microBatches.microBatchSize(),
        state.microBatches.accumulationSteps(), state.validation.best(), state.validation.evaluationsWithoutImprovement(),
        TrainingRun.configJson(config));
    return new Checkpoint(metadata, tensors, data.state().toBytes());
  }
}
