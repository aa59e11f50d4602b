package dev.plumbline.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.processor.FileCompilation.Mode;
import dev.plumbline.processor.FileCompilation.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated application of 120 packages whose module graph has 837 dependencies, more than
 * Mermaid draws with its defaults: {@code wiring.md} starts with its findings, and its Mermaid
 * block stays within Mermaid's default limits. The report is kept in {@code
 * target/report-scale/wiring.md}, where {@code bench/wiring-report-scale/run.sh} renders the block
 * with the Mermaid CLI.
 */
class ReportScaleTest {

  private static final int PACKAGES = 120;
  private static final int DEPENDENCIES_EACH = 6;
  /** Packages nothing uses: the findings. */
  private static final List<Integer> UNUSED = List.of(117, 118, 119);

  @TempDir Path work;

  @Test
  void aLargeReportStartsWithItsFindingsAndItsGraphStaysWithinMermaidsLimits()
      throws IOException {
    FileCompilation project = new FileCompilation(work);
    List<String> main = new ArrayList<>(List.of("package app;", "", "public class Main {",
        "  public static void main(String[] args) {"));
    for (int i = 0; i < PACKAGES - UNUSED.size(); i++) {
      main.add("    app.p" + i + ".C" + i + ".run();");
    }
    main.add("  }");
    main.add("}");
    project.source("app.Main", main.toArray(new String[0]));
    for (int i = 0; i < PACKAGES; i++) {
      List<String> body = new ArrayList<>(List.of("package app.p" + i + ";", "",
          "public class C" + i + " {", "  public static void run() {}", "  static void uses() {"));
      for (int d = 1; d <= DEPENDENCIES_EACH; d++) {
        int target = (i + d * 7) % (PACKAGES - UNUSED.size());
        body.add("    app.p" + target + ".C" + target + ".run();");
      }
      body.add("  }");
      body.add("}");
      project.source("app.p" + i + ".C" + i, body.toArray(new String[0]));
    }
    Result result = project.options("-Aplumbline.entryPoint=app.Main").compile(Mode.PROCESSOR);
    String markdown = result.report("wiring.md");
    Path kept = Path.of("target", "report-scale", "wiring.md");
    Files.createDirectories(kept.getParent());
    Files.writeString(kept, markdown, UTF_8);

    List<String> lines = markdown.lines().toList();
    assertThat(lines.get(0)).isEqualTo("# Plumbline wiring report");
    int findings = lines.indexOf("## Findings");
    assertThat(findings).as("Findings right after the counts").isEqualTo(8);
    assertThat(lines.subList(findings, findings + 4 + UNUSED.size()))
        .filteredOn(line -> line.startsWith("| app.p11"))
        .hasSize(UNUSED.size());
    String mermaid = markdown.substring(markdown.indexOf("```mermaid"));
    long edges = mermaid.lines().filter(line -> line.contains(" --> ")).count();
    assertThat(edges).isPositive().isLessThanOrEqualTo(500);
    assertThat(mermaid.length()).isLessThanOrEqualTo(50_000);
    // 120 packages with 6 dependencies each, and the main package's 117.
    assertThat(markdown).contains("> The full module graph (121 modules, 837 dependencies) is"
        + " over Mermaid's default limits (500 edges, 50,000 characters): this graph shows the 3"
        + " findings and the 18 modules they depend on or that depend on them.");
  }
}
