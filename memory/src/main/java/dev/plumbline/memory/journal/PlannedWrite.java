// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.journal;

import dev.plumbline.memory.MemoryFile;

/**
 * One file replacement inside a transaction.
 *
 * @param file the memory file to replace
 * @param before its exact bytes when the transaction was planned, or null when it did not exist
 * @param after its complete new bytes
 */
public record PlannedWrite(MemoryFile file, byte[] before, byte[] after) {}
