// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import dev.plumbline.processor.wiring.CompilationKind;
import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.Root;
import dev.plumbline.processor.wiring.RootKind;
import dev.plumbline.processor.wiring.WiringResult;
import dev.plumbline.processor.wiring.WiringSummary;
import java.util.List;

/**
 * The exact text of every diagnostic the wiring verifier prints. Each starts with the tag of its
 * {@link DiagnosticId} ({@code [plumbline PL001] }), so people, tools and the documentation
 * (one page per id) speak of the same thing.
 */
public final class DiagnosticMessages {

  private DiagnosticMessages() {}

  /**
   * A module that no path from a root reaches.
   *
   * @param module the module
   * @param site where it is declared and which of its classes callers can use
   * @param result the run's result, for its roots
   * @return the text; it names the module and says how to wire it
   */
  public static String notWired(ModuleResult module, ModuleSite site, WiringResult result) {
    DiagnosticId id = module.critical() ? DiagnosticId.CRITICAL_NOT_WIRED : DiagnosticId.NOT_WIRED;
    String label = module.critical() ? "is @Critical and NOT WIRED" : "is NOT WIRED";
    String reason =
        module.critical() && !module.criticalReason().isEmpty()
            ? " Critical because: " + module.criticalReason() + "."
            : "";
    String start = result.roots().isEmpty() ? "" : result.roots().get(0).className();
    return id.tag() + "Module '" + module.name() + "' (" + site.location() + ") " + label
        + ": none of its classes is reachable from " + rootsPhrase(result.roots()) + "." + reason
        + " To wire it, " + howToReach(module, site, start)
        + ", or register it for ServiceLoader under a service type that code uses.";
  }

  private static String howToReach(ModuleResult module, ModuleSite site, String start) {
    if (site.publicClass().isPresent()) {
      return "call, construct or reference " + site.publicClass().get()
          + " from code reachable from " + start;
    }
    String first = module.classes().isEmpty() ? site.location() : module.classes().get(0);
    int dot = first.lastIndexOf('.');
    String pkg = dot < 0 ? "the unnamed package" : "package " + first.substring(0, dot);
    return "make one of its classes public (none is), or call, construct or reference " + first
        + " from code of " + pkg + " reachable from " + start;
  }

  /**
   * How messages name the roots: the entry point alone, as before roots of other kinds existed,
   * or the first root and how many others the report lists.
   */
  private static String rootsPhrase(List<Root> roots) {
    if (roots.isEmpty()) {
      return "any root";
    }
    Root first = roots.get(0);
    String named = (first.kind() == RootKind.ENTRY_POINT ? "the entry point " : "the root ")
        + first.className();
    if (roots.size() == 1) {
      return named;
    }
    return named + " or any of the " + (roots.size() - 1) + " other roots listed in "
        + MarkdownReport.RESOURCE;
  }

  /**
   * A module whose name or classes are declared twice.
   *
   * @param module the module
   * @param site where it is declared, and whether an annotation declares it
   * @return the text; it names every other declaration
   */
  public static String duplicate(ModuleResult module, ModuleSite site) {
    String advice = site.annotated()
        ? "Give each module a unique @Module(name = ...) and keep each class in one place."
        : "Keep each package in one place: the same package compiled twice (here and in a"
            + " library, or in two libraries) is loaded from whichever comes first on the class"
            + " path.";
    return DiagnosticId.DUPLICATE.tag() + "Module '" + module.name() + "' (" + site.location()
        + ") is DUPLICATE: also declared by " + String.join(", ", module.duplicates()) + ". "
        + advice;
  }

  /**
   * The why-wired note of a module (verbose mode).
   *
   * @param module a WIRED module
   * @return the text with the shortest path and the kind of each hop
   */
  public static String wired(ModuleResult module) {
    return DiagnosticId.WHY_WIRED.tag() + "Module '" + module.name() + "' is WIRED: "
        + WhyPath.render(module.path());
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
    String counts = s.total() + (s.total() == 1 ? " module: " : " modules: ") + s.wired()
        + " WIRED, " + s.notWired() + " NOT WIRED, " + s.duplicate() + " DUPLICATE"
        + (s.unverified() > 0 ? ", " + s.unverified() + " UNVERIFIED" : "");
    String tag = DiagnosticId.SUMMARY.tag();
    if (result.partial()) {
      return tag + "Partial compilation (" + String.join("; ", result.partialReasons()) + "): "
          + counts + ". Nothing is reported NOT WIRED from a partial view. Report: "
          + MarkdownReport.RESOURCE;
    }
    if (result.compilation() == CompilationKind.TEST) {
      return tag + "Test compilation (the main code's index is on the class path): " + counts
          + ". Tests are not part of the program: nothing is concluded NOT WIRED or DUPLICATE"
          + " from them. Report: " + MarkdownReport.RESOURCE;
    }
    if (!result.hasEntryPoint()) {
      return tag + "Library compilation (no @EntryPoint): " + counts + ". Graph recorded in "
          + indexClass + " for the applications that depend on it. Report: "
          + MarkdownReport.RESOURCE;
    }
    List<Root> roots = result.roots();
    String from = roots.get(0).className()
        + (roots.size() > 1 ? " and " + (roots.size() - 1) + " other roots" : "");
    return tag + "Wiring from " + from + ": " + counts + ". Report: " + MarkdownReport.RESOURCE;
  }

  /**
   * The configured entry point names no class that this compilation can see: the option is
   * ignored here, as in the library modules of a reactor whose parent pom sets it.
   *
   * @param name the configured name
   * @return the text naming the option, the consequence and the fix for a misspelt name
   */
  public static String missingEntryPoint(String name) {
    return DiagnosticId.ENTRY_POINT_OPTION_UNMATCHED.tag() + "-Aplumbline.entryPoint=" + name
        + " names no class of this compilation or its class path: ignored here, so this"
        + " compilation is verified as a library (as the library modules of a reactor whose parent"
        + " pom sets the option are). If this module holds the program's main class, give its"
        + " binary name (e.g. com.acme.App) or annotate it with @EntryPoint.";
  }

  /**
   * {@code @EntryPoint} on an annotation type.
   *
   * @param name the annotation type
   * @return the text
   */
  public static String entryPointNotAClass(String name) {
    return DiagnosticId.ENTRY_POINT_NOT_A_CLASS.tag() + name + " is an annotation type: it cannot"
        + " start a program, so @EntryPoint on it declares no entry point. Move @EntryPoint to the"
        + " class whose main method starts the program.";
  }

  /**
   * {@code @EntryPoint} on a class with no main method that no recognised framework starts.
   *
   * @param name the class
   * @return the text
   */
  public static String entryPointWithoutMain(String name) {
    return DiagnosticId.ENTRY_POINT_WITHOUT_MAIN.tag() + name + " is @EntryPoint but declares no"
        + " main method, and no framework Plumbline recognises starts it. It is verified as a root"
        + " all the same. If a host loads it by name (a plug-in), declare it with -Aplumbline.roots"
        + " or in META-INF/plumbline/roots.txt with the reason, and keep @EntryPoint for the class"
        + " whose main starts the program.";
  }

  /**
   * A declared root that cannot be read.
   *
   * @param where the option, or the roots file and line
   * @param problem what is wrong and how to write it
   * @return the text
   */
  public static String declaredRootInvalid(String where, String problem) {
    return DiagnosticId.DECLARED_ROOT_INVALID.tag() + where + ": " + problem;
  }

  /**
   * A line of the roots file that matches no class of the compilation.
   *
   * @param declaration the pattern and where it is
   * @return the text
   */
  public static String declaredRootUnmatched(String declaration) {
    return DiagnosticId.DECLARED_ROOT_UNMATCHED.tag() + "Declared root " + declaration
        + " matches no class of this compilation.";
  }

  /**
   * A library index that cannot be read.
   *
   * @param indexClass the index class
   * @param problem what is wrong with it
   * @return the text naming the class and the fix
   */
  public static String unreadableIndex(String indexClass, String problem) {
    return DiagnosticId.UNREADABLE_INDEX.tag() + "Cannot read wiring index " + indexClass + " ("
        + problem + "). Rebuild that library with this Plumbline version; its modules are left"
        + " out of this report.";
  }

  /**
   * Two libraries on the class path use the same index id.
   *
   * @param id the shared id
   * @param holders each user of the id, with its index class and packages
   * @return the text naming both and the fix
   */
  public static String libraryIdCollision(String id, List<String> holders) {
    return DiagnosticId.LIBRARY_ID_COLLISION.tag() + "The index id '" + id + "' is used by "
        + String.join(" and by ", holders) + ". Both graphs are read, but the reports and the"
        + " project memory tell libraries apart by their id: give each a unique"
        + " -Aplumbline.library, e.g. ${project.groupId}:${project.artifactId}. This compilation"
        + " is reported as partial until then.";
  }

  /**
   * An option with an invalid value.
   *
   * @param problem the sentence that names the option, the value and the accepted values
   * @return the text
   */
  public static String invalidOption(String problem) {
    return DiagnosticId.INVALID_OPTION.tag() + problem;
  }

  /**
   * A failure inside the verifier.
   *
   * @param failure what went wrong
   * @return the text
   */
  public static String internalError(Throwable failure) {
    return DiagnosticId.INTERNAL_ERROR.tag() + "Internal error in the wiring verifier: "
        + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ". The wiring check"
        + " did not complete; please report this message. Compile with -proc:none to build"
        + " without Plumbline meanwhile.";
  }

  /**
   * A listener that failed.
   *
   * @param listener the listener's class
   * @param failure what went wrong
   * @return the text
   */
  public static String listenerFailed(String listener, Throwable failure) {
    return DiagnosticId.LISTENER_FAILED.tag() + "Wiring result listener " + listener + " failed: "
        + failure.getMessage() + ". The wiring reports are written; only that listener's output"
        + " is missing.";
  }

  /**
   * The processing environment is not javac's own.
   *
   * @param environment the class of the environment given
   * @return the text
   */
  public static String unsupportedEnvironment(String environment) {
    return DiagnosticId.UNSUPPORTED_ENVIRONMENT.tag() + "Wiring verification needs javac's own ProcessingEnvironment, and " + environment
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
    return DiagnosticId.ECLIPSE_COMPILER.tag() + "The Eclipse compiler (" + environment + ") has no javac syntax trees: wiring"
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
    return DiagnosticId.PLUGIN_ARGUMENTS.tag() + "-Xplugin:Plumbline takes no arguments, but was"
        + " given '" + String.join(" ", args) + "'. Pass options as for the annotation processor,"
        + " e.g. -Aplumbline.entryPoint=com.example.Main.";
  }

  /**
   * The plugin cannot reach javac's processing environment.
   *
   * @param reason why the access failed
   * @param exports the JVM options that grant access
   * @return the message
   */
  public static String pluginWithoutInternals(String reason, String exports) {
    return DiagnosticId.PLUGIN_WITHOUT_INTERNALS.tag() + "-Xplugin:Plumbline cannot reach javac's"
        + " processing environment (" + reason + "); the wiring was not verified. Give the JVM"
        + " that runs javac " + exports + " (Maven: one per line in .mvn/jvm.config, as for Error"
        + " Prone; javac: prefix each with -J), or drop -Xplugin:Plumbline to run the verifier as"
        + " an annotation processor.";
  }
}
