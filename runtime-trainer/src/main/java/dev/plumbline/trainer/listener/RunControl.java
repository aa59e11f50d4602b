// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.listener;

/**
 * What a listener may ask of the run it listens to. Requests are collected while a step's events
 * are delivered and carried out at the end of that step, after its evaluation: first the best
 * model, then the step checkpoint, then the stop. A stopped run always writes a checkpoint of its
 * last step, so that it can be resumed or evaluated later.
 */
public interface RunControl {

  /** Asks for {@code checkpoint_step<N>.ckpt} of the current step. */
  void requestCheckpoint();

  /**
   * Asks for {@code best_model.ckpt} to be replaced by the current state. The request is refused
   * (nothing is written) when the best model on disk has a validation loss at least as low as the
   * current one, so a worse model never replaces a better one.
   */
  void requestBestModel();

  /**
   * Asks the run to stop after the current step.
   *
   * @param reason why, in one sentence, for the console and {@link RunEnded#message()}
   */
  void requestStop(String reason);

  /**
   * Whether some listener has asked for a stop during the current step (or at the start).
   *
   * @return true once a stop was requested
   */
  boolean stopRequested();
}
