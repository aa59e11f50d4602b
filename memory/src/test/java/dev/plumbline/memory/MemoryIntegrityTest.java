package dev.plumbline.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import dev.plumbline.memory.schema.SchemaCheck;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #17, points 5, 7 and 8: links, people's numbers, read-only checkouts. */
class MemoryIntegrityTest {

  private static final SchemaCheck SCHEMAS = new SchemaCheck();

  @TempDir Path temp;

  private Path project() throws Exception {
    return Files.createDirectories(temp.resolve("project"));
  }

  private Path claude() throws Exception {
    return Files.createDirectories(project().resolve(MemoryFile.DIRECTORY));
  }

  private MemoryStore store() throws Exception {
    return new MemoryStore(project(),
        Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC), SCHEMAS);
  }

  private static LogEntry entry() {
    return LogEntry.at(LocalDateTime.of(2026, 11, 25, 12, 0), "r", "e", List.of(),
        LogStatus.SUCCESS, "");
  }

  private static StructureSnapshot snapshot(String... modules) {
    return new StructureSnapshot(List.of(modules).stream().map(name -> new ModuleSnapshot(name,
        ModuleStatus.ACTIVE, IntegrationLevel.EXISTS, false, List.of(), List.of(name + "/X.java"),
        Map.of(), null)).toList(), false);
  }

  @Test
  void aDanglingLockFileLinkIsRefusedAndItsTargetIsNeverCreated() throws Exception {
    Path outside = temp.resolve("outside/created-by-plumbline");
    Files.createDirectories(outside.getParent());
    Files.createSymbolicLink(claude().resolve(".plumbline.lock"), outside);

    assertThatThrownBy(() -> store().appendLog(entry()))
        .isInstanceOf(MemoryFileException.class)
        .hasMessageStartingWith(claude().resolve(".plumbline.lock") + ": is a symbolic link.");
    assertThatThrownBy(() -> store().validate()).isInstanceOf(MemoryFileException.class);
    assertThat(outside).doesNotExist();
    assertThat(MemoryFile.LOG.in(claude())).doesNotExist();
  }

  @Test
  void recoveryRefusesAPendingFileThatIsALinkInsteadOfInstallingIt() throws Exception {
    store().appendLog(entry());
    Path archive = MemoryFile.ARCHIVE.in(claude());
    Files.writeString(archive, "[]\n", StandardCharsets.UTF_8);
    Path evil = temp.resolve("outside/evil.json");
    Files.createDirectories(evil.getParent());
    Files.writeString(evil, "[]\n", StandardCharsets.UTF_8);
    Files.createSymbolicLink(claude().resolve(".project_log_archive.json.plumbline-pending"),
        evil);
    Files.writeString(claude().resolve(".plumbline-journal.json"), "{\"journalVersion\": 2,"
        + " \"renames\": [{\"file\": \"ARCHIVE\", \"beforeSize\": " + Files.size(archive)
        + ", \"beforeModified\": " + Files.getLastModifiedTime(archive).toMillis() + "}]}");

    assertThatThrownBy(() -> store().appendLog(entry()))
        .isInstanceOf(MemoryFileException.class)
        .hasMessageContaining(".project_log_archive.json.plumbline-pending: is a symbolic link");
    assertThat(Files.isSymbolicLink(archive)).isFalse();
    assertThat(Files.readString(archive)).isEqualTo("[]\n");
  }

  @Test
  void aMemoryFileThatIsALinkIsRefused() throws Exception {
    Path elsewhere = temp.resolve("outside/log.json");
    Files.createDirectories(elsewhere.getParent());
    Files.writeString(elsewhere, "[]\n", StandardCharsets.UTF_8);
    Files.createSymbolicLink(MemoryFile.LOG.in(claude()), elsewhere);

    assertThatThrownBy(() -> store().appendLog(entry()))
        .hasMessageStartingWith(MemoryFile.LOG.in(claude()) + ": is a symbolic link.");
    assertThat(Files.readString(elsewhere)).isEqualTo("[]\n");
  }

  @Test
  void theMemoryDirectoryMayLinkInsideTheProjectButNotOutsideIt() throws Exception {
    Path inside = Files.createDirectories(project().resolve("docs/memory"));
    Files.createSymbolicLink(project().resolve(MemoryFile.DIRECTORY), inside);
    store().appendLog(entry());
    assertThat(MemoryFile.LOG.in(inside)).exists();

    Files.delete(project().resolve(MemoryFile.DIRECTORY));
    Path outside = Files.createDirectories(temp.resolve("outside/memory"));
    Files.createSymbolicLink(project().resolve(MemoryFile.DIRECTORY), outside);
    assertThatThrownBy(() -> store().appendLog(entry()))
        .hasMessageContaining(".claude: is a symbolic link to " + outside.toRealPath()
            + ", which is not a directory inside the project");
    try (var files = Files.list(outside)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void peoplesNumbersSurviveAMergeAndAnArchiveMoveCharacterForCharacter() throws Exception {
    store().update(snapshot("core"), null);
    Path structure = MemoryFile.STRUCTURE.in(claude());
    String numbers = "\"weights\": [-0, -0.0, 1e2, 1E+2, 1e400, 1.50]";
    Files.writeString(structure, Files.readString(structure)
        .replace("\"status\": \"active\",", "\"status\": \"active\", " + numbers + ","));
    StringBuilder log = new StringBuilder("[");
    for (int i = 0; i < 201; i++) {
      log.append(i == 0 ? "" : ",").append("{\"date\": \"2026-01-01\", \"time\": \"08:00\","
          + " \"requested\": \"r\", \"executed\": \"e\", \"files_touched\": [], \"status\":"
          + " \"success\", \"notes\": \"\", \"cost\": -0.0, \"tokens\": 1e2}");
    }
    Files.writeString(MemoryFile.LOG.in(claude()), log.append("]"));

    UpdateOutcome outcome = store().update(snapshot("core", "web"), null);

    assertThat(outcome.archivedEntries()).isEqualTo(201);
    assertThat(Files.readString(structure).replaceAll("\\s", ""))
        .contains(numbers.replace(" ", ""));
    String archive = Files.readString(MemoryFile.ARCHIVE.in(claude()));
    assertThat(archive).contains("\"cost\": -0.0,\n    \"tokens\": 1e2\n");
  }

  @Test
  void validateWorksOnAReadOnlyCheckoutWithoutTakingAWriteLock() throws Exception {
    store().update(snapshot("core"), null);
    Path lock = claude().resolve(".plumbline.lock");
    Files.delete(lock);
    makeReadOnly(claude());
    try {
      assertThat(store().validate()).isEmpty();
      assertThat(store().read(MemoryFile.STRUCTURE)).isPresent();
      assertThat(lock).doesNotExist();
    } finally {
      makeWritable(claude());
    }
  }

  @Test
  void aPendingWriteInAReadOnlyCheckoutIsReportedNotCompleted() throws Exception {
    store().update(snapshot("core"), null);
    Path journal = claude().resolve(".plumbline-journal.json");
    Files.writeString(journal, "{\"journalVersion\": 2, \"renames\": []}");
    makeReadOnly(claude());
    try {
      assertThat(store().validate()).singleElement().extracting(Throwable::getMessage).asString()
          .startsWith(journal + ": an interrupted Plumbline write is pending and cannot be"
              + " completed here: the directory is not writable.");
    } finally {
      makeWritable(claude());
    }
    assertThat(journal).exists();
  }

  /**
   * Makes a directory unwritable even for root (which ignores permissions): the immutable
   * attribute where chattr is available, else the permissions.
   */
  private static void makeReadOnly(Path directory) throws Exception {
    if ("root".equals(System.getProperty("user.name"))) {
      int code = new ProcessBuilder("chattr", "+i", directory.toString()).inheritIO().start()
          .waitFor();
      assumeThat(code).as("chattr +i (needed to make a directory read-only for root)").isZero();
    } else {
      assertThat(directory.toFile().setWritable(false, false)).isTrue();
    }
    assertThat(Files.isWritable(directory)).isFalse();
  }

  private static void makeWritable(Path directory) throws Exception {
    if ("root".equals(System.getProperty("user.name"))) {
      new ProcessBuilder("chattr", "-i", directory.toString()).inheritIO().start().waitFor();
    } else {
      directory.toFile().setWritable(true, false);
    }
  }
}
