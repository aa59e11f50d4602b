// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.journal;

import dev.plumbline.memory.MemoryFile;

/**
 * One file replacement inside a transaction.
 *
 * @param file the memory file to replace (or create)
 * @param after its complete new bytes
 */
// The bytes are handed on once and never compared: record equality on the array does not matter.
@SuppressWarnings("ArrayRecordComponent")
public record PlannedWrite(MemoryFile file, byte[] after) {}
