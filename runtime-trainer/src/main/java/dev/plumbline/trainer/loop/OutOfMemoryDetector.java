// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.loop;

import ai.djl.engine.EngineException;
import java.util.Locale;

/**
 * Recognises the engine's out-of-memory errors, which DJL surfaces as plain EngineExceptions:
 * CUDA's "CUDA out of memory" and the CPU allocator's "not enough memory" (older libtorch) or
 * "can't allocate memory: ... Error code 12 (Cannot allocate memory)" (libtorch 2.7, seen when a
 * real allocation fails under an address-space limit).
 */
final class OutOfMemoryDetector {

  private OutOfMemoryDetector() {}

  /** Whether the exception (or one of its causes) is libtorch running out of memory. */
  static boolean isOutOfMemory(EngineException exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      String message = t.getMessage();
      String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
      if (lower.contains("out of memory") || lower.contains("not enough memory")
          || lower.contains("can't allocate memory") || lower.contains("cannot allocate memory")) {
        return true;
      }
    }
    return false;
  }
}
