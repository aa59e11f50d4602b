// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.tools;

/** A tool call whose arguments cannot be used; the message says what to fix. */
public final class ToolInputException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the arguments and what to give instead
   */
  public ToolInputException(String message) {
    super(message);
  }
}
