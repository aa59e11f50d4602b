// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.ModuleStatus;
import dev.plumbline.processor.wiring.WiringResult;
import java.util.Optional;

/**
 * Which finding a module is, the one rule the compiler diagnostics, SARIF and the Markdown report
 * share: a critical module that no root reaches in a complete application is {@link
 * DiagnosticId#CRITICAL_NOT_WIRED} (also when it is a DUPLICATE: the build must fail), then
 * DUPLICATE, then NOT WIRED.
 */
final class Findings {

  private Findings() {}

  static Optional<DiagnosticId> of(ModuleResult module, WiringResult result) {
    boolean unreachable = result.hasEntryPoint() && !result.partial() && !module.reachable();
    if (unreachable && module.critical()) {
      return Optional.of(DiagnosticId.CRITICAL_NOT_WIRED);
    }
    if (module.status() == ModuleStatus.DUPLICATE) {
      return Optional.of(DiagnosticId.DUPLICATE);
    }
    if (module.status() == ModuleStatus.NOT_WIRED) {
      return Optional.of(DiagnosticId.NOT_WIRED);
    }
    return Optional.empty();
  }
}
