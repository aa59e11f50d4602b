// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.assistant.digest;

import java.nio.file.Path;

/**
 * What happened to one file the digest goes into.
 *
 * @param file the file
 * @param result what was done
 * @param detail why it was skipped or refused (what to fix); empty otherwise
 */
public record DigestOutcome(Path file, Result result, String detail) {

  /** What was done to a file. */
  public enum Result {
    /** The file did not exist and was created with the section. */
    CREATED,
    /** The section was added or replaced; everything outside it is unchanged. */
    UPDATED,
    /** The file already held this section: not written, byte-identical. */
    UNCHANGED,
    /** The file needs no section (CLAUDE.md that imports AGENTS.md). */
    SKIPPED,
    /** The file was left as it is because it cannot be edited safely (see the detail). */
    REFUSED
  }

  /**
   * Whether the file's bytes changed.
   *
   * @return true when created or updated
   */
  public boolean written() {
    return result == Result.CREATED || result == Result.UPDATED;
  }
}
