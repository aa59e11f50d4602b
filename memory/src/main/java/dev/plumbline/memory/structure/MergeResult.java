// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The merged structure document and what changed in it.
 *
 * @param document the new document (a copy; the input is never modified)
 * @param changes which modules were added, removed, restored or changed
 * @param fingerprinted modules whose entry, written before source fingerprints existed, only
 *     received its {@code sourceFingerprint}: the document changed, the code did not, so this is
 *     written without a log entry
 */
public record MergeResult(ObjectNode document, StructureChanges changes,
    List<String> fingerprinted) {

  /** Takes an immutable copy. */
  public MergeResult {
    fingerprinted = List.copyOf(fingerprinted);
  }

  /**
   * Tells whether the document differs from the one merged into.
   *
   * @return true when a module changed or an entry received its first fingerprint
   */
  public boolean documentChanged() {
    return !changes.isEmpty() || !fingerprinted.isEmpty();
  }
}
