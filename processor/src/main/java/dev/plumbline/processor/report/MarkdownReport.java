// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import dev.plumbline.processor.wiring.CompilationKind;
import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.ModuleStatus;
import dev.plumbline.processor.wiring.Root;
import dev.plumbline.processor.wiring.WiringResult;
import dev.plumbline.processor.wiring.WiringSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report for people, {@code META-INF/plumbline/wiring.md}, in the order a reader needs it on
 * a code base of any size: the counts, the findings (NOT WIRED and DUPLICATE modules, with the
 * diagnostic's id and fix), the roots the walk started from (and why each is one), every module
 * with its why-wired path (findings first), and a Mermaid graph of the module dependencies that
 * stays within what Mermaid renders (see {@link MermaidGraph}).
 */
final class MarkdownReport {

  /** Where the report goes in the class output. */
  static final String RESOURCE = "META-INF/plumbline/wiring.md";

  /**
   * Renders the result.
   *
   * @param result the run's result
   * @param sites where each module is declared, in the order of {@code result.modules()}
   * @return Markdown text
   */
  String render(WiringResult result, List<ModuleSite> sites) {
    StringBuilder md = new StringBuilder("# Plumbline wiring report\n\n");
    md.append(header(result));
    if (result.partial()) {
      md.append("**Partial compilation**: ").append(String.join("; ", result.partialReasons()))
          .append(". Nothing is concluded NOT WIRED from this view.\n\n");
    }
    WiringSummary summary = result.summary();
    md.append("| WIRED | NOT WIRED | DUPLICATE | UNVERIFIED | total |\n|---|---|---|---|---|\n")
        .append(String.format("| %d | %d | %d | %d | %d |%n%n", summary.wired(),
            summary.notWired(), summary.duplicate(), summary.unverified(), summary.total()));
    appendFindings(md, result, sites);
    appendRoots(md, result);
    appendModules(md, result);
    md.append("## Module graph\n\n").append(new MermaidGraph(result.modules()).render());
    return md.toString();
  }

  private static String header(WiringResult result) {
    if (result.compilation() == CompilationKind.TEST) {
      return "Test compilation: the main code's modules are read from its index; nothing is"
          + " concluded NOT WIRED from test sources.\n\n";
    }
    Optional<String> entryPoint = result.entryPoint();
    return entryPoint.isPresent()
        ? "Entry point: `" + entryPoint.get() + "`\n\n"
        : "Library compilation (no entry point): modules are verified by the application.\n\n";
  }

  private static void appendFindings(StringBuilder md, WiringResult result, List<ModuleSite> sites) {
    md.append("## Findings\n\n");
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < result.modules().size(); i++) {
      ModuleResult module = result.modules().get(i);
      ModuleSite site = sites.get(i);
      Findings.of(module, result).ifPresent(id -> rows.add("| " + cell(module.name()) + " | "
          + statusText(module.status()) + " | " + id.code() + " | "
          + (module.critical() ? "yes" : "") + " | " + cell(site.location()) + " | "
          + cell(fix(id, module, site, result)) + " |\n"));
    }
    if (rows.isEmpty()) {
      md.append(result.hasEntryPoint() && !result.partial()
          ? "None: every module is WIRED.\n\n"
          : "None concluded here (see the verdicts below).\n\n");
      return;
    }
    md.append("| module | status | id | critical | declared in | what to do |\n")
        .append("|---|---|---|---|---|---|\n");
    rows.forEach(md::append);
    md.append('\n');
  }

  /** The diagnostic's text without its tag, the one explanation the build log also prints. */
  private static String fix(DiagnosticId id, ModuleResult module, ModuleSite site,
      WiringResult result) {
    String message = id == DiagnosticId.DUPLICATE
        ? DiagnosticMessages.duplicate(module, site)
        : DiagnosticMessages.notWired(module, site, result);
    return message.substring(id.tag().length());
  }

  private static void appendRoots(StringBuilder md, WiringResult result) {
    if (result.roots().isEmpty()) {
      return;
    }
    md.append("## Roots\n\nThe walk starts from these classes; a module is WIRED when a path from"
            + " one of them reaches it.\n\n")
        .append("| root | kind | why |\n|---|---|---|\n");
    for (Root root : result.roots()) {
      md.append("| ").append(root.className()).append(" | ").append(root.kind().label())
          .append(" | ").append(cell(root.reason())).append(" |\n");
    }
    md.append('\n');
  }

  private static void appendModules(StringBuilder md, WiringResult result) {
    md.append("## Modules\n\nFindings first. In a path, `→` is a code reference; other hops name"
            + " their kind.\n\n")
        .append("| module | status | critical | origin | why wired (shortest path) |\n")
        .append("|---|---|---|---|---|\n");
    List<ModuleResult> findings = new ArrayList<>();
    List<ModuleResult> rest = new ArrayList<>();
    for (ModuleResult module : result.modules()) {
      boolean finding = module.status() == ModuleStatus.NOT_WIRED
          || module.status() == ModuleStatus.DUPLICATE;
      (finding ? findings : rest).add(module);
    }
    findings.addAll(rest);
    for (ModuleResult module : findings) {
      md.append("| ").append(cell(module.name()))
          .append(" | ").append(statusText(module.status()))
          .append(" | ").append(module.critical() ? "yes" : "")
          .append(" | ").append(module.origin())
          .append(" | ").append(cell(WhyPath.render(module.path())))
          .append(" |\n");
    }
    md.append('\n');
  }

  /** Text that cannot break a table row. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /**
   * A status as people write it.
   *
   * @param status a status
   * @return e.g. {@code NOT WIRED}
   */
  static String statusText(ModuleStatus status) {
    return status.name().replace('_', ' ');
  }
}
