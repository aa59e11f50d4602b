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
   * Describes the changes in one line, for the log entry: every name.
   *
   * @return e.g. {@code "added: a, b; removed: c"}
   */
  public String describe() {
    return describe(Integer.MAX_VALUE);
  }

  /**
   * Describes the changes in one line for build output, where a first build of a large code base
   * would otherwise list every module: at most {@code namesPerKind} names of each kind, then how
   * many more (the log entry keeps every name).
   *
   * @param namesPerKind how many names of each kind to show
   * @return e.g. {@code "added: a, b and 60 more; removed: c"}
   */
  public String describe(int namesPerKind) {
    List<String> parts = new ArrayList<>();
    addPart(parts, "added", added, namesPerKind);
    addPart(parts, "removed", removed, namesPerKind);
    addPart(parts, "restored", restored, namesPerKind);
    addPart(parts, "changed", changed, namesPerKind);
    return parts.isEmpty() ? "no module changed" : String.join("; ", parts);
  }

  private static void addPart(List<String> parts, String label, List<String> names, int limit) {
    if (names.isEmpty()) {
      return;
    }
    String shown = String.join(", ", names.subList(0, Math.min(limit, names.size())));
    parts.add(label + ": " + shown + (names.size() > limit ? " and " + (names.size() - limit)
        + " more" : ""));
  }
}
