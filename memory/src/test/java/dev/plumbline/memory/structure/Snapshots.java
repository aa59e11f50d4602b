package dev.plumbline.memory.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Compact builders for test snapshots. */
final class Snapshots {

  private Snapshots() {}

  static ModuleSnapshot module(String name, List<String> files) {
    return new ModuleSnapshot(name, ModuleStatus.ACTIVE, IntegrationLevel.WIRED, false, List.of(),
        files, Map.of(), LocalDate.of(2026, 11, 1));
  }

  static ModuleSnapshot module(String name, @Nullable IntegrationLevel level,
      List<String> dependencies, List<String> files, Map<String, List<String>> api,
      @Nullable LocalDate lastModified) {
    return new ModuleSnapshot(name, ModuleStatus.ACTIVE, level, false, dependencies, files, api,
        lastModified);
  }

  static StructureSnapshot full(ModuleSnapshot... modules) {
    return new StructureSnapshot(List.of(modules), false);
  }

  static StructureSnapshot partial(ModuleSnapshot... modules) {
    return new StructureSnapshot(List.of(modules), true);
  }
}
