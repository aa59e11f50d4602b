// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

import dev.plumbline.cli.ExitCodes;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.io.MemoryIoException;
import dev.plumbline.memory.io.TerminalText;
import java.io.IOException;

/** Turns the store's failures into an {@code [ERROR]} line and the matching exit code. */
final class Failures {

  private Failures() {}

  static int report(MemoryFileException e) {
    System.err.println("[ERROR] " + TerminalText.escape(String.valueOf(e.getMessage())));
    return ExitCodes.INVALID;
  }

  /** The store names the file in its own I/O errors; the JDK's are named by their kind. */
  static int report(IOException e) {
    String message = e instanceof MemoryIoException ? String.valueOf(e.getMessage())
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    System.err.println("[ERROR] " + TerminalText.escape(message)
        + ". Nothing was written by this command.");
    return ExitCodes.IO_ERROR;
  }
}
