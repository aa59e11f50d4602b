// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import dev.plumbline.processor.report.DiagnosticMessages;
import java.util.ServiceConfigurationError;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Keeps javac alive when the verifier fails: the failure becomes one diagnostic and the verifier
 * switches itself off for the rest of the compilation.
 *
 * <p>A processor exception would otherwise end the compilation with javac's "An exception has
 * occurred in the compiler" and a stack trace. javac's own control-flow exceptions ({@code
 * Abort} after too many errors, exceptions from other plugins) pass through untouched, because
 * javac expects to see them.
 */
final class FailureGuard {

  private static final Set<String> COMPILER_CONTROL_FLOW =
      Set.of(
          "com.sun.tools.javac.util.Abort",
          "com.sun.tools.javac.util.ClientCodeException",
          "com.sun.tools.javac.util.PropagatedException");

  private final Messager messager;
  private boolean failed;

  FailureGuard(Messager messager) {
    this.messager = messager;
  }

  /** Whether an earlier step failed, after which the verifier does nothing more. */
  boolean failed() {
    return failed;
  }

  /** Runs one step of the verifier; a runtime failure is reported once and disables the rest. */
  void run(Runnable step) {
    if (failed) {
      return;
    }
    try {
      step.run();
    } catch (RuntimeException e) {
      if (COMPILER_CONTROL_FLOW.contains(e.getClass().getName())) {
        throw e;
      }
      fail(e);
    } catch (LinkageError | ServiceConfigurationError e) {
      // An incomplete processor path (a class missing at run time) is a setup problem to report,
      // not a reason to crash the compiler.
      fail(e);
    }
  }

  /** Reports a failure (also used for checked I/O failures) and disables the verifier. */
  void fail(Throwable failure) {
    failed = true;
    messager.printMessage(Diagnostic.Kind.ERROR, DiagnosticMessages.internalError(failure));
  }
}
