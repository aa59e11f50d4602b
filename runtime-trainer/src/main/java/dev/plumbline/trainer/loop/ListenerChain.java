// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import dev.plumbline.trainer.listener.CheckpointWritten;
import dev.plumbline.trainer.listener.EvaluationCompleted;
import dev.plumbline.trainer.listener.MicroBatchReduced;
import dev.plumbline.trainer.listener.RunControl;
import dev.plumbline.trainer.listener.RunEnded;
import dev.plumbline.trainer.listener.RunListener;
import dev.plumbline.trainer.listener.RunStarted;
import dev.plumbline.trainer.listener.StepCompleted;
import java.util.List;

/**
 * Delivers a run's events to its listeners in order and collects what they ask for. Checkpoint
 * requests last for one step ({@link #nextStep()} clears them); a stop request lasts.
 */
final class ListenerChain implements RunControl {

  private final List<RunListener> listeners;
  private boolean checkpointRequested;
  private boolean bestModelRequested;
  private String stopReason;

  ListenerChain(List<RunListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void requestCheckpoint() {
    checkpointRequested = true;
  }

  @Override
  public void requestBestModel() {
    bestModelRequested = true;
  }

  @Override
  public void requestStop(String reason) {
    if (stopReason == null) {
      stopReason = reason;
    }
  }

  @Override
  public boolean stopRequested() {
    return stopReason != null;
  }

  /** The first stop request's reason, or null when none was made. */
  String stopReason() {
    return stopReason;
  }

  /** Whether the current step should end with a step checkpoint (a stopping run always does). */
  boolean checkpointRequested() {
    return checkpointRequested || stopRequested();
  }

  /** Whether the current step asked for the best model. */
  boolean bestModelRequested() {
    return bestModelRequested;
  }

  /** Clears the per-step requests before a step starts. */
  void nextStep() {
    checkpointRequested = false;
    bestModelRequested = false;
  }

  void runStarted(RunStarted event) {
    listeners.forEach(listener -> listener.onRunStart(event, this));
  }

  void stepCompleted(StepCompleted event) {
    listeners.forEach(listener -> listener.onStep(event, this));
  }

  void microBatchReduced(MicroBatchReduced event) {
    listeners.forEach(listener -> listener.onMicroBatchReduced(event));
  }

  void evaluationCompleted(EvaluationCompleted event) {
    listeners.forEach(listener -> listener.onEvaluation(event, this));
  }

  void checkpointWritten(CheckpointWritten event) {
    listeners.forEach(listener -> listener.onCheckpoint(event));
  }

  void runEnded(RunEnded event) {
    listeners.forEach(listener -> listener.onRunEnd(event));
  }
}
