// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.verify;

import dev.plumbline.memory.structure.IntegrationLevel;
import java.util.List;
import java.util.Set;

/**
 * The five levels of one module, each with the evidence that decided it.
 *
 * @param library the id of the compilation that declares it (the wiring reports' {@code library})
 * @param name the module's name
 * @param critical whether it is {@code @Critical}
 * @param criticalReason why, may be empty
 * @param declaration the type or package that declares it
 * @param sourceFiles the URIs of its compilation units
 * @param dependsOn the names of the modules it references
 * @param wiring the verdict of the applications' wiring reports: WIRED, NOT_WIRED, DUPLICATE, or
 *     UNVERIFIED when no application's report decides it
 * @param wiredBy the entry points of the applications that reach it
 * @param classFiles how many of its classes have a class file in the build output
 * @param testedBy the test classes that reference it and had a passing test
 * @param failedTests the test classes that reference it and had only failed, errored or skipped
 *     tests (or none in the reports)
 * @param executed those of its classes whose code ran under the agent
 * @param reached the levels it reached; COMPLETE when the four others are there
 */
record ModuleLevels(
    String library,
    String name,
    boolean critical,
    String criticalReason,
    String declaration,
    List<String> sourceFiles,
    List<String> dependsOn,
    String wiring,
    List<String> wiredBy,
    int classFiles,
    List<String> testedBy,
    List<String> failedTests,
    List<String> executed,
    Set<IntegrationLevel> reached) {

  /** The levels below COMPLETE, in the rulebook's order. */
  static final List<IntegrationLevel> MEASURED = List.of(IntegrationLevel.EXISTS,
      IntegrationLevel.TESTED, IntegrationLevel.WIRED, IntegrationLevel.ACTIVE);

  /**
   * Whether the module reached a level.
   *
   * @param level any level; COMPLETE means all four
   * @return true when reached
   */
  boolean has(IntegrationLevel level) {
    return reached.contains(level);
  }

  /**
   * The one word for the module's state, the value of {@code integration} in the project memory:
   * COMPLETE when all four levels hold, else the highest level reached in the rulebook's order
   * (EXISTS, TESTED, WIRED, ACTIVE); EXISTS also for a module without class files, whose other
   * levels say what is missing.
   *
   * @return the level
   */
  IntegrationLevel summary() {
    if (has(IntegrationLevel.COMPLETE)) {
      return IntegrationLevel.COMPLETE;
    }
    IntegrationLevel highest = IntegrationLevel.EXISTS;
    for (IntegrationLevel level : MEASURED) {
      if (has(level)) {
        highest = level;
      }
    }
    return highest;
  }

  /**
   * The measured levels it lacks, in order.
   *
   * @return e.g. {@code [TESTED, ACTIVE]}
   */
  List<IntegrationLevel> missing() {
    return MEASURED.stream().filter(level -> !has(level)).toList();
  }

  /**
   * Whether it lacks a required level.
   *
   * @param required the level asked for; COMPLETE asks for all four
   * @return true when below it
   */
  boolean below(IntegrationLevel required) {
    return !has(required);
  }
}
