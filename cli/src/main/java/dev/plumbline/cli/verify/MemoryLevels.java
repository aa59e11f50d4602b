// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.verify;

import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.UpdateOutcome;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the measured levels into the {@code integration} field of the project memory's modules,
 * through the memory's own update (its lock, its append-only merge, its log entry): a module
 * already in {@code project_structure.json} gets the one-word level {@code verify} prints; nothing
 * else of the file changes and no module is added or marked removed.
 */
final class MemoryLevels {

  /** The scope of the update: no compilation records modules under it, so none is removed. */
  static final String SCOPE = "plumbline verify";

  private MemoryLevels() {}

  /**
   * Updates the memory of the project, when it has one.
   *
   * @param root the project root
   * @param verification what was measured
   * @return the outcome; empty when the project keeps no structure file
   * @throws MemoryFileException when a memory file is invalid (then nothing is written)
   * @throws IOException when a file cannot be read or written
   */
  static Optional<UpdateOutcome> update(Path root, Verification verification)
      throws MemoryFileException, IOException {
    if (!Files.isRegularFile(root.resolve(MemoryFile.DIRECTORY).resolve(MemoryFile.STRUCTURE.fileName()))) {
      return Optional.empty();
    }
    Map<String, IntegrationLevel> levels = new TreeMap<>();
    for (ModuleLevels module : verification.modules()) {
      levels.merge(module.name(), module.summary(), MemoryLevels::higher);
    }
    StructureSnapshot snapshot = new StructureSnapshot(SCOPE, List.of(), false, levels);
    return Optional.of(new MemoryStore(root).update(snapshot, null));
  }

  /** Two modules of one name in two Maven modules share one memory entry: the higher wins. */
  private static IntegrationLevel higher(IntegrationLevel one, IntegrationLevel other) {
    return one.compareTo(other) >= 0 ? one : other;
  }
}
