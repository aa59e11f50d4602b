// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.listener;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The run is over.
 *
 * @param outcome how it ended
 * @param step the last step completed
 * @param message one sentence saying what happened and what to do next, for the console
 * @param lastCheckpoint the newest step checkpoint of the run, empty when none was written yet
 * @param bestModel the best model file, empty when the run was never evaluated
 * @param bestValidationLoss the best validation loss, empty when the run was never evaluated
 * @param stopSignal what the user stopped a {@link Outcome#STOPPED} run with ({@code SIGINT}
 *     for Ctrl-C, {@code SIGTERM}, or {@code JVM shutdown}); empty for any other end
 */
public record RunEnded(
    Outcome outcome,
    long step,
    String message,
    Optional<Path> lastCheckpoint,
    Optional<Path> bestModel,
    Optional<Double> bestValidationLoss,
    Optional<String> stopSignal) {

  /** How a run ended. */
  public enum Outcome {
    /** It trained up to {@code training.max_steps}. */
    COMPLETED,
    /**
     * It stopped before {@code training.max_steps}: a listener stopped it (early stopping, or the
     * caller's own listener), or the user did (Ctrl-C, SIGTERM; see {@link #stopSignal()}).
     */
    STOPPED,
    /** It had nothing to train: it was complete, or stopped, before this start. */
    ALREADY_COMPLETE,
    /** The loss or the gradients became NaN or infinite; the bad update was not applied. */
    DIVERGED,
    /** Writing a checkpoint failed (for example a full disk); no partial file was left. */
    FAILED
  }
}
