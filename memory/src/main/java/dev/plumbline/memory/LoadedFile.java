// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import com.fasterxml.jackson.databind.JsonNode;
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
public record LoadedFile(MemoryFile kind, Path path, byte[] content, JsonNode document) {}
