// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

/**
 * The loss or the gradients became NaN or infinite (in an fp32 run at once, in an fp16 run after
 * ten non-finite losses in a row); the bad update was not applied. Named apart from DJL's own
 * {@code ai.djl.TrainingDivergedException}, which DJL's {@code EasyTrain} throws, so that an
 * import of the wrong one cannot make a catch block silently miss.
 */
public final class RunDivergedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to change
   */
  public RunDivergedException(String message) {
    super(message);
  }
}
