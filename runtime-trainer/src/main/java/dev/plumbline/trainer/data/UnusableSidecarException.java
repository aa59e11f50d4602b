// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

/**
 * A sidecar that cannot be used, with what is wrong and, apart, what a person should do about it:
 * the preparer, which fixes it by tokenizing again, reports only what is wrong.
 */
final class UnusableSidecarException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String advice;

  UnusableSidecarException(String problem, String advice, Throwable cause) {
    super(problem, cause);
    this.advice = advice;
  }

  /** What a person reading the sidecar outside the preparer should do. */
  String advice() {
    return advice;
  }
}
