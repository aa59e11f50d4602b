// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.trainer.checkpoint.AtomicFileWriter;
import dev.plumbline.trainer.checkpoint.Checkpoint;
import dev.plumbline.trainer.checkpoint.CheckpointMetadata;
import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.checkpoint.StepLoss;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainingConfig;
import dev.plumbline.trainer.data.SamplerState;
import dev.plumbline.trainer.data.Split;
import dev.plumbline.trainer.data.TokenDataset;
import dev.plumbline.trainer.hardware.NativeHeap;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.model.Gpt;
import dev.plumbline.trainer.model.GptShape;
import dev.plumbline.trainer.optim.AdamW;
import dev.plumbline.trainer.optim.AdamWSettings;
import dev.plumbline.trainer.optim.DynamicLossScaler;
import dev.plumbline.trainer.optim.LearningRateSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complete training run: seed, build or resume, train with accumulation, clipping, schedule and
 * loss scaling, evaluate, stop early, checkpoint atomically, and report progress. Killed at any
 * moment, the next run with the same config resumes from the newest valid checkpoint and continues
 * exactly as the uninterrupted run would have.
 */
public final class TrainingRun {

  private static final ObjectMapper JSON = new ObjectMapper();
  // A non-finite loss comes from the forward pass, which no loss scale can repair: after this many
  // in a row an fp16 run stops instead of skipping (and halving the scale) forever.
  private static final int MAX_NON_FINITE_LOSSES = 10;

  private final TrainerConfig config;
  private final TrainingConfig training;
  private final PrecisionPlan plan;
  private final TokenDataset data;
  private final AtomicFileWriter writer;
  private final LearningRateSchedule schedule;
  private final List<Double> stepSeconds = new ArrayList<>();

  /**
   * Prepares a run.
   *
   * @param config the validated configuration
   * @param plan the precision plan for this machine
   * @param data the tokenized dataset
   * @param writer writes checkpoints (its progress listener sees every write)
   */
  public TrainingRun(TrainerConfig config, PrecisionPlan plan, TokenDataset data,
      AtomicFileWriter writer) {
    this.config = config;
    this.training = config.training();
    this.plan = plan;
    this.data = data;
    this.writer = writer;
    this.schedule = new LearningRateSchedule(training.learningRate(), training.minLearningRate(),
        training.warmupSteps(), Math.max(training.warmupSteps(), training.lrDecaySteps()));
  }

  /**
   * Trains until max_steps or early stopping.
   *
   * @return losses, checkpoints and timings
   * @throws IOException when checkpoints cannot be written or listed
   * @throws TrainingDivergedException when an fp32 loss becomes NaN or infinite
   */
  public TrainingResult run() throws IOException {
    data.requireSampleCounts(config.model().blockSize());
    GptShape shape = new GptShape(data.vocabSize(), config.model().nLayer(),
        config.model().nHead(), config.model().nEmbd(), config.model().blockSize(),
        (float) config.model().dropout());
    if (NativeHeap.reuseFreedTensorMemory()) {
      System.out.printf("[INFO] Native heap: freed tensors up to %d MiB are reused, not returned"
          + " to the OS and faulted in again every step (glibc mmap threshold)%n",
          NativeHeap.MMAP_THRESHOLD_BYTES / (1024 * 1024));
    }
    Engine.getInstance().setRandomSeed((int) training.seed());
    try (TrainableModel model =
            new TrainableModel(new Gpt(shape), plan.device(), plan.computeType());
        AdamW optimizer = new AdamW(new AdamWSettings(training.beta1(), training.beta2(),
            AdamWSettings.DEFAULT_EPSILON, training.weightDecay()), model.masterWeights(),
            model.manager())) {
      DynamicLossScaler scaler = plan.dynamicLossScaling()
          ? DynamicLossScaler.enabled() : DynamicLossScaler.disabled();
      CheckpointStore store = new CheckpointStore(
          config.checkpoint().dir(), config.checkpoint().keepLast(), writer);
      RunState state = startOrResume(store, model, optimizer, scaler);
      printStart(shape, state);
      return new Loop(model, optimizer, scaler, store, state).run();
    }
  }

  private RunState startOrResume(CheckpointStore store, TrainableModel model, AdamW optimizer,
      DynamicLossScaler scaler) throws IOException {
    for (Path stale : store.removeInterruptedWrites()) {
      System.out.println("[WARN] Removed " + stale.getFileName()
          + ": a checkpoint write that never finished (the process was stopped mid-write)");
    }
    Optional<Checkpoint> latest = store.loadLatestValid();
    if (latest.isEmpty()) {
      return new RunState(MicroBatchPlan.of(training.batchSize(),
          training.gradientAccumulationSteps(), plan.microBatchDivisor()),
          new EarlyStopping(training.earlyStoppingPatience(), training.earlyStoppingMinDelta(),
              null, 0));
    }
    Checkpoint checkpoint = latest.get();
    CheckpointMetadata saved = checkpoint.metadata();
    model.restoreWeights(checkpoint.tensors());
    restoreOptimizer(optimizer, saved.optimizerStepCount(), checkpoint.tensors(), model.manager());
    scaler.restore(saved.lossScaler());
    data.restore(SamplerState.fromBytes(checkpoint.samplerState()));
    System.out.println("[INFO] Resuming from " + CheckpointStore.fileName(saved.step())
        + " at step " + saved.step() + "/" + training.maxSteps() + " (optimizer step count "
        + saved.optimizerStepCount() + ", loss scale " + saved.lossScaler().scale() + ")");
    return RunState.restored(saved, training.earlyStoppingPatience(),
        training.earlyStoppingMinDelta());
  }

  private static void restoreOptimizer(AdamW optimizer, long stepCount, Map<String, byte[]> tensors,
      NDManager manager) {
    try (NDManager scratch = manager.newSubManager()) {
      Map<String, NDArray> decoded = new LinkedHashMap<>();
      tensors.forEach((name, bytes) -> {
        if (!name.startsWith("param/")) {
          decoded.put(name, NDArray.decode(scratch, bytes));
        }
      });
      optimizer.restore(stepCount, decoded);
    }
  }

  private void printStart(GptShape shape, RunState state) {
    if (state.step >= training.maxSteps() || state.earlyStopping.shouldStop()) {
      System.out.println("[INFO] The run in " + config.checkpoint().dir()
          + " is already complete at step " + state.step + "; raise training.max_steps to go on");
      return;
    }
    System.out.printf("[INFO] GPT: %,d parameters (%d layers, %d heads, width %d, block %d,"
        + " vocab %d), %s on %s%n", shape.parameterCountWithoutPositions(), shape.layerCount(),
        shape.headCount(), shape.embeddingSize(), shape.blockSize(), shape.vocabSize(),
        plan.computeType(), plan.device());
    System.out.printf("[INFO] Batch: %d sequences per step (micro-batch %d x %d accumulation),"
        + " %d tokens per step, steps %d..%d%n", state.microBatches.effectiveBatchSize(),
        state.microBatches.microBatchSize(), state.microBatches.accumulationSteps(),
        tokensPerStep(state.microBatches), state.step + 1, training.maxSteps());
  }

  private long tokensPerStep(MicroBatchPlan microBatches) {
    return (long) microBatches.effectiveBatchSize() * config.model().blockSize();
  }

  private BatchSupplier batches(Split split) {
    return rows -> data.getBatch(split, rows, config.model().blockSize());
  }

  /** The step loop of one run, with the run's model, optimizer and state. */
  private final class Loop {

    private final TrainableModel model;
    private final AdamW optimizer;
    private final DynamicLossScaler scaler;
    private final CheckpointStore store;
    private final RunState state;
    private final OptimizationStep optimizationStep;
    private final Evaluator evaluator;
    private Path lastCheckpoint;
    private Path bestModel;
    private long windowStartNanos = System.nanoTime();
    private long windowTokens;
    private int nonFiniteLossesInARow;

    Loop(TrainableModel model, AdamW optimizer, DynamicLossScaler scaler, CheckpointStore store,
        RunState state) {
      this.model = model;
      this.optimizer = optimizer;
      this.scaler = scaler;
      this.store = store;
      this.state = state;
      this.optimizationStep =
          new OptimizationStep(model, optimizer, scaler, training.gradClip());
      this.evaluator = new Evaluator(model, training.evalIters());
      // A resumed run reports the files it continues from until it writes new ones.
      this.lastCheckpoint = state.step > 0
          ? store.bestModelFile().resolveSibling(CheckpointStore.fileName(state.step)) : null;
      this.bestModel = Files.isRegularFile(store.bestModelFile()) ? store.bestModelFile() : null;
    }

    TrainingResult run() throws IOException {
      boolean stoppedEarly = state.earlyStopping.shouldStop();
      while (state.step < training.maxSteps() && !stoppedEarly) {
        StepResult result = trainOneStep();
        state.step++;
        state.trainLosses.add(new StepLoss(state.step, result.loss()));
        reportProgress(result);
        stoppedEarly = evaluateIfDue();
        if (stoppedEarly || state.step % config.checkpoint().interval() == 0
            || state.step == training.maxSteps()) {
          lastCheckpoint = store.save(snapshot());
          System.out.println("✓ Saved " + lastCheckpoint.getFileName());
        }
      }
      return new TrainingResult(state.step, state.trainLosses, state.validationLosses,
          state.earlyStopping.best(), stoppedEarly, lastCheckpoint, bestModel, stepSeconds,
          tokensPerStep(state.microBatches));
    }

    private StepResult trainOneStep() {
      // Reseeding per step makes dropout masks a function of the step, so a resumed run draws
      // the same masks as the uninterrupted one.
      Engine.getInstance().setRandomSeed((int) (training.seed() + state.step));
      SamplerState before = data.state();
      long start = System.nanoTime();
      StepResult result = runWithOutOfMemoryFallback(before);
      stepSeconds.add((System.nanoTime() - start) / 1e9);
      windowTokens += tokensPerStep(state.microBatches);
      nonFiniteLossesInARow = Double.isFinite(result.loss()) ? 0 : nonFiniteLossesInARow + 1;
      if ((!result.applied() && !scaler.isEnabled())
          || nonFiniteLossesInARow >= MAX_NON_FINITE_LOSSES) {
        throw diverged(result);
      }
      if (!result.applied()) {
        System.out.printf("[WARN] Step %d skipped: gradient overflow in fp16, loss scale now %.0f%n",
            state.step + 1, scaler.scale());
      }
      return result;
    }

    private StepResult runWithOutOfMemoryFallback(SamplerState before) {
      while (true) {
        try {
          return optimizationStep.run(
              state.microBatches, batches(Split.TRAIN), schedule.at(state.step));
        } catch (EngineException e) {
          if (!OutOfMemoryDetector.isOutOfMemory(e) || !state.microBatches.canHalve()) {
            throw e;
          }
          model.zeroGradients();
          data.restore(before);
          System.gc();
          MicroBatchPlan smaller = state.microBatches.halved();
          System.out.printf("[WARN] Out of memory at step %d with micro-batch %d: retrying with"
              + " micro-batch %d x %d accumulation steps (effective batch %d unchanged)%n",
              state.step + 1, state.microBatches.microBatchSize(), smaller.microBatchSize(),
              smaller.accumulationSteps(), smaller.effectiveBatchSize());
          state.microBatches = smaller;
        }
      }
    }

    private TrainingDivergedException diverged(StepResult result) {
      String keep = lastCheckpoint == null
          ? "no checkpoint of this run was written yet"
          : "the last good checkpoint is " + lastCheckpoint;
      String message = String.format("Training diverged at step %d: loss %s, gradient norm %s in"
          + " %s; the update was not applied and %s. Lower training.learning_rate or"
          + " training.grad_clip, or check the data.", state.step + 1, result.loss(),
          result.gradientNorm(), plan.computeType(), keep);
      System.err.println("[ERROR] " + message);
      return new TrainingDivergedException(message);
    }

    private void reportProgress(StepResult result) {
      boolean due = state.step % Math.max(1, training.logInterval()) == 0
          || state.step == training.maxSteps() || state.step == 1;
      if (!due) {
        return;
      }
      double seconds = (System.nanoTime() - windowStartNanos) / 1e9;
      double tokensPerSecond = seconds > 0 ? windowTokens / seconds : 0;
      double meanStep = stepSeconds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      long eta = Math.round(meanStep * (training.maxSteps() - state.step));
      ProgressLine.print(state.step, training.maxSteps(), result.loss(), tokensPerSecond, eta);
      windowStartNanos = System.nanoTime();
      windowTokens = 0;
    }

    private boolean evaluateIfDue() throws IOException {
      boolean due = state.step % training.evalInterval() == 0 || state.step == training.maxSteps();
      if (!due) {
        return false;
      }
      double loss = evaluator.evaluate(batches(Split.VAL), state.microBatches.microBatchSize());
      state.validationLosses.add(new StepLoss(state.step, loss));
      boolean improved = state.earlyStopping.observe(loss);
      if (improved) {
        bestModel = store.saveBest(snapshot());
      }
      System.out.printf("[INFO] Eval at step %d: val loss %.4f (best %.4f%s)%n", state.step, loss,
          state.earlyStopping.best(), improved ? ", saved " + CheckpointStore.BEST_MODEL_FILE : "");
      if (state.earlyStopping.shouldStop()) {
        System.out.printf("[INFO] Early stopping at step %d: %d evaluations without an improvement"
            + " of at least %s; best val loss %.4f is in %s%n", state.step,
            state.earlyStopping.evaluationsWithoutImprovement(), training.earlyStoppingMinDelta(),
            state.earlyStopping.best(), CheckpointStore.BEST_MODEL_FILE);
        return true;
      }
      return false;
    }

    private Checkpoint snapshot() {
      Map<String, byte[]> tensors = new LinkedHashMap<>(model.encodeWeights());
      optimizer.stateTensors().forEach((name, array) -> tensors.put(name, array.encode()));
      long epoch = state.step * tokensPerStep(state.microBatches)
          / Math.max(1, data.tokenCount(Split.TRAIN));
      CheckpointMetadata metadata = new CheckpointMetadata(state.step, epoch,
          optimizer.stepCount(), scaler.state(), state.microBatches.microBatchSize(),
          state.microBatches.accumulationSteps(), state.trainLosses, state.validationLosses,
          state.earlyStopping.best(), state.earlyStopping.evaluationsWithoutImprovement(),
          configJson());
      return new Checkpoint(metadata, tensors, data.state().toBytes());
    }
  }

  private JsonNode configJson() {
    return JSON.valueToTree(config);
  }
}
