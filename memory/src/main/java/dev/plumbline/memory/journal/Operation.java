// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.journal;

import dev.plumbline.memory.MemoryFile;

/** One change of one memory file inside a {@link Journal} transaction. */
public sealed interface Operation {

  /**
   * Returns the file changed.
   *
   * @return the memory file
   */
  MemoryFile file();

  /**
   * The file replaced (or created) with new content: a new file renamed over the old one.
   *
   * @param file the memory file
   * @param content its complete new bytes
   */
  // The bytes are handed on once and never compared: record equality on the array does not matter.
  @SuppressWarnings("ArrayRecordComponent")
  record Replace(MemoryFile file, byte[] content) implements Operation {}

  /**
   * New bytes written over the end of the file: everything before {@code offset} is kept, the
   * file then ends with {@code tail}. Its cost depends on the tail only, not on the file.
   *
   * @param file the memory file, which must exist
   * @param offset where the tail starts, at most the file's size
   * @param tail the new bytes from {@code offset} to the new end of the file
   */
  // The bytes are handed on once and never compared: record equality on the array does not matter.
  @SuppressWarnings("ArrayRecordComponent")
  record Append(MemoryFile file, long offset, byte[] tail) implements Operation {}
}
