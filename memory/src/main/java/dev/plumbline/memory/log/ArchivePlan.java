// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.log;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The outcome of applying the archive rule: which entries stay and which move.
 *
 * @param remaining the new log, order kept
 * @param newArchive the old archive followed by the moved entries, order kept
 * @param moved how many entries move
 */
public record ArchivePlan(ArrayNode remaining, ArrayNode newArchive, int moved) {}
