// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one compilation saw: the input of the structure merge, independent of javac.
 *
 * @param modules the modules seen, each once
 * @param partial true when the compilation saw only part of the code (IDE or incremental
 *     compile): then nothing is marked removed and no integration level is lowered
 */
public record StructureSnapshot(List<ModuleSnapshot> modules, boolean partial) {

  /** Rejects two snapshots of the same module. */
  public StructureSnapshot {
    modules = List.copyOf(modules);
    Set<String> names = new HashSet<>();
    for (ModuleSnapshot module : modules) {
      if (!names.add(module.name())) {
        throw new IllegalArgumentException("module " + module.name() + " appears twice in one"
            + " snapshot");
      }
    }
  }
}
