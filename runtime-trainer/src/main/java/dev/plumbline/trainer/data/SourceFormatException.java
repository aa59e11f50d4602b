// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

/** A source file that is not valid in the format its extension claims; it is skipped. */
final class SourceFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where (line)
   * @param cause the parser's exception
   */
  public SourceFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
