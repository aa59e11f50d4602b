// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.listener;

/**
 * Told what a training run does, as DJL's {@code TrainingListener} is told by {@code EasyTrain}:
 * the start (fresh or resumed), every optimizer step, every evaluation, every checkpoint written,
 * a micro-batch halved after running out of memory, and the end. The trainer's own console
 * progress, checkpoint schedule and early stopping are listeners too.
 *
 * <p>Listeners are called on the training thread, one after another in the order they were added
 * (the built-in policies first, the caller's listeners next, the console last, so that the console
 * reports what the policies decided). A listener that wants to change the run's course asks the
 * {@link RunControl} it is handed; requests take effect at the end of the current step. Every
 * method does nothing by default, so a listener implements only what it needs. An exception
 * thrown by a listener ends the run (nothing after the last checkpoint is lost).
 */
public interface RunListener {

  /**
   * Called once before the first step (also when there is nothing left to train).
   *
   * @param start where the run starts and with what
   * @param control asks for a stop (e.g. an early-stopped run that was resumed)
   */
  default void onRunStart(RunStarted start, RunControl control) {
  }

  /**
   * Called after every optimizer step, applied or skipped.
   *
   * @param step what the step did
   * @param control asks for a checkpoint or a stop at the end of this step
   */
  default void onStep(StepCompleted step, RunControl control) {
  }

  /**
   * Called when a step ran out of memory and is retried with half the micro-batch.
   *
   * @param change the old and the new micro-batch
   */
  default void onMicroBatchReduced(MicroBatchReduced change) {
  }

  /**
   * Called after an evaluation, which follows the step it belongs to.
   *
   * @param evaluation the validation loss and how it compares with the best so far
   * @param control asks for the best model to be saved, a checkpoint, or a stop
   */
  default void onEvaluation(EvaluationCompleted evaluation, RunControl control) {
  }

  /**
   * Called after a checkpoint or the best model was written completely (renamed into place).
   *
   * @param checkpoint the file written
   */
  default void onCheckpoint(CheckpointWritten checkpoint) {
  }

  /**
   * Called once when the run ends, however it ends; for a run that failed, just before the
   * exception is thrown.
   *
   * @param end how and where the run ended
   */
  default void onRunEnd(RunEnded end) {
  }
}
