// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.memory;

import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.SourceFingerprint;
import dev.plumbline.memory.structure.StructureSnapshot;
import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.WiringResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the wiring verifier's result into the memory store's snapshot, mapping integration
 * levels honestly: a compiled module EXISTS; it is WIRED when the verifier found it reachable from
 * an entry point; a compilation without an entry point (a library) decides nothing about wiring.
 * TESTED and ACTIVE are never set here: only test and run-time tooling can know them. Each module
 * carries the {@link SourceFingerprint} of its files, read from disk, which is what tells the
 * merge that the code changed; modification times only give the date.
 */
final class SnapshotMapper {

  private static final String SOURCE_ORIGIN = "source";

  private final Path projectRoot;

  SnapshotMapper(Path projectRoot) {
    this.projectRoot = projectRoot;
  }

  StructureSnapshot map(WiringResult result) {
    List<ModuleSnapshot> modules = new ArrayList<>();
    Map<String, IntegrationLevel> others = new LinkedHashMap<>();
    Map<String, Map<String, Path>> sources = new LinkedHashMap<>();
    boolean decides = result.hasEntryPoint();
    for (ModuleResult module : result.modules()) {
      if (SOURCE_ORIGIN.equals(module.origin())) {
        modules.add(toSnapshot(module, decides ? level(module, result.partial()) : null,
            sources.computeIfAbsent(module.name(), name -> new TreeMap<>())));
      } else if (decides) {
        IntegrationLevel level = level(module, result.partial());
        if (level != null) {
          others.put(module.name(), level);
        }
      }
    }
    List<ModuleSnapshot> fingerprinted = dedupe(modules).stream()
        .map(module -> module.withSourceFingerprint(
            SourceFingerprint.of(sources.get(module.name())).orElse(null)))
        .toList();
    return new StructureSnapshot(result.library(), fingerprinted, result.partial(), others,
        buildFailure(result));
  }

  /** Why the verifier fails this compilation: the @Critical modules it found NOT WIRED. */
  private static String buildFailure(WiringResult result) {
    if (!result.hasEntryPoint() || result.partial()) {
      return "";
    }
    List<String> unwired = result.modules().stream()
        .filter(module -> module.critical()
            && module.status() == dev.plumbline.processor.wiring.ModuleStatus.NOT_WIRED)
        .map(ModuleResult::name)
        .toList();
    return unwired.isEmpty() ? ""
        : "@Critical module" + (unwired.size() == 1 ? " " : "s ") + String.join(", ", unwired)
            + " NOT WIRED.";
  }

  /** Null means "not decided here": a partial view proves reachability, never its absence. */
  private static IntegrationLevel level(ModuleResult module, boolean partial) {
    if (module.reachable()) {
      return IntegrationLevel.WIRED;
    }
    return partial ? null : IntegrationLevel.EXISTS;
  }

  /** Also records each source file under its relative name in {@code sources}. */
  private ModuleSnapshot toSnapshot(ModuleResult module, IntegrationLevel level,
      Map<String, Path> sources) {
    List<String> files = new ArrayList<>();
    LocalDate newest = null;
    for (String uri : module.sourceFiles()) {
      Path file = toPath(uri);
      String name = relative(file);
      files.add(name);
      sources.put(name, file);
      LocalDate modified = lastModified(file);
      if (modified != null && (newest == null || modified.isAfter(newest))) {
        newest = modified;
      }
    }
    return new ModuleSnapshot(module.name(), ModuleStatus.ACTIVE, level, module.critical(),
        module.dependsOn(), files, publicApi(module.publicApi()), newest);
  }

  /**
   * The verifier lists {@code "class a.B"} for a type and {@code "a.B#m(int): void"} for its
   * members; the memory groups members under their type.
   */
  static Map<String, List<String>> publicApi(List<String> entries) {
    Map<String, List<String>> api = new LinkedHashMap<>();
    for (String entry : entries) {
      int hash = entry.indexOf('#');
      if (hash < 0) {
        api.computeIfAbsent(entry.substring(entry.indexOf(' ') + 1), type -> new ArrayList<>());
      } else {
        api.computeIfAbsent(entry.substring(0, hash), type -> new ArrayList<>())
            .add(entry.substring(hash + 1));
      }
    }
    return api;
  }

  /** A DUPLICATE name can appear twice in one result; the memory keeps one entry per name. */
  private static List<ModuleSnapshot> dedupe(List<ModuleSnapshot> modules) {
    Map<String, ModuleSnapshot> byName = new LinkedHashMap<>();
    for (ModuleSnapshot module : modules) {
      byName.merge(module.name(), module, SnapshotMapper::combine);
    }
    return new ArrayList<>(byName.values());
  }

  private static ModuleSnapshot combine(ModuleSnapshot first, ModuleSnapshot second) {
    List<String> dependencies = new ArrayList<>(first.dependencies());
    dependencies.addAll(second.dependencies());
    List<String> files = new ArrayList<>(first.files());
    files.addAll(second.files());
    Map<String, List<String>> api = new LinkedHashMap<>(first.publicApi());
    second.publicApi().forEach((type, methods) -> api.merge(type, methods, (a, b) -> {
      List<String> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    }));
    IntegrationLevel level = first.integration() == IntegrationLevel.WIRED
        || second.integration() == IntegrationLevel.WIRED
        ? IntegrationLevel.WIRED : first.integration();
    LocalDate newest = first.lastModified() == null ? second.lastModified()
        : second.lastModified() == null || first.lastModified().isAfter(second.lastModified())
            ? first.lastModified() : second.lastModified();
    return new ModuleSnapshot(first.name(), ModuleStatus.ACTIVE, level,
        first.critical() || second.critical(), dependencies, files, api, newest);
  }

  private static Path toPath(String uri) {
    try {
      return Path.of(URI.create(uri));
    } catch (IllegalArgumentException e) {
      // Not a file URI (in-memory sources): keep the text as the path.
      return Path.of(uri.replaceFirst("^[a-z]+:/*", "/"));
    }
  }

  private String relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(projectRoot) ? projectRoot.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  private static LocalDate lastModified(Path file) {
    try {
      return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(),
          ZoneId.systemDefault());
    } catch (IOException e) {
      // In-memory or vanished source: its date is unknown, the others still count.
      return null;
    }
  }
}
