// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

import dev.plumbline.cli.ExitCodes;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;

/** Turns the store's failures into an {@code [ERROR]} line and the matching exit code. */
final class Failures {

  private Failures() {}

  static int report(MemoryFileException e) {
    System.err.println("[ERROR] " + e.getMessage());
    return ExitCodes.INVALID;
  }

  static int report(IOException e) {
    System.err.println("[ERROR] " + e.getClass().getSimpleName() + ": " + e.getMessage());
    return ExitCodes.IO_ERROR;
  }
}
