// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verifier's {@code -A} options, parsed and validated once; they answer the questions the
 * verifier asks rather than hand out raw strings. A value that is not set is an empty {@link
 * Optional} or an empty list, never an empty string or null: the one convention of the code base.
 *
 * <ul>
 *   <li>{@code plumbline.entryPoint}: binary names of main classes (comma-separated), for
 *       programs that do not annotate them with {@code @EntryPoint}.
 *   <li>{@code plumbline.library}: the id of this compilation's index (use the artifactId, or
 *       {@code groupId:artifactId} in a reactor of several groups); by default one derived from
 *       the class output directory.
 *   <li>{@code plumbline.roots}: classes ({@code com.acme.Plugin}) or packages ({@code
 *       com.acme.plugins.*}, with sub-packages {@code com.acme.plugins.**}) that something no
 *       analysis can see loads, comma-separated.
 *   <li>{@code plumbline.frameworks}: {@code false} turns the recognition of framework roots off.
 *   <li>{@code plumbline.warnings}: {@code false} silences the NOT WIRED and DUPLICATE warnings
 *       (they stay in the reports; critical errors stay errors).
 *   <li>{@code plumbline.verbose}: {@code true} adds a NOTE with the why-wired path of every
 *       WIRED module.
 *   <li>{@code plumbline.partial}: {@code true} declares the compilation partial (as an IDE's
 *       incremental build is), so nothing is concluded NOT WIRED and the build never fails.
 * </ul>
 */
final class ProcessorOptions {

  /** Option naming the main classes. */
  static final String ENTRY_POINT = "plumbline.entryPoint";
  /** Option naming this compilation's index. */
  static final String LIBRARY = "plumbline.library";
  /** Option declaring roots. */
  static final String ROOTS = "plumbline.roots";
  /** Option switching the framework roots on or off. */
  static final String FRAMEWORKS = "plumbline.frameworks";
  /** Option switching warnings on or off. */
  static final String WARNINGS = "plumbline.warnings";
  /** Option switching the per-module WIRED notes on. */
  static final String VERBOSE = "plumbline.verbose";
  /** Option declaring the compilation partial. */
  static final String PARTIAL = "plumbline.partial";

  /** Every option the verifier accepts. */
  static final Set<String> NAMES =
      Set.of(ENTRY_POINT, LIBRARY, ROOTS, FRAMEWORKS, WARNINGS, VERBOSE, PARTIAL);

  private final List<String> entryPoints;
  private final Optional<String> library;
  private final List<String> roots;
  private final boolean frameworks;
  private final boolean warnings;
  private final boolean verbose;
  private final boolean partial;
  private final List<String> problems;

  private ProcessorOptions(Map<String, String> raw) {
    List<String> found = new ArrayList<>();
    this.entryPoints = list(raw, ENTRY_POINT);
    this.roots = list(raw, ROOTS);
    this.library = Optional.ofNullable(raw.get(LIBRARY)).map(String::trim);
    this.frameworks = flag(raw, FRAMEWORKS, true, found);
    this.warnings = flag(raw, WARNINGS, true, found);
    this.verbose = flag(raw, VERBOSE, false, found);
    this.partial = flag(raw, PARTIAL, false, found);
    if (library.isPresent() && library.get().isEmpty()) {
      found.add("-A" + LIBRARY + " is empty: give the library's id, e.g. its artifactId.");
    }
    this.problems = List.copyOf(found);
  }

  /**
   * Parses the options javac passes to the processor (or to the plugin's environment).
   *
   * @param raw the processor options
   * @return the parsed options; invalid values are listed in {@link #problems()}
   */
  static ProcessorOptions parse(Map<String, String> raw) {
    return new ProcessorOptions(raw);
  }

  /** Whether a class is named an entry point by {@code -Aplumbline.entryPoint}. */
  boolean isEntryPoint(String binaryName) {
    if (entryPoints.isEmpty()) {
      return false; // asked for every class of the sources: no string work when none is set
    }
    String canonical = binaryName.replace('$', '.');
    return entryPoints.stream().anyMatch(name -> name.replace('$', '.').equals(canonical));
  }

  /** The configured entry points, in the order given; empty when not set. */
  List<String> entryPoints() {
    return entryPoints;
  }

  /** The configured index id; empty when not set (an id is then derived). */
  Optional<String> library() {
    return library.filter(id -> !id.isEmpty());
  }

  /** The declared roots, as given; empty when not set. */
  List<String> roots() {
    return roots;
  }

  /** Whether framework roots are recognised. */
  boolean frameworks() {
    return frameworks;
  }

  /** Whether NOT WIRED and DUPLICATE warnings are printed. */
  boolean warnings() {
    return warnings;
  }

  /** Whether WIRED modules get a NOTE with their path. */
  boolean verbose() {
    return verbose;
  }

  /** Whether the compilation is declared partial. */
  boolean partial() {
    return partial;
  }

  /** One complete sentence per invalid option value; empty when all are valid. */
  List<String> problems() {
    return problems;
  }

  private static List<String> list(Map<String, String> raw, String name) {
    List<String> values = new ArrayList<>();
    for (String value : raw.getOrDefault(name, "").split(",", -1)) {
      if (!value.isBlank()) {
        values.add(value.trim());
      }
    }
    return List.copyOf(values);
  }

  private static boolean flag(
      Map<String, String> raw, String name, boolean fallback, List<String> problems) {
    String value = raw.get(name);
    if (value == null) {
      return fallback;
    }
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    problems.add("-A" + name + "=" + value + " is not valid: use true or false.");
    return fallback;
  }
}
