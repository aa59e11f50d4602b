// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.memory;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processor options of the project-memory merge.
 *
 * <ul>
 *   <li>{@code plumbline.memory}: {@code on} (default) or {@code off}; off leaves {@code .claude/}
 *       untouched, for build systems that forbid writing outside their outputs.
 *   <li>{@code plumbline.projectRoot}: the directory whose {@code .claude/} holds the memory, for
 *       layouts the default search cannot see (it looks for the nearest {@code .claude/}, else
 *       the topmost {@code pom.xml} directory, above the class output); a directory inside a
 *       project whose root already has {@code .claude/} yields that root's memory.
 * </ul>
 *
 * @param enabled whether the merge runs
 * @param projectRoot the configured project root, if any
 * @param problems invalid values, each a complete sentence
 */
public record MemoryOptions(boolean enabled, Optional<Path> projectRoot, List<String> problems) {

  /** Option switching the merge on or off. */
  public static final String MEMORY = "plumbline.memory";
  /** Option naming the project root. */
  public static final String PROJECT_ROOT = "plumbline.projectRoot";
  /** Every option of the merge. */
  public static final Set<String> NAMES = Set.of(MEMORY, PROJECT_ROOT);

  /**
   * Parses the options javac passes to the processor.
   *
   * @param raw the processor options
   * @return the parsed options
   */
  public static MemoryOptions parse(Map<String, String> raw) {
    List<String> problems = new ArrayList<>();
    String memory = raw.getOrDefault(MEMORY, "on").trim();
    boolean enabled = !memory.equals("off");
    if (!memory.equals("on") && !memory.equals("off")) {
      problems.add("-A" + MEMORY + "=" + memory + " is not valid: use on or off.");
    }
    Optional<Path> root = Optional.empty();
    String rootValue = raw.getOrDefault(PROJECT_ROOT, "").trim();
    if (!rootValue.isEmpty()) {
      try {
        root = Optional.of(Path.of(rootValue).toAbsolutePath().normalize());
      } catch (InvalidPathException e) {
        problems.add("-A" + PROJECT_ROOT + "=" + rootValue + " is not a valid path: "
            + e.getMessage() + ".");
      }
    }
    return new MemoryOptions(enabled && problems.isEmpty(), root, List.copyOf(problems));
  }
}
