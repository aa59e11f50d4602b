// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

/** The rulebook's classification of a module. */
public enum ModuleStatus {
  /** A class of the module is reachable from the entry point. */
  WIRED,
  /** No class of the module is reachable from the entry point. */
  NOT_WIRED,
  /** Another module claims the same name, or the module's classes also exist elsewhere. */
  DUPLICATE,
  /**
   * No verdict is possible in this compilation: it has no entry point (a library, decided by the
   * application that depends on it) or it saw only part of the program and the module was not
   * reached in that part.
   */
  UNVERIFIED
}
