// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import java.util.Locale;

/** A module's status in {@code project_structure.json}. */
public enum ModuleStatus {
  /** Described, no code yet. */
  PLANNED,
  /** Code exists and is being worked on. */
  ACTIVE,
  /** Done: set by people (or tooling that knows every integration level was reached). */
  COMPLETE;

  /**
   * Returns the value as written in the file.
   *
   * @return the lower-case name
   */
  public String jsonValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
