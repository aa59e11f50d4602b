// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The merged structure document and what changed in it.
 *
 * @param document the new document (a copy; the input is never modified)
 * @param changes which modules were added, removed, restored or changed
 */
public record MergeResult(ObjectNode document, StructureChanges changes) {}
