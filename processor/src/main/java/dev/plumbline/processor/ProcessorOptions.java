// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The processor's {@code -A} options, parsed and validated once.
 *
 * <ul>
 *   <li>{@code plumbline.entryPoint}: binary name of the main class, for programs that do not
 *       annotate it with {@code @EntryPoint}.
 *   <li>{@code plumbline.library}: the id of this compilation's index (use the artifactId); by
 *       default one derived from the class output directory.
 *   <li>{@code plumbline.warnings}: {@code false} silences the NOT WIRED and DUPLICATE warnings
 *       (they stay in the reports; critical errors stay errors).
 *   <li>{@code plumbline.verbose}: {@code true} adds a NOTE with the why-wired path of every
 *       WIRED module.
 *   <li>{@code plumbline.partial}: {@code true} declares the compilation partial (as an IDE's
 *       incremental build is), so nothing is concluded NOT WIRED and the build never fails.
 * </ul>
 *
 * @param entryPoint the configured entry point, empty when not set
 * @param library the configured library id, empty when not set
 * @param warnings whether NOT WIRED and DUPLICATE warnings are printed
 * @param verbose whether WIRED modules get a NOTE with their path
 * @param partial whether the compilation is declared partial
 * @param problems one message per invalid option value
 */
public record ProcessorOptions(
    String entryPoint,
    String library,
    boolean warnings,
    boolean verbose,
    boolean partial,
    List<String> problems) {

  /** Option naming the main class. */
  public static final String ENTRY_POINT = "plumbline.entryPoint";
  /** Option naming this compilation's index. */
  public static final String LIBRARY = "plumbline.library";
  /** Option switching warnings on or off. */
  public static final String WARNINGS = "plumbline.warnings";
  /** Option switching the per-module WIRED notes on. */
  public static final String VERBOSE = "plumbline.verbose";
  /** Option declaring the compilation partial. */
  public static final String PARTIAL = "plumbline.partial";

  /** Every option the processor accepts. */
  public static final Set<String> NAMES = Set.of(ENTRY_POINT, LIBRARY, WARNINGS, VERBOSE, PARTIAL);

  /**
   * Parses the options javac passes to the processor.
   *
   * @param raw the processor options
   * @return the parsed options; invalid values are listed in {@link #problems()}
   */
  public static ProcessorOptions parse(Map<String, String> raw) {
    List<String> problems = new ArrayList<>();
    String entryPoint = raw.getOrDefault(ENTRY_POINT, "").trim();
    String library = raw.getOrDefault(LIBRARY, "").trim();
    boolean warnings = flag(raw, WARNINGS, true, problems);
    boolean verbose = flag(raw, VERBOSE, false, problems);
    boolean partial = flag(raw, PARTIAL, false, problems);
    if (raw.containsKey(LIBRARY) && library.isEmpty()) {
      problems.add("-A" + LIBRARY + " is empty: give the library's id, e.g. its artifactId.");
    }
    return new ProcessorOptions(
        entryPoint, library, warnings, verbose, partial, List.copyOf(problems));
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
