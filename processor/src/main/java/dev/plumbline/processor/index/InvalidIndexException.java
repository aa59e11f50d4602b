// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.index;

/** A stored library index that this Plumbline cannot read: malformed, or of another format. */
public final class InvalidIndexException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, for the WARNING that names the index class
   */
  public InvalidIndexException(String message) {
    super(message);
    this.reason = message;
  }

  /**
   * What is wrong; never null, unlike {@link Throwable#getMessage()}.
   *
   * @return the message given at construction
   */
  @Override
  public String getMessage() {
    return reason;
  }
}
