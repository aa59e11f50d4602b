// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli;

/** The exit codes of every plumbline command. */
public final class ExitCodes {

  /** Everything worked. */
  public static final int OK = 0;
  /**
   * A memory file or wiring report is invalid, an entry was refused, or a {@code @Critical}
   * module is not wired; the message names file and position, or the module.
   */
  public static final int INVALID = 1;
  /** Unknown command or option, or a missing or malformed value. */
  public static final int USAGE = 2;
  /** A file could not be read or written. */
  public static final int IO_ERROR = 3;

  private ExitCodes() {}
}
