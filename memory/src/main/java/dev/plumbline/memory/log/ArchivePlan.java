// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.log;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The outcome of applying the archive rule: which entries stay and which move.
 *
 * @param remaining the new log, order kept
 * @param moved the entries that move to the end of the archive, order kept
 */
public record ArchivePlan(ArrayNode remaining, ArrayNode moved) {}
