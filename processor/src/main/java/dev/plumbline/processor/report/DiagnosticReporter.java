// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import dev.plumbline.processor.model.ModuleDeclaration;
import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.ModuleStatus;
import dev.plumbline.processor.wiring.WiringResult;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
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

  private final Messager messager;
  private final boolean warnings;
  private final boolean verbose;

  /**
   * Creates a reporter.
   *
   * @param messager javac's messager
   * @param warnings whether warnings are printed
   * @param verbose whether WIRED modules get a note
   */
  public DiagnosticReporter(Messager messager, boolean warnings, boolean verbose) {
    this.messager = messager;
    this.warnings = warnings;
    this.verbose = verbose;
  }

  /**
   * Prints the module diagnostics and the summary.
   *
   * @param result the run's result
   * @param declarations the module declarations, in the same order as {@code result.modules()}
   * @param entryPoint the entry point element, or null in a library compilation
   * @param indexClass the index class written for dependents
   */
  public void report(
      WiringResult result,
      List<ModuleDeclaration> declarations,
      Element entryPoint,
      String indexClass) {
    for (int i = 0; i < result.modules().size(); i++) {
      ModuleResult module = result.modules().get(i);
      ModuleDeclaration declaration = declarations.get(i);
      Element anchor = declaration.anchor() != null ? declaration.anchor() : entryPoint;
      reportModule(module, declaration.location(), anchor, result);
    }
    messager.printMessage(Diagnostic.Kind.NOTE, DiagnosticMessages.summary(result, indexClass));
  }

  private void reportModule(
      ModuleResult module, String location, Element anchor, WiringResult result) {
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

  private void print(Diagnostic.Kind kind, String message, Element anchor) {
    if (anchor == null) {
      messager.printMessage(kind, message);
    } else {
      messager.printMessage(kind, message, anchor);
    }
  }
}
