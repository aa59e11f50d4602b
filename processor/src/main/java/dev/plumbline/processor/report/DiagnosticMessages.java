// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.WiringResult;
import dev.plumbline.processor.wiring.WiringSummary;

/** The exact text of every diagnostic the wiring verifier prints. */
public final class DiagnosticMessages {

  /** Every message starts with this tag, so people and tools can tell who is speaking. */
  public static final String TAG = "[plumbline] ";

  private DiagnosticMessages() {}

  /**
   * A module that no path from the entry point reaches.
   *
   * @param module the module
   * @param location where it is declared (with the library for library modules)
   * @param entryPoint the entry point
   * @return the text; it names the module and says how to wire it
   */
  public static String notWired(ModuleResult module, String location, String entryPoint) {
    String label = module.critical() ? "is @Critical and NOT WIRED" : "is NOT WIRED";
    String reason =
        module.critical() && !module.criticalReason().isEmpty()
            ? " Critical because: " + module.criticalReason() + "."
            : "";
    String firstClass = module.classes().isEmpty() ? location : module.classes().get(0);
    return TAG + "Module '" + module.name() + "' (" + location + ") " + label
        + ": none of its classes is reachable from the entry point " + entryPoint + "." + reason
        + " To wire it, call, construct or reference " + firstClass
        + " from code reachable from " + entryPoint
        + ", or register it for ServiceLoader under a service type that code uses.";
  }

  /**
   * A module whose name or classes are declared twice.
   *
   * @param module the module
   * @param location where it is declared
   * @return the text; it names every other declaration
   */
  public static String duplicate(ModuleResult module, String location) {
    return TAG + "Module '" + module.name() + "' (" + location + ") is DUPLICATE: also declared by "
        + String.join(", ", module.duplicates())
        + ". Give each module a unique @Module(name = ...) and keep each class in one place.";
  }

  /**
   * The why-wired note of a module (verbose mode).
   *
   * @param module a WIRED module
   * @return the text with the shortest path
   */
  public static String wired(ModuleResult module) {
    return TAG + "Module '" + module.name() + "' is WIRED: " + String.join(" → ", module.path());
  }

  /**
   * The one summary note of a run.
   *
   * @param result the run's result
   * @param indexClass the index class written for dependents
   * @return the text with the real counts
   */
  public static String summary(WiringResult result, String indexClass) {
    WiringSummary s = result.summary();
    String counts = s.total() + (s.total() == 1 ? " module: " : " modules: ") + s.wired() + " WIRED, " + s.notWired()
        + " NOT WIRED, " + s.duplicate() + " DUPLICATE";
    if (result.partial()) {
      return TAG + "Partial compilation (" + String.join("; ", result.partialReasons()) + "): "
          + counts + ". Nothing is reported NOT WIRED from a partial view. Report: "
          + MarkdownReport.RESOURCE;
    }
    if (!result.hasEntryPoint()) {
      return TAG + "Library compilation (no @EntryPoint): " + counts + ". Graph recorded in "
          + indexClass + " for the applications that depend on it. Report: "
          + MarkdownReport.RESOURCE;
    }
    return TAG + "Wiring from " + result.entryPoint() + ": " + counts + ". Report: "
        + MarkdownReport.RESOURCE;
  }

  /**
   * Two or more entry points in one compilation.
   *
   * @param first one entry point, with how it was declared
   * @param second the other, with how it was declared
   * @return the text naming both
   */
  public static String twoEntryPoints(String first, String second) {
    return TAG + "Two entry points: " + first + " and " + second
        + ". A program has exactly one: remove @EntryPoint from one of them (or drop the"
        + " -Aplumbline.entryPoint option).";
  }

  /**
   * The configured entry point does not exist.
   *
   * @param name the configured name
   * @return the text naming the option and the fix
   */
  public static String missingEntryPoint(String name) {
    return TAG + "-Aplumbline.entryPoint=" + name + " names no class of this compilation."
        + " Give the binary name of the class whose main starts the program (e.g. com.acme.App),"
        + " or annotate that class with @EntryPoint and remove the option.";
  }

  /**
   * A library index that cannot be read.
   *
   * @param indexClass the index class
   * @param problem what is wrong with it
   * @return the text naming the class and the fix
   */
  public static String unreadableIndex(String indexClass, String problem) {
    return TAG + "Cannot read wiring index " + indexClass + " (" + problem + "). Rebuild that"
        + " library with this Plumbline version; its modules are left out of this report.";
  }

  /**
   * A failure inside the verifier.
   *
   * @param failure what went wrong
   * @return the text
   */
  public static String internalError(Throwable failure) {
    return TAG + "Internal error in the wiring verifier: " + failure.getClass().getSimpleName()
        + ": " + failure.getMessage() + ". The wiring check did not complete; please report this"
        + " message. Compile with -proc:none to build without Plumbline meanwhile.";
  }

  /**
   * A listener that failed.
   *
   * @param listener the listener's class
   * @param failure what went wrong
   * @return the text
   */
  public static String listenerFailed(String listener, Throwable failure) {
    return TAG + "Wiring result listener " + listener + " failed: " + failure.getMessage()
        + ". The wiring reports are written; only that listener's output is missing.";
  }

  /**
   * The processing environment is not javac's own.
   *
   * @param environment the class of the environment given
   * @return the text
   */
  public static String unsupportedEnvironment(String environment) {
    return TAG + "Wiring verification needs javac's own ProcessingEnvironment, and " + environment
        + " wraps it in a way Plumbline cannot see through (it unwraps IntelliJ's and Gradle's);"
        + " it is skipped in this compilation. The javac plugin mode works there:"
        + " -Xplugin:Plumbline with the same -A options (see processor/README.md, \"Fast mode\").";
  }

  /**
   * The Eclipse compiler (ecj, also behind Eclipse and VS Code's Java support) runs the
   * processor: it has no javac trees, so the wiring is not verified in that compilation.
   *
   * @param environment the class name of the environment that was given
   * @return the message
   */
  public static String eclipseCompiler(String environment) {
    return TAG + "The Eclipse compiler (" + environment + ") has no javac syntax trees: wiring"
        + " verification and the project memory update are skipped in this compilation. The"
        + " Maven or Gradle build (javac) verifies the wiring; javac-based IDEs (IntelliJ IDEA,"
        + " NetBeans) show its warnings.";
  }

  /**
   * The plugin was given arguments ({@code -Xplugin:"Plumbline x"}); it takes none.
   *
   * @param args what followed the plugin's name
   * @return the message
   */
  public static String pluginArguments(String[] args) {
    return TAG + "-Xplugin:Plumbline takes no arguments, but was given '" + String.join(" ", args)
        + "'. Pass options as for the annotation processor, e.g. -Aplumbline.entryPoint=com.example.Main.";
  }

  /**
   * The plugin cannot reach javac's processing environment.
   *
   * @param reason why the access failed
   * @param exports the JVM options that grant access
   * @return the message
   */
  public static String pluginWithoutInternals(String reason, String exports) {
    return TAG + "-Xplugin:Plumbline cannot reach javac's processing environment (" + reason
        + "); the wiring was not verified. Give the JVM that runs javac " + exports
        + " (Maven: one per line in .mvn/jvm.config, as for Error Prone; javac: prefix each with -J),"
        + " or drop -Xplugin:Plumbline to run the verifier as an annotation processor.";
  }
}
