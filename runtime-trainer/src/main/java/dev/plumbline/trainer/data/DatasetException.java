// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import org.jspecify.annotations.Nullable;

/** The token data cannot be prepared or read; the message says what to do about it. */
public class DatasetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and how to fix it
   */
  public DatasetException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what went wrong and how to fix it
   * @param cause the underlying failure
   */
  public DatasetException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
