// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What one compilation saw of one module.
 *
 * @param name the module's name (the key in {@code modules})
 * @param status the status the code implies ({@link ModuleStatus#ACTIVE} for compiled code)
 * @param integration the level the compiler decided: {@link IntegrationLevel#EXISTS} or
 *     {@link IntegrationLevel#WIRED}; null when this compilation cannot decide (a library has no
 *     entry point): a new entry then gets EXISTS and an existing one keeps its level
 * @param critical whether the module is declared critical
 * @param dependencies names of the modules it depends on
 * @param files its source files, relative to the project root, with forward slashes
 * @param publicApi public type names mapped to their public method signatures
 * @param lastModified date of its newest source file, or null when unknown
 * @param sourceFingerprint the {@link SourceFingerprint} of exactly the files listed, or null when
 *     the sources could not be read (in-memory sources); the merge compares it with the stored
 *     one to decide whether the code changed, since modification times change on every checkout
 */
public record ModuleSnapshot(
    String name,
    ModuleStatus status,
    @Nullable IntegrationLevel integration,
    boolean critical,
    List<String> dependencies,
    List<String> files,
    Map<String, List<String>> publicApi,
    @Nullable LocalDate lastModified,
    @Nullable String sourceFingerprint) {

  /** Checks the values and takes sorted, immutable copies so the merge is deterministic. */
  public ModuleSnapshot {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a module name must not be blank");
    }
    Objects.requireNonNull(status, "status");
    if (integration != null && !IntegrationLevel.COMPILE_TIME.contains(integration)) {
      throw new IllegalArgumentException("a compilation can only report EXISTS or WIRED for "
          + name + ", not " + integration);
    }
    if (sourceFingerprint != null && !SourceFingerprint.isValid(sourceFingerprint)) {
      throw new IllegalArgumentException("the source fingerprint of " + name + " must be"
          + " sha256: and 64 lowercase hex digits, not " + sourceFingerprint);
    }
    dependencies = dependencies.stream().distinct().sorted().toList();
    files = files.stream().distinct().sorted().toList();
    SortedMap<String, List<String>> api = new TreeMap<>();
    publicApi.forEach((type, methods) ->
        api.put(type, methods.stream().distinct().sorted().toList()));
    publicApi = Collections.unmodifiableSortedMap(api);
  }

  /**
   * A snapshot without a source fingerprint, for tools that cannot read the sources: the merge
   * then moves {@code lastModified} forward by date alone.
   *
   * @param name the module's name
   * @param status the status the code implies
   * @param integration the level the compiler decided, or null
   * @param critical whether the module is declared critical
   * @param dependencies names of the modules it depends on
   * @param files its source files, relative to the project root
   * @param publicApi public type names mapped to their public method signatures
   * @param lastModified date of its newest source file, or null when unknown
   */
  public ModuleSnapshot(String name, ModuleStatus status, @Nullable IntegrationLevel integration,
      boolean critical, List<String> dependencies, List<String> files,
      Map<String, List<String>> publicApi, @Nullable LocalDate lastModified) {
    this(name, status, integration, critical, dependencies, files, publicApi, lastModified, null);
  }

  /**
   * The same snapshot with a source fingerprint.
   *
   * @param fingerprint the fingerprint of the listed files, or null
   * @return a copy carrying {@code fingerprint}
   */
  public ModuleSnapshot withSourceFingerprint(@Nullable String fingerprint) {
    return new ModuleSnapshot(name, status, integration, critical, dependencies, files, publicApi,
        lastModified, fingerprint);
  }
}
