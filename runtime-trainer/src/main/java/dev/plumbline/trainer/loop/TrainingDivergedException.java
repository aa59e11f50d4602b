// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

/** The loss or the gradients became NaN or infinite in a run without a loss scaler. */
public final class TrainingDivergedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to change
   */
  public TrainingDivergedException(String message) {
    super(message);
  }
}
