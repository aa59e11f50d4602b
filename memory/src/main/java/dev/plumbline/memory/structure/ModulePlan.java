// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A module that people or an assistant plan before its code exists: the rulebook's step 5,
 * "update planned modules, dependencies, scope" before writing code.
 *
 * @param name the module's name (the key in {@code modules})
 * @param description what the module will do
 * @param dependencies names of the modules it will depend on
 * @param files the source files it will have, relative to the project root
 * @param critical whether the program will not work without it; null when not said
 */
public record ModulePlan(String name, String description, List<String> dependencies,
    List<String> files, @Nullable Boolean critical) {

  /** Rejects blank values, so only a meaningful plan reaches the file. */
  public ModulePlan {
    requireText(name, "name");
    requireText(description, "description");
    dependencies = List.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
    files = List.copyOf(Objects.requireNonNull(files, "files"));
    dependencies.forEach(item -> requireText(item, "dependencies item"));
    files.forEach(item -> requireText(item, "files item"));
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
  }
}
