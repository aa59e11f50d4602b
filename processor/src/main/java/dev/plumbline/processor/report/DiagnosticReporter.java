// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import dev.plumbline.processor.model.ModuleDeclaration;
import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.ModuleStatus;
import dev.plumbline.processor.wiring.WiringResult;
import java.util.List;
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
   * @param declarations the module declarations, in the same order as {@code result.modules()}
   * @param entryPoint the entry point's binary name, empty in a library compilation
   * @param indexClass the index class written for dependents
   */
  public void report(
      WiringResult result,
      List<ModuleDeclaration> declarations,
      String entryPoint,
      String indexClass) {
    // The summary goes first: it has no position, and javac's Trees.printMessage leaves the
    // last file it printed for as the current source, which would give the summary a bogus file.
    sink.print(Diagnostic.Kind.NOTE, DiagnosticMessages.summary(result, indexClass), "");
    for (int i = 0; i < result.modules().size(); i++) {
      ModuleResult module = result.modules().get(i);
      ModuleDeclaration declaration = declarations.get(i);
      String anchor = declaration.anchor().isEmpty() ? entryPoint : declaration.anchor();
      reportModule(module, declaration.location(), anchor, result);
    }
  }

  private void reportModule(
      ModuleResult module, String location, String anchor, WiringResult result) {
    boolean unreachable = result.hasEntryPoint() && !result.partial() && !module.reachable();
    if (unreachable && module.critical()) {
      print(Diagnostic.Kind.ERROR,
          DiagnosticMessages.notWired(module, location, result.entryPoint()), anchor);
    } else if (module.status() == ModuleStatus.DUPLICATE) {
      if (warnings) {
        print(Diagnostic.Kind.WARNING, DiagnosticMessages.duplicate(module, location), anchor);
      }
    } else if (module.status() == ModuleStatus.NOT_WIRED) {
      if (warnings) {
        print(Diagnostic.Kind.WARNING,
            DiagnosticMessages.notWired(module, location, result.entryPoint()), anchor);
      }
    } else if (module.status() == ModuleStatus.WIRED && verbose) {
      print(Diagnostic.Kind.NOTE, DiagnosticMessages.wired(module), anchor);
    }
  }

  private void print(Diagnostic.Kind kind, String message, String anchor) {
    sink.print(kind, message, anchor);
  }
}
