// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The agent's options,
 * {@code -javaagent:plumbline-agent.jar=out=DIR,include=com.acme:org.acme,marks=bytecode}.
 *
 * @param out where the record goes (created when missing); relative paths against the working
 *     directory
 * @param include package prefixes of the classes to record (binary names, dotted); empty for every
 *     class not loaded by the JDK's own class loaders
 * @param exclude package prefixes never recorded, even when included
 * @param bytecodeMarks true for {@code marks=bytecode} (every class in scope rewritten as it loads,
 *     exact); false for the default {@code marks=initialized} (the JVM's own initialization state
 *     read at exit, nothing rewritten)
 * @param problems one sentence per option that could not be used
 */
record AgentOptions(Path out, List<String> include, List<String> exclude,
    boolean bytecodeMarks, List<String> problems) {

  /** Where the record goes by default, relative to the working directory. */
  public static final Path DEFAULT_OUT = Path.of("target", "plumbline", "activity");

  /** The value of {@code marks=} that reads the JVM's initialization state (the default). */
  public static final String INITIALIZED = "initialized";

  /** The value of {@code marks=} that rewrites the classes in scope. */
  public static final String BYTECODE = "bytecode";

  /**
   * Parses the option text.
   *
   * @param text the text after {@code =} in {@code -javaagent:}, or null
   * @return the options; problems are collected, not thrown (the program must run regardless)
   */
  public static AgentOptions parse(String text) {
    Path out = DEFAULT_OUT;
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    boolean bytecodeMarks = false;
    List<String> problems = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      for (String option : text.split(",", -1)) {
        int equals = option.indexOf('=');
        String key = equals < 0 ? option.trim() : option.substring(0, equals).trim();
        String value = equals < 0 ? "" : option.substring(equals + 1).trim();
        switch (key.toLowerCase(Locale.ROOT)) {
          case "out" -> {
            if (value.isEmpty()) {
              problems.add("out needs a directory (out=DIR)");
            } else {
              out = Path.of(value);
            }
          }
          case "include" -> include.addAll(prefixes(value));
          case "exclude" -> exclude.addAll(prefixes(value));
          case "marks" -> {
            if (value.equalsIgnoreCase(BYTECODE) || value.equalsIgnoreCase(INITIALIZED)) {
              bytecodeMarks = value.equalsIgnoreCase(BYTECODE);
            } else {
              problems.add("marks is initialized or bytecode, not '" + value + "'");
            }
          }
          default -> problems.add("unknown option '" + option + "' (known: out=DIR,"
              + " include=PREFIX:PREFIX, exclude=PREFIX:PREFIX, marks=initialized|bytecode)");
        }
      }
    }
    return new AgentOptions(out, List.copyOf(include), List.copyOf(exclude), bytecodeMarks,
        List.copyOf(problems));
  }

  private static List<String> prefixes(String value) {
    List<String> prefixes = new ArrayList<>();
    for (String prefix : value.split(":", -1)) {
      if (!prefix.isBlank()) {
        prefixes.add(prefix.trim());
      }
    }
    return prefixes;
  }

  /** The value of {@code marks=} in effect, as the record names it. */
  public String marks() {
    return bytecodeMarks ? BYTECODE : INITIALIZED;
  }

  /**
   * Whether a class is recorded.
   *
   * @param binaryName the class's binary name, dotted
   * @return true when it matches an include prefix (or none is given) and no exclude prefix
   */
  public boolean records(String binaryName) {
    return inScope(binaryName, include, exclude);
  }

  /**
   * The scope rule, for names in either form: true when the name starts with an include prefix
   * (or none is given) and with no exclude prefix.
   *
   * @param name a class name, in the same form as the prefixes (dotted or internal)
   * @param include the include prefixes
   * @param exclude the exclude prefixes
   * @return whether the class is recorded
   */
  static boolean inScope(String name, List<String> include, List<String> exclude) {
    for (String prefix : exclude) {
      if (name.startsWith(prefix)) {
        return false;
      }
    }
    if (include.isEmpty()) {
      return true;
    }
    for (String prefix : include) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
