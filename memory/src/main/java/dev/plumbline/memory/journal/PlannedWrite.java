// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.journal;

import dev.plumbline.memory.MemoryFile;

/**
 * One file replacement inside a transaction.
 *
 * @param file the memory file to replace (or create)
 * @param after its complete new bytes
 */
public record PlannedWrite(MemoryFile file, byte[] after) {}
