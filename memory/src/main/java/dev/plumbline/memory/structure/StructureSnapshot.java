// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything one compilation saw: the input of the structure merge, independent of javac.
 *
 * <p>A Maven reactor is one project but many compilations: each compilation is a {@code scope}
 * (the processor uses the Maven module's library id), and a complete snapshot marks removed only
 * the modules that were recorded from its own scope.
 *
 * @param scope the compilation the snapshot comes from, e.g. the artifactId; may be empty
 * @param modules the modules whose sources this compilation compiled, each once
 * @param partial true when the compilation saw only part of its code (IDE or incremental
 *     compile): then nothing is marked removed and no integration level is lowered
 * @param otherModules integration levels this compilation decided for modules compiled elsewhere
 *     (an application decides whether a library's modules are WIRED); only their
 *     {@code integration} is updated, and only when they are already in the file
 * @param buildFailure why this compilation failed the build (e.g. a {@code @Critical} module NOT
 *     WIRED), empty when it did not: the log entry of a failed build says {@code failed}
 */
public record StructureSnapshot(String scope, List<ModuleSnapshot> modules, boolean partial,
    Map<String, IntegrationLevel> otherModules, String buildFailure) {

  /** Rejects two snapshots of the same module and takes immutable copies. */
  public StructureSnapshot {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(buildFailure, "buildFailure");
    modules = List.copyOf(modules);
    otherModules = Map.copyOf(new TreeMap<>(otherModules));
    Set<String> names = new HashSet<>();
    for (ModuleSnapshot module : modules) {
      if (!names.add(module.name())) {
        throw new IllegalArgumentException("module " + module.name() + " appears twice in one"
            + " snapshot");
      }
    }
  }

  /**
   * A snapshot of a compilation that did not fail the build.
   *
   * @param scope the compilation the snapshot comes from
   * @param modules the modules whose sources this compilation compiled
   * @param partial whether the compilation saw only part of its code
   * @param otherModules integration levels decided for modules compiled elsewhere
   */
  public StructureSnapshot(String scope, List<ModuleSnapshot> modules, boolean partial,
      Map<String, IntegrationLevel> otherModules) {
    this(scope, modules, partial, otherModules, "");
  }

  /**
   * A snapshot of a single-compilation project.
   *
   * @param modules the modules seen
   * @param partial whether the compilation saw only part of the code
   */
  public StructureSnapshot(List<ModuleSnapshot> modules, boolean partial) {
    this("", modules, partial, Map.of());
  }
}
