// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

import java.util.List;
import java.util.Optional;

/**
 * Everything one run of the wiring verifier concluded; immutable.
 *
 * <p>This is the object reports and listeners (such as the project-memory adapter) consume.
 *
 * @param compilation whether this is an application, a library or a test compilation
 * @param roots every class the walk started from, entry points first (in an application); a
 *     library records its framework and declared roots for the applications that use it
 * @param library the id under which this compilation's index was written
 * @param partial whether the compilation saw only part of the program
 * @param partialReasons why the run is partial, empty when it is not
 * @param modules one result per module, source modules first, then library modules
 * @param summary counts over {@code modules}
 */
public record WiringResult(
    CompilationKind compilation,
    List<Root> roots,
    String library,
    boolean partial,
    List<String> partialReasons,
    List<ModuleResult> modules,
    WiringSummary summary) {

  /**
   * The first entry point: the main class, as messages name it.
   *
   * @return its binary name; empty unless this is an application
   */
  public Optional<String> entryPoint() {
    return roots.stream()
        .filter(root -> root.kind() == RootKind.ENTRY_POINT)
        .map(Root::className)
        .findFirst();
  }

  /**
   * Whether this compilation has an entry point (an application) or not (a library or tests).
   *
   * @return true for an application
   */
  public boolean hasEntryPoint() {
    return compilation == CompilationKind.APPLICATION;
  }
}
