// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.trainer.checkpoint.AtomicFileWriter;
import dev.plumbline.trainer.checkpoint.Checkpoint;
import dev.plumbline.trainer.checkpoint.CheckpointMetadata;
import dev.plumbline.trainer.checkpoint.CheckpointStore;
import dev.plumbline.trainer.checkpoint.Recovery;
import dev.plumbline.trainer.config.TrainerConfig;
import dev.plumbline.trainer.config.TrainingConfig;
import dev.plumbline.trainer.data.SamplerState;
import dev.plumbline.trainer.data.TokenDataset;
import dev.plumbline.trainer.hardware.NativeHeap;
import dev.plumbline.trainer.hardware.PrecisionPlan;
import dev.plumbline.trainer.listener.RunListener;
import dev.plumbline.trainer.listener.RunStarted;
import dev.plumbline.trainer.model.Gpt;
import dev.plumbline.trainer.model.GptShape;
import dev.plumbline.trainer.optim.AdamW;
import dev.plumbline.trainer.optim.AdamWSettings;
import dev.plumbline.trainer.optim.DynamicLossScaler;
import java.io.Closeable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complete training run: seed, build the model, resume from the newest usable checkpoint, then
 * hand the steps to a {@link StepLoop} that tells the listeners about each of them. Killed at any
 * moment, the next run with the same config resumes and continues exactly as the uninterrupted
 * run would have.
 */
final class TrainingRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TrainerConfig config;
  private final TrainingConfig training;
  private final PrecisionPlan plan;
  private final TokenDataset data;
  private final AtomicFileWriter writer;
  private final List<RunListener> listeners;
  private final StopSignals signals;

  /**
   * Prepares a run.
   *
   * @param config the validated configuration
   * @param plan the precision plan for this machine
   * @param data the tokenized dataset
   * @param writer writes checkpoints (its progress listener sees every write)
   * @param listeners told about the run, in this order
   * @param signals polled at each step boundary: a signal stops the run there
   */
  TrainingRun(TrainerConfig config, PrecisionPlan plan, TokenDataset data, AtomicFileWriter writer,
      List<RunListener> listeners, StopSignals signals) {
    this.config = config;
    this.training = config.training();
    this.plan = plan;
    this.data = data;
    this.writer = writer;
    this.listeners = List.copyOf(listeners);
    this.signals = signals;
  }

  /**
   * Trains until max_steps or until a listener or a signal stops the run.
   *
   * @return losses, checkpoints and timings
   * @throws IOException when checkpoints cannot be written or listed, or another run holds the
   *     checkpoint directory
   * @throws RunDivergedException when the loss or the gradients become NaN or infinite
   */
  TrainingResult run() throws IOException {
    data.requireSampleCounts(config.model().blockSize());
    CheckpointStore store = new CheckpointStore(
        config.checkpoint().dir(), config.checkpoint().keepLast(), writer);
    // The directory is taken before anything else: recovery deletes temporary files that only a
    // dead run can have left, and a second run must be refused before it builds its model.
    try (Closeable lock = store.lock("training with " + config.source())) {
      return runLocked(store);
    }
  }

  private TrainingResult runLocked(CheckpointStore store) throws IOException {
    GptShape shape = new GptShape(data.vocabSize(), config.model());
    boolean nativeHeapTuned = NativeHeap.reuseFreedTensorMemory();
    Engine.getInstance().setRandomSeed((int) training.seed());
    try (TrainableModel model =
            new TrainableModel(new Gpt(shape), plan.device(), plan.computeType());
        AdamW optimizer = new AdamW(new AdamWSettings(training.beta1(), training.beta2(),
            AdamWSettings.DEFAULT_EPSILON, training.weightDecay()), model.masterWeights(),
            model.manager())) {
      DynamicLossScaler scaler = plan.dynamicLossScaling()
          ? DynamicLossScaler.enabled() : DynamicLossScaler.disabled();
      Recovery recovery = store.recover();
      RunState state = startOrResume(recovery, model, optimizer, scaler);
      ListenerChain events = new ListenerChain(listeners);
      events.runStarted(new RunStarted(config, plan, shape, state.step,
          state.microBatches.microBatchSize(), state.microBatches.accumulationSteps(),
          recovery.source(), recovery.fromBestModel(), optimizer.stepCount(), scaler.scale(),
          recovery.removedTemporaryFiles(), recovery.unusableCheckpoints(),
          Optional.ofNullable(state.validation.best()),
          state.validation.evaluationsWithoutImprovement(), nativeHeapTuned));
      StepLoop loop = new StepLoop(config, plan, data, model, optimizer, scaler, store, state,
          events, recovery.source().orElse(null), signals);
      return loop.run();
    }
  }

  private RunState startOrResume(Recovery recovery, TrainableModel model, AdamW optimizer,
      DynamicLossScaler scaler) {
    if (recovery.checkpoint().isEmpty()) {
      return new RunState(MicroBatchPlan.of(training.batchSize(),
          training.gradientAccumulationSteps(), plan.microBatchDivisor()),
          new ValidationProgress(training.earlyStoppingMinDelta(), null, 0));
    }
    Checkpoint checkpoint = recovery.checkpoint().get();
    CheckpointMetadata saved = checkpoint.metadata();
    model.restoreWeights(checkpoint.tensors());
    restoreOptimizer(optimizer, saved.optimizerStepCount(), checkpoint.tensors(), model.manager());
    scaler.restore(saved.lossScaler());
    data.restore(SamplerState.fromBytes(checkpoint.samplerState()));
    return RunState.restored(saved, training.earlyStoppingMinDelta());
  }

  static void restoreOptimizer(AdamW optimizer, long stepCount, Map<String, byte[]> tensors,
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

  /** The configuration as JSON, for checkpoints. */
  static com.fasterxml.jackson.databind.JsonNode configJson(TrainerConfig config) {
    return JSON.valueToTree(config);
  }
}
