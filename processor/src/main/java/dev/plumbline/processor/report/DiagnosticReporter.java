// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.ModuleStatus;
import dev.plumbline.processor.wiring.WiringResult;
import java.util.List;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * Prints the diagnostics of a run the way Dagger does: on the declaring element, at most one per
 * module, and one summary NOTE.
 *
 * <p>A critical module that is NOT WIRED is an ERROR; any other NOT WIRED or DUPLICATE module a
 * WARNING (unless warnings are off); WIRED modules get a NOTE with their path in verbose mode.
 * Library modules have no element in this compilation, so their diagnostics point at the entry
 * point.
 */
public final class DiagnosticReporter {

  private final DiagnosticSink sink;
  private final boolean warnings;
  private final boolean verbose;

  /**
   * Creates a reporter.
   *
   * @param sink prints at the declarations
   * @param warnings whether warnings are printed
   * @param verbose whether WIRED modules get a note
   */
  public DiagnosticReporter(DiagnosticSink sink, boolean warnings, boolean verbose) {
    this.sink = sink;
    this.warnings = warnings;
    this.verbose = verbose;
  }

  /**
   * Prints the module diagnostics and the summary.
   *
   * @param result the run's result
   * @param sites where each module's diagnostics go, in the order of {@code result.modules()}
   * @param indexClass the index class written for dependents
   * @param afterSummary prints the run's other diagnostics that have a position, before the
   *     modules' own
   */
  public void report(
      WiringResult result, List<ModuleSite> sites, String indexClass, Runnable afterSummary) {
    // The summary goes first: it has no position, and javac's Trees.printMessage leaves the
    // last file it printed for as the current source, which would give the summary a bogus file.
    sink.print(Diagnostic.Kind.NOTE, DiagnosticMessages.summary(result, indexClass),
        Optional.empty());
    // The verdict is reported even when a listener run here fails.
    try {
      afterSummary.run();
    } finally {
      for (int i = 0; i < result.modules().size(); i++) {
        reportModule(result.modules().get(i), sites.get(i), result);
      }
    }
  }

  private void reportModule(ModuleResult module, ModuleSite site, WiringResult result) {
    Optional<DiagnosticId> finding = Findings.of(module, result);
    if (finding.isPresent()) {
      DiagnosticId id = finding.get();
      if (id == DiagnosticId.CRITICAL_NOT_WIRED || warnings) {
        String message = id == DiagnosticId.DUPLICATE
            ? DiagnosticMessages.duplicate(module, site)
            : DiagnosticMessages.notWired(module, site, result);
        sink.print(id.kind(), message, site.anchor());
      }
    } else if (module.status() == ModuleStatus.WIRED && verbose) {
      sink.print(Diagnostic.Kind.NOTE, DiagnosticMessages.wired(module), site.anchor());
    }
  }
}
