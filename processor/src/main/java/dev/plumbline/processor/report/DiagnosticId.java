// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * The stable id of every diagnostic the verifier prints: the build log shows it in the tag
 * ({@code [plumbline PL001] Module 'store' ...}), SARIF uses it as the rule id, and each id has a
 * page of its own under {@code processor/docs/diagnostics/}. Ids are never reused: a retired
 * diagnostic keeps its number.
 */
public enum DiagnosticId {
  /** A {@code @Critical} module is not reachable from any root: the build fails. */
  CRITICAL_NOT_WIRED("PL001", Diagnostic.Kind.ERROR,
      "A @Critical module is not reachable from the entry point"),
  /** A module is not reachable from any root. */
  NOT_WIRED("PL002", Diagnostic.Kind.WARNING, "A module is not reachable from the entry point"),
  /** Two modules share a name, or a class exists in two places. */
  DUPLICATE("PL003", Diagnostic.Kind.WARNING,
      "Two modules declare the same name, or a class exists in two places"),
  /** The one summary of a run, with the counts. */
  SUMMARY("PL004", Diagnostic.Kind.NOTE, "The verdict of a compilation, with the module counts"),
  /** Why a module is wired (with {@code -Aplumbline.verbose=true}). */
  WHY_WIRED("PL005", Diagnostic.Kind.NOTE, "Why a module is wired: its shortest path from a root"),
  /** {@code -Aplumbline.entryPoint} names no class this compilation can see. */
  ENTRY_POINT_OPTION_UNMATCHED("PL006", Diagnostic.Kind.NOTE,
      "The configured entry point names no class of this compilation"),
  /** {@code @EntryPoint} on a type that cannot start a program. */
  ENTRY_POINT_NOT_A_CLASS("PL007", Diagnostic.Kind.ERROR,
      "@EntryPoint is on an annotation type"),
  /** {@code @EntryPoint} on a class without a {@code main} method. */
  ENTRY_POINT_WITHOUT_MAIN("PL008", Diagnostic.Kind.WARNING,
      "@EntryPoint is on a class without a main method that no framework starts"),
  /** A declared root (option or roots file) is malformed. */
  DECLARED_ROOT_INVALID("PL009", Diagnostic.Kind.ERROR, "A declared root cannot be read"),
  /** A declared root names no class of the compilation. */
  DECLARED_ROOT_UNMATCHED("PL010", Diagnostic.Kind.WARNING,
      "A declared root names no class of this compilation"),
  /** A library index on the class path cannot be read. */
  UNREADABLE_INDEX("PL011", Diagnostic.Kind.WARNING, "A library's wiring index cannot be read"),
  /** Two libraries on the class path use the same index id. */
  LIBRARY_ID_COLLISION("PL012", Diagnostic.Kind.WARNING,
      "Two libraries on the class path use the same index id"),
  /** An option has an invalid value. */
  INVALID_OPTION("PL013", Diagnostic.Kind.ERROR, "An -Aplumbline option has an invalid value"),
  /** {@code -Xplugin:Plumbline} was given arguments. */
  PLUGIN_ARGUMENTS("PL014", Diagnostic.Kind.ERROR, "-Xplugin:Plumbline was given arguments"),
  /** The plugin cannot reach javac's processing environment. */
  PLUGIN_WITHOUT_INTERNALS("PL015", Diagnostic.Kind.ERROR,
      "-Xplugin:Plumbline cannot reach javac's processing environment"),
  /** The processing environment is not javac's own: the check is skipped. */
  UNSUPPORTED_ENVIRONMENT("PL016", Diagnostic.Kind.NOTE,
      "The processing environment is not javac's own: the wiring check is skipped"),
  /** A failure inside the verifier. */
  INTERNAL_ERROR("PL017", Diagnostic.Kind.ERROR, "The wiring verifier failed"),
  /** A wiring result listener failed. */
  LISTENER_FAILED("PL018", Diagnostic.Kind.WARNING, "A wiring result listener failed"),
  /** The project memory was updated (or found unchanged). */
  MEMORY_UPDATED("PL019", Diagnostic.Kind.NOTE, "What the build did to the project memory"),
  /** The project memory was not updated: no project root was found. */
  MEMORY_NO_ROOT("PL020", Diagnostic.Kind.NOTE,
      "The project memory was not updated: no project root found"),
  /** A project memory file is invalid: the build fails and the file is left as it is. */
  MEMORY_FILE_INVALID("PL021", Diagnostic.Kind.ERROR, "A project memory file is invalid"),
  /** The Eclipse compiler runs the processor: the check is skipped. */
  ECLIPSE_COMPILER("PL022", Diagnostic.Kind.NOTE,
      "The Eclipse compiler runs the processor: the wiring check is skipped");

  private final String code;
  private final Diagnostic.Kind kind;
  private final String title;

  DiagnosticId(String code, Diagnostic.Kind kind, String title) {
    this.code = code;
    this.kind = kind;
    this.title = title;
  }

  /**
   * The id as people and tools see it.
   *
   * @return e.g. {@code PL001}
   */
  public String code() {
    return code;
  }

  /**
   * How javac prints it (a NOT WIRED module is a WARNING unless it is critical, which is its own
   * id).
   *
   * @return ERROR, WARNING or NOTE
   */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /**
   * One line that says what the diagnostic is about (SARIF's short description, the title of its
   * page).
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The tag every message of this id starts with.
   *
   * @return e.g. {@code "[plumbline PL001] "}
   */
  public String tag() {
    return "[plumbline " + code + "] ";
  }

  /**
   * The page that documents this id, relative to the repository root.
   *
   * @return e.g. {@code processor/docs/diagnostics/PL001.md}
   */
  public String page() {
    return "processor/docs/diagnostics/" + code + ".md";
  }

  /**
   * The SARIF level of this id.
   *
   * @return {@code error}, {@code warning} or {@code note}
   */
  public String sarifLevel() {
    return kind == Diagnostic.Kind.ERROR || kind == Diagnostic.Kind.WARNING
        ? kind.name().toLowerCase(Locale.ROOT)
        : "note";
  }
}
