// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.verify;

import dev.plumbline.memory.structure.IntegrationLevel;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code plumbline verify} measured: every module's levels and the files it read them from.
 *
 * @param root the project root
 * @param modules one entry per module, in the order of the Maven modules, then of their reports
 * @param wiringReports the main compilations' wiring reports read
 * @param testReferenceFiles the test compilations' records read
 * @param testClassesRun how many test classes the Surefire and Failsafe reports name
 * @param activityRecords the agent's records read
 * @param notes sentences about evidence that is missing (no tests run, no agent record)
 */
record Verification(
    Path root,
    List<ModuleLevels> modules,
    List<Path> wiringReports,
    List<Path> testReferenceFiles,
    int testClassesRun,
    List<Path> activityRecords,
    List<String> notes) {

  /**
   * How many modules reached a level.
   *
   * @param level any level
   * @return the count
   */
  int count(IntegrationLevel level) {
    return (int) modules.stream().filter(module -> module.has(level)).count();
  }

  /**
   * The critical modules an application's report decided NOT WIRED.
   *
   * @return in table order
   */
  List<ModuleLevels> criticalNotWired() {
    return modules.stream()
        .filter(module -> module.critical() && module.wiring().equals("NOT_WIRED"))
        .toList();
  }

  /**
   * A path as the reports name it: relative to the project root, with forward slashes.
   *
   * @param file a file below the root (else it is given absolute)
   * @return the relative path
   */
  String relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    return relative.toString().replace('\\', '/');
  }
}
