// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

import java.util.List;

/**
 * Everything one run of the wiring verifier concluded; immutable.
 *
 * <p>This is the object reports and listeners (such as the project-memory adapter) consume.
 *
 * @param compilation whether this is an application, a library or a test compilation
 * @param entryPoint binary name of the entry point, empty for a library or test compilation
 * @param library the id under which this compilation's index was written
 * @param partial whether the compilation saw only part of the program
 * @param partialReasons why the run is partial, empty when it is not
 * @param modules one result per module, source modules first, then library modules
 * @param summary counts over {@code modules}
 */
public record WiringResult(
    CompilationKind compilation,
    String entryPoint,
    String library,
    boolean partial,
    List<String> partialReasons,
    List<ModuleResult> modules,
    WiringSummary summary) {

  /**
   * Whether this compilation has an entry point (an application) or not (a library).
   *
   * @return true when an entry point was found
   */
  public boolean hasEntryPoint() {
    return !entryPoint.isEmpty();
  }
}
