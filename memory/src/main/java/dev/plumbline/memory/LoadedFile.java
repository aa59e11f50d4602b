// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.memory.io.Utf8Check;
import java.nio.file.Path;

/**
 * A memory file as read from disk, already checked against its schema.
 *
 * @param kind which memory file it is
 * @param path where it was read from
 * @param content its exact bytes (the merge compares against them and positions errors in them)
 * @param document its parsed tree
 */
// The bytes are read once and never compared: record equality on the array does not matter.
@SuppressWarnings("ArrayRecordComponent")
public record LoadedFile(MemoryFile kind, Path path, byte[] content, JsonNode document) {

  /**
   * Whether the file starts with a UTF-8 byte order mark, which a rewrite keeps.
   *
   * @return true when the content starts with EF BB BF
   */
  public boolean hasBom() {
    return Utf8Check.hasBom(content);
  }
}
