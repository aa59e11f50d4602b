// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules;

/** A {@code -XepOpt:Plumbline:...} flag has a value the checks cannot use. */
public final class InvalidPlumblineOptionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param flag the full flag name, e.g. {@code Plumbline:MemberNaming}
   * @param value the rejected value
   * @param accepted what the flag accepts, in words
   */
  public InvalidPlumblineOptionException(String flag, String value, String accepted) {
    super(
        "[ERROR] Invalid -XepOpt:"
            + flag
            + "="
            + value
            + ": accepted values are "
            + accepted);
  }
}
