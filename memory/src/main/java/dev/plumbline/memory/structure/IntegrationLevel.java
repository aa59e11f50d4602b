// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.structure;

import java.util.EnumSet;
import java.util.Set;

/** The integration level a module reached, as the rulebook defines them. */
public enum IntegrationLevel {
  /** Compiled. */
  EXISTS,
  /** A unit test that references it passed (known to test tooling, not to the compiler). */
  TESTED,
  /** Reachable from the entry point. */
  WIRED,
  /** Its classes ran during a real run (known to a run-time agent, not to the compiler). */
  ACTIVE,
  /** All four levels. */
  COMPLETE;

  /** The levels a compilation can decide; the merge overwrites only these. */
  public static final Set<IntegrationLevel> COMPILE_TIME = EnumSet.of(EXISTS, WIRED);
}
