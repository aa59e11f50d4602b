package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.concept.ProjectFacts;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PlumblineCliTest {

  @TempDir Path root;

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  private void build() throws Exception {
    new MemoryStore(root).update(new StructureSnapshot(List.of(
        new ModuleSnapshot("core", ModuleStatus.ACTIVE, IntegrationLevel.WIRED, true, List.of(),
            List.of("core/C.java"), Map.of(), LocalDate.of(2026, 11, 1)),
        new ModuleSnapshot("web", ModuleStatus.ACTIVE, IntegrationLevel.EXISTS, false,
            List.of("core"), List.of("web/W.java", "web/V.java"), Map.of(),
            LocalDate.of(2026, 11, 2))), false),
        new ProjectFacts("Shop", "Sells things.", "17"));
  }

  @Test
  void showPrintsConceptModulesAndLatestLogEntries() throws Exception {
    build();

    int code = PlumblineCli.execute("memory", "show", "--project", root.toString());

    assertThat(code).isZero();
    assertThat(console.out()).contains(
        "[INFO] concept: Shop (Java 17, built with Maven)\n",
        "[INFO]   vision: Sells things.\n",
        "[INFO] structure: 2 modules\n",
        "[INFO]   core: active WIRED critical, 1 file\n",
        "[INFO]   web: active EXISTS, 2 files, uses core\n",
        "[INFO] log: 1 entries, 0 archived\n",
        "success: Created .claude/project_structure.json from the compiled code; added: core, web");
    assertThat(console.err()).isEmpty();
  }

  @Test
  void logAppendsOneValidatedEntry() throws Exception {
    build();

    int code = PlumblineCli.execute("memory", "log", "-p", root.toString(), "--requested",
        "Add search", "--executed", "Added SearchService", "--file", "web/Search.java",
        "--status", "partial", "--notes", "ranking next");

    assertThat(code).isZero();
    String log = Files.readString(root.resolve(".claude/project_log.json"));
    assertThat(log).endsWith("""
          {
            "date": "%s",
            "time": "%s",
            "requested": "Add search",
            "executed": "Added SearchService",
            "files_touched": [
              "web/Search.java"
            ],
            "status": "partial",
            "notes": "ranking next"
          }
        ]
        """.formatted(LocalDate.now(ZoneId.systemDefault()), log.replaceAll("(?s).*\"time\": \"([0-9:]{5})\".*", "$1")));
    assertThat(console.out()).startsWith("✓ appended to .claude/project_log.json: ");
  }

  @Test
  void logRefusesAnInvalidStatusWithExitCodeOneAndWritesNothing() throws Exception {
    build();
    byte[] before = Files.readAllBytes(root.resolve(".claude/project_log.json"));

    int code = PlumblineCli.execute("memory", "log", "-p", root.toString(), "-r", "x", "-e", "y",
        "-s", "done");

    assertThat(code).isEqualTo(ExitCodes.INVALID);
    assertThat(console.err()).isEqualTo("[ERROR] entry refused: status must be success, partial or"
        + " failed, not 'done'. Nothing was written; see 'plumbline memory log --help'.\n");
    assertThat(Files.readAllBytes(root.resolve(".claude/project_log.json"))).isEqualTo(before);
  }

  @Test
  void missingRequiredOptionIsAUsageErrorWithExitCodeTwo() {
    int code = PlumblineCli.execute("memory", "log", "-p", root.toString(), "-r", "x");

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(console.err()).isEqualTo("""
        [ERROR] Missing required option: '--executed=TEXT'
        [ERROR] See 'plumbline memory log --help'.
        """);
  }

  @Test
  void validateNamesTheBrokenFileWithPositionAndExitsOne() throws Exception {
    build();
    Path structure = root.resolve(".claude/project_structure.json");
    Files.writeString(structure, "{\n  \"schemaVersion\": 1,\n  \"modules\": [\n");

    int code = PlumblineCli.execute("memory", "validate", "-p", root.toString());

    assertThat(code).isEqualTo(ExitCodes.INVALID);
    assertThat(console.err()).startsWith("[ERROR] " + structure + ":4:1: not valid JSON (");
    assertThat(console.out()).contains("✓ .claude/project_concept.json is valid\n",
        "✓ .claude/project_log.json is valid\n");
  }

  @Test
  void validateOfGoodFilesExitsZero() throws Exception {
    build();

    assertThat(PlumblineCli.execute("memory", "validate", "-p", root.toString())).isZero();
    assertThat(console.out()).isEqualTo("""
        ✓ .claude/project_concept.json is valid
        ✓ .claude/project_structure.json is valid
        ✓ .claude/project_log.json is valid
        """);
  }

  @Test
  void archiveReportsWhatMoved() throws Exception {
    build();

    assertThat(PlumblineCli.execute("memory", "archive", "-p", root.toString())).isZero();
    assertThat(console.out()).isEqualTo(
        "✓ nothing to archive (at most 200 entries, or none older than 30 days)\n");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    assertThat(PlumblineCli.execute("--help")).isZero();
    assertThat(console.out()).contains("memory", "Exit codes:", "2   wrong usage");

    assertThat(PlumblineCli.execute("memory", "--help")).isZero();
    assertThat(console.out()).contains("show", "log", "archive", "validate");
  }
}
