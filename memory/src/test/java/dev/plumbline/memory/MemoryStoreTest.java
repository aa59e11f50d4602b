package dev.plumbline.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.memory.concept.ProjectFacts;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.schema.SchemaCheck;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.SourceFingerprint;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryStoreTest {

  private static final SchemaCheck SCHEMAS = new SchemaCheck();
  private static final ProjectFacts FACTS =
      new ProjectFacts("Shop", "Sells   things\n  online.", "17");

  @TempDir Path root;

  private MemoryStore store(String instant) {
    return new MemoryStore(root, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), SCHEMAS);
  }

  private static StructureSnapshot snapshot(String... modules) {
    return new StructureSnapshot(List.of(modules).stream()
        .map(name -> new ModuleSnapshot(name, ModuleStatus.ACTIVE, IntegrationLevel.EXISTS, false,
            List.of(), List.of(name + "/src/main/java/X.java"), Map.of(),
            LocalDate.of(2026, 11, 1)))
        .toList(), false);
  }

  private String read(MemoryFile file) throws Exception {
    return Files.readString(file.in(root.resolve(".claude")), StandardCharsets.UTF_8);
  }

  @Test
  void firstBuildCreatesAllThreeFilesFromRealValues() throws Exception {
    UpdateOutcome outcome = store("2026-11-25T09:30:00Z").update(snapshot("core"), FACTS);

    assertThat(outcome.conceptCreated()).isTrue();
    assertThat(read(MemoryFile.CONCEPT)).isEqualTo("""
        {
          "name": "Shop",
          "vision": "Sells things online.",
          "platform": "Java 17, built with Maven"
        }
        """);
    assertThat(read(MemoryFile.LOG)).isEqualTo("""
        [
          {
            "date": "2026-11-25",
            "time": "09:30",
            "requested": "Build: keep the project structure current",
            "executed": "Created .claude/project_structure.json from the compiled code; added: core",
            "files_touched": [
              ".claude/project_structure.json"
            ],
            "status": "success",
            "notes": ""
          }
        ]
        """);
    assertThat(read(MemoryFile.STRUCTURE)).contains("\"core\": {");
    assertThat(Files.readString(root.resolve(".claude/.gitignore"), StandardCharsets.UTF_8))
        .isEqualTo("# Plumbline's lock, journal and in-flight files; the memory files are"
            + " committed.\n.plumbline*\n");
    assertThat(Files.exists(MemoryFile.ARCHIVE.in(root.resolve(".claude")))).isFalse();
  }

  @Test
  void withoutFactsNoConceptIsInvented() throws Exception {
    UpdateOutcome outcome = store("2026-11-25T09:30:00Z").update(snapshot("core"), null);

    assertThat(outcome.conceptMissing()).isTrue();
    assertThat(Files.exists(MemoryFile.CONCEPT.in(root.resolve(".claude")))).isFalse();
  }

  @Test
  void unchangedCodeLeavesEveryFileByteIdenticalAndLogsNothing() throws Exception {
    store("2026-11-25T09:30:00Z").update(snapshot("core", "web"), FACTS);
    Path claude = root.resolve(".claude");
    String reformatted = "{\"schemaVersion\":1,\"modules\":"
        + Files.readString(MemoryFile.STRUCTURE.in(claude)).replaceAll("(?s)^.*\"modules\": ", "")
            .replace("\n", "\r\n");
    Files.writeString(MemoryFile.STRUCTURE.in(claude), reformatted, StandardCharsets.UTF_8);
    byte[] structure = Files.readAllBytes(MemoryFile.STRUCTURE.in(claude));
    byte[] log = Files.readAllBytes(MemoryFile.LOG.in(claude));
    byte[] concept = Files.readAllBytes(MemoryFile.CONCEPT.in(claude));

    UpdateOutcome outcome = store("2026-11-26T10:00:00Z").update(snapshot("web", "core"), FACTS);

    assertThat(outcome.structureWritten()).isFalse();
    assertThat(outcome.logAppended()).isFalse();
    assertThat(Files.readAllBytes(MemoryFile.STRUCTURE.in(claude))).isEqualTo(structure);
    assertThat(Files.readAllBytes(MemoryFile.LOG.in(claude))).isEqualTo(log);
    assertThat(Files.readAllBytes(MemoryFile.CONCEPT.in(claude))).isEqualTo(concept);
  }

  @Test
  void structureChangeAppendsOneEntrySayingWhatChanged() throws Exception {
    store("2026-11-25T09:30:00Z").update(snapshot("core", "old"), FACTS);

    UpdateOutcome outcome = store("2026-11-26T10:00:00Z").update(snapshot("core", "web"), FACTS);

    assertThat(outcome.changes().describe()).isEqualTo("added: web; removed: old");
    String log = read(MemoryFile.LOG);
    assertThat(log).contains("\"executed\": \"Updated .claude/project_structure.json from the"
        + " compiled code; added: web; removed: old\"");
    assertThat(log.split("\"requested\"", -1)).hasSize(3);
  }

  @Test
  void corruptStructureFailsWithFileLineAndColumnAndStaysByteIdentical() throws Exception {
    Path claude = Files.createDirectories(root.resolve(".claude"));
    Path structure = MemoryFile.STRUCTURE.in(claude);
    byte[] corrupt = "{\n  \"schemaVersion\": 1,\n  \"modules\": {\n    \"a\": {,}\n  }\n}\n"
        .getBytes(StandardCharsets.UTF_8);
    Files.write(structure, corrupt);

    assertThatThrownBy(() -> store("2026-11-25T09:30:00Z").update(snapshot("a"), FACTS))
        .isInstanceOf(MemoryFileException.class)
        .hasMessageStartingWith(structure + ":4:11: not valid JSON (Unexpected character (','")
        .hasMessageEndingWith("Plumbline did not change the file: fix the JSON at that position by"
            + " hand (or restore the file from version control) and run the build again");
    assertThat(Files.readAllBytes(structure)).isEqualTo(corrupt);
    assertThat(Files.exists(MemoryFile.LOG.in(claude))).isFalse();
  }

  @Test
  void duplicateKeysAreRejectedRatherThanSilentlyDropped() throws Exception {
    Path claude = Files.createDirectories(root.resolve(".claude"));
    Files.writeString(MemoryFile.CONCEPT.in(claude),
        "{\"name\": \"A\",\n \"name\": \"B\", \"platform\": \"x\"}", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> store("2026-11-25T09:30:00Z").update(snapshot("a"), FACTS))
        .hasMessageContaining("project_concept.json:2:8: not valid JSON (Duplicate field 'name')");
  }

  @Test
  void schemaViolationIsReportedAtItsPositionAndNothingIsWritten() throws Exception {
    Path claude = Files.createDirectories(root.resolve(".claude"));
    Path log = MemoryFile.LOG.in(claude);
    String content = "[\n  {\"date\": \"2026-11-01\", \"time\": \"10:00\", \"requested\": \"r\","
        + " \"executed\": \"e\", \"files_touched\": [],\n   \"status\": \"done\", \"notes\": \"\"}\n]";
    Files.writeString(log, content, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> store("2026-11-25T09:30:00Z").update(snapshot("a"), FACTS))
        .isInstanceOf(MemoryFileException.class)
        .hasMessageStartingWith(log + ":3:14: breaks its schema at /0/status: ")
        .hasMessageContaining("success");
    assertThat(Files.readString(log, StandardCharsets.UTF_8)).isEqualTo(content);
    assertThat(Files.exists(MemoryFile.STRUCTURE.in(claude))).isFalse();
    assertThat(Files.exists(MemoryFile.CONCEPT.in(claude))).isFalse();
  }

  @Test
  void conceptIsValidatedOnEveryBuildAndNeverRewritten() throws Exception {
    Path claude = Files.createDirectories(root.resolve(".claude"));
    Path concept = MemoryFile.CONCEPT.in(claude);
    Files.writeString(concept, "{\"name\": \"Mine\", \"platform\": \"JVM\", \"goals\": [\"fast\"],"
        + " \"extra\": {\"k\": 1}}", StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(concept);

    store("2026-11-25T09:30:00Z").update(snapshot("a"), FACTS);
    assertThat(Files.readAllBytes(concept)).isEqualTo(before);

    Files.writeString(concept, "{\"platform\": \"JVM\"}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> store("2026-11-25T09:30:00Z").update(snapshot("b"), FACTS))
        .hasMessageContaining("project_concept.json:1:1: breaks its schema at the document:")
        .hasMessageContaining("name");
  }

  @Test
  void validateReportsEveryInvalidFile() throws Exception {
    Path claude = Files.createDirectories(root.resolve(".claude"));
    Files.writeString(MemoryFile.LOG.in(claude), "[", StandardCharsets.UTF_8);
    Files.writeString(MemoryFile.ARCHIVE.in(claude), "{}", StandardCharsets.UTF_8);

    List<MemoryFileException> problems = store("2026-11-25T09:30:00Z").validate();

    assertThat(problems).extracting(MemoryFileException::file).containsExactly(
        MemoryFile.LOG.in(claude), MemoryFile.ARCHIVE.in(claude));
  }

  @Test
  void aFileEditedAfterPlumblineWroteItIsSchemaCheckedAgain() throws Exception {
    store("2026-11-25T09:30:00Z").update(snapshot("core"), FACTS);
    Path structure = MemoryFile.STRUCTURE.in(root.resolve(".claude"));
    String edited = Files.readString(structure, StandardCharsets.UTF_8)
        .replace("\"status\": \"active\"", "\"status\": \"paused\"");
    Files.writeString(structure, edited, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> store("2026-11-26T09:30:00Z").update(snapshot("core", "web"), FACTS))
        .hasMessageStartingWith(structure + ":6:17: breaks its schema at /modules/core/status: ");
    assertThat(Files.readString(structure, StandardCharsets.UTF_8)).isEqualTo(edited);
  }

  private static StructureSnapshot fingerprinted(String content, String day) {
    String file = "core/src/main/java/X.java";
    return new StructureSnapshot(List.of(new ModuleSnapshot("core", ModuleStatus.ACTIVE,
        IntegrationLevel.EXISTS, false, List.of(), List.of(file), Map.of(), LocalDate.parse(day),
        SourceFingerprint.ofContents(new TreeMap<>(Map.of(file, content))))), false);
  }

  @Test
  void aStructureWrittenBeforeFingerprintsGetsThemWithoutALogEntry() throws Exception {
    store("2026-11-25T09:30:00Z").update(snapshot("core"), FACTS);
    Path claude = root.resolve(".claude");
    byte[] log = Files.readAllBytes(MemoryFile.LOG.in(claude));
    String legacy = read(MemoryFile.STRUCTURE);

    UpdateOutcome outcome = store("2026-11-26T10:00:00Z")
        .update(fingerprinted("class X {}\n", "2026-11-26"), FACTS);

    assertThat(outcome.structureWritten()).isTrue();
    assertThat(outcome.logAppended()).isFalse();
    assertThat(outcome.fingerprinted()).containsExactly("core");
    assertThat(Files.readAllBytes(MemoryFile.LOG.in(claude))).isEqualTo(log);
    assertThat(read(MemoryFile.STRUCTURE)).isEqualTo(legacy.replace(
        "\"lastModified\": \"2026-11-01\"\n", "\"lastModified\": \"2026-11-01\",\n"
            + "      \"sourceFingerprint\": \"" + SourceFingerprint.ofContents(
                new TreeMap<>(Map.of("core/src/main/java/X.java", "class X {}\n"))) + "\"\n"));
    assertThat(store("2026-11-27T10:00:00Z").validate()).isEmpty();
  }

  @Test
  void aTouchedButUnchangedModuleIsByteIdenticalAndAnEditIsLoggedWithItsDate() throws Exception {
    store("2026-11-25T09:30:00Z").update(fingerprinted("class X {}\n", "2026-11-25"), FACTS);
    Path claude = root.resolve(".claude");
    byte[] structure = Files.readAllBytes(MemoryFile.STRUCTURE.in(claude));
    byte[] log = Files.readAllBytes(MemoryFile.LOG.in(claude));

    UpdateOutcome touched = store("2026-11-28T10:00:00Z")
        .update(fingerprinted("class X {}\n", "2026-11-28"), FACTS);

    assertThat(touched.structureWritten()).isFalse();
    assertThat(Files.readAllBytes(MemoryFile.STRUCTURE.in(claude))).isEqualTo(structure);
    assertThat(Files.readAllBytes(MemoryFile.LOG.in(claude))).isEqualTo(log);

    UpdateOutcome edited = store("2026-11-29T10:00:00Z")
        .update(fingerprinted("class X { int y; }\n", "2026-11-29"), FACTS);

    assertThat(edited.logAppended()).isTrue();
    assertThat(read(MemoryFile.STRUCTURE)).contains("\"lastModified\": \"2026-11-29\"");
    assertThat(read(MemoryFile.LOG)).contains("\"executed\": \"Updated"
        + " .claude/project_structure.json from the compiled code; changed: core\"");
  }
}
