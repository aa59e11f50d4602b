// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Which modules a merge added, marked removed, restored or changed, in file order.
 *
 * @param added modules new to the file
 * @param removed modules gone from the code, now marked removed
 * @param restored modules marked removed earlier that are back in the code
 * @param changed other modules whose entry changed
 */
public record StructureChanges(
    List<String> added, List<String> removed, List<String> restored, List<String> changed) {

  /** Takes immutable copies. */
  public StructureChanges {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    restored = List.copyOf(restored);
    changed = List.copyOf(changed);
  }

  /**
   * Tells whether the merge changed anything.
   *
   * @return true when no module was added, removed, restored or changed
   */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && restored.isEmpty() && changed.isEmpty();
  }

  /**
   * Describes the changes in one line, for the log entry.
   *
   * @return e.g. {@code "added: a, b; removed: c"}
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    addPart(parts, "added", added);
    addPart(parts, "removed", removed);
    addPart(parts, "restored", restored);
    addPart(parts, "changed", changed);
    return parts.isEmpty() ? "no module changed" : String.join("; ", parts);
  }

  private static void addPart(List<String> parts, String label, List<String> names) {
    if (!names.isEmpty()) {
      parts.add(label + ": " + String.join(", ", names));
    }
  }
}
