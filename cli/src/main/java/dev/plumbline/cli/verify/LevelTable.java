// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.verify;

import dev.plumbline.memory.structure.IntegrationLevel;

/** The console table of {@code verify}: one row per module, a mark per level, then the counts. */
final class LevelTable {

  private final Verification verification;

  LevelTable(Verification verification) {
    this.verification = verification;
  }

  /** Prints the table, the counts and the notes on missing evidence. */
  void print() {
    int width = "module".length();
    for (ModuleLevels module : verification.modules()) {
      width = Math.max(width, label(module).length());
    }
    String format = "%-" + width + "s  %-6s  %-6s  %-6s  %-6s  %-8s  %s";
    System.out.println("[INFO] Integration levels of " + verification.root() + " ("
        + count(verification.wiringReports().size(), "wiring report") + ", "
        + count(verification.testClassesRun(), "test class") + " in the test reports, "
        + count(verification.activityRecords().size(), "activity record") + "):");
    System.out.println("[INFO] " + String.format(format, "module", "EXISTS", "TESTED", "WIRED",
        "ACTIVE", "COMPLETE", "integration"));
    for (ModuleLevels module : verification.modules()) {
      System.out.println("[INFO] " + String.format(format, label(module),
          mark(module, IntegrationLevel.EXISTS), mark(module, IntegrationLevel.TESTED),
          mark(module, IntegrationLevel.WIRED), mark(module, IntegrationLevel.ACTIVE),
          mark(module, IntegrationLevel.COMPLETE), module.summary().name()));
    }
    System.out.println("[INFO] Counts: " + LevelReports.counts(verification) + ".");
    for (String note : verification.notes()) {
      System.out.println("[WARN] " + note);
    }
  }

  /** "1 wiring report", "2 test classes". */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : noun.endsWith("s") ? "es" : "s");
  }

  private static String label(ModuleLevels module) {
    return module.name() + (module.critical() ? " (critical)" : "");
  }

  private static String mark(ModuleLevels module, IntegrationLevel level) {
    return module.has(level) ? "yes" : "-";
  }
}
