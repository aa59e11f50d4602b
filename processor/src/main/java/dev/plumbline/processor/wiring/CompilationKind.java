// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

/** What a compilation is, which decides what the verifier can conclude from it. */
public enum CompilationKind {
  /** It has an entry point: every module gets a verdict. */
  APPLICATION,
  /** No entry point: its modules are decided by the applications that use it. */
  LIBRARY,
  /**
   * The test sources of a code base whose main code's index is on the class path (same library
   * id, no class in common): tests are not part of the program, so nothing is concluded here.
   */
  TEST
}
