// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import dev.plumbline.processor.wiring.CompilationKind;
import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.ModuleStatus;
import dev.plumbline.processor.wiring.WiringResult;
import dev.plumbline.processor.wiring.WiringSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report for people, {@code META-INF/plumbline/wiring.md}: summary counts, one table row per
 * module with its why-wired path, and a Mermaid graph of the module dependencies (code hosts
 * render it).
 */
public final class MarkdownReport {

  /** Where the report goes in the class output. */
  public static final String RESOURCE = "META-INF/plumbline/wiring.md";

  private static final String ARROW = " → ";

  /**
   * Renders the result.
   *
   * @param result the run's result
   * @return Markdown text
   */
  public String render(WiringResult result) {
    StringBuilder md = new StringBuilder("# Plumbline wiring report\n\n");
    if (result.compilation() == CompilationKind.TEST) {
      md.append("Test compilation: the main code's modules are read from its index; nothing is"
          + " concluded NOT WIRED from test sources.\n\n");
    } else {
      md.append(result.hasEntryPoint()
          ? "Entry point: `" + result.entryPoint() + "`\n\n"
          : "Library compilation (no entry point): modules are verified by the application.\n\n");
    }
    if (result.partial()) {
      md.append("**Partial compilation**: ").append(String.join("; ", result.partialReasons()))
          .append(". Nothing is concluded NOT WIRED from this view.\n\n");
    }
    WiringSummary summary = result.summary();
    md.append("| WIRED | NOT WIRED | DUPLICATE | total |\n|---|---|---|---|\n")
        .append(String.format("| %d | %d | %d | %d |%n%n",
            summary.wired(), summary.notWired(), summary.duplicate(), summary.total()));
    md.append("| module | status | critical | origin | why wired (shortest path) |\n")
        .append("|---|---|---|---|---|\n");
    for (ModuleResult module : result.modules()) {
      md.append("| ").append(module.name())
          .append(" | ").append(statusText(module.status()))
          .append(" | ").append(module.critical() ? "yes" : "")
          .append(" | ").append(module.origin())
          .append(" | ").append(String.join(ARROW, module.path()))
          .append(" |\n");
    }
    md.append("\n```mermaid\n").append(mermaid(result.modules())).append("```\n");
    return md.toString();
  }

  /**
   * A status as people write it.
   *
   * @param status a status
   * @return e.g. {@code NOT WIRED}
   */
  public static String statusText(ModuleStatus status) {
    return status.name().replace('_', ' ');
  }

  private static String mermaid(List<ModuleResult> modules) {
    Map<String, String> ids = new HashMap<>();
    StringBuilder graph = new StringBuilder("graph LR\n");
    for (int i = 0; i < modules.size(); i++) {
      ModuleResult module = modules.get(i);
      String id = "m" + i;
      ids.putIfAbsent(module.name(), id);
      graph.append("  ").append(id).append("[\"").append(module.name().replace("\"", "'"))
          .append("<br/>").append(statusText(module.status())).append("\"]:::")
          .append(module.status().name().toLowerCase(Locale.ROOT)).append('\n');
    }
    for (ModuleResult module : modules) {
      for (String dependency : module.dependsOn()) {
        graph.append("  ").append(ids.get(module.name())).append(" --> ")
            .append(ids.get(dependency)).append('\n');
      }
    }
    graph.append("  classDef wired fill:#c8f7c5,stroke:#2e7d32\n")
        .append("  classDef not_wired fill:#ffd6d6,stroke:#c62828\n")
        .append("  classDef duplicate fill:#fff3c4,stroke:#f9a825\n")
        .append("  classDef unverified fill:#eeeeee,stroke:#757575\n");
    return graph.toString();
  }
}
