// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

/** Why a class counts as reached without any reference to it: the kinds of roots. */
public enum RootKind {
  /** A main class: {@code @EntryPoint}, {@code -Aplumbline.entryPoint}, a Spring Boot application. */
  ENTRY_POINT("entry point"),
  /** Declared by the user for what no analysis can see: {@code -Aplumbline.roots}, the roots file. */
  DECLARED("declared root"),
  /** Started by a framework from its own annotations or descriptors (see the README's rules). */
  FRAMEWORK("framework root");

  private final String label;

  RootKind(String label) {
    this.label = label;
  }

  /**
   * The kind as reports show it.
   *
   * @return e.g. {@code framework root}
   */
  public String label() {
    return label;
  }
}
