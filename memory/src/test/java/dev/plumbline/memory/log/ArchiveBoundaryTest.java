package dev.plumbline.memory.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.schema.SchemaCheck;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive rule at its edges, through the store, on real files. */
class ArchiveBoundaryTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final SchemaCheck SCHEMAS = new SchemaCheck();

  @TempDir Path root;
  private final JsonCodec codec = new JsonCodec();

  private MemoryStore store() {
    return new MemoryStore(root,
        Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC), SCHEMAS);
  }

  /** Writes a log whose entry i is dated dates.get(i) and carries "entry-i" as notes. */
  private Path writeLog(List<String> dates) throws Exception {
    ArrayNode log = codec.mapper().createArrayNode();
    for (int i = 0; i < dates.size(); i++) {
      log.addObject().put("date", dates.get(i)).put("time", "08:00").put("requested", "r")
          .put("executed", "e").put("status", "success").put("notes", "entry-" + i)
          .putArray("files_touched");
    }
    Path claude = Files.createDirectories(root.resolve(".claude"));
    Files.write(MemoryFile.LOG.in(claude), codec.toBytes(log));
    return claude;
  }

  private static List<String> dates(int count, LocalDate date) {
    List<String> dates = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      dates.add(date.toString());
    }
    return dates;
  }

  private List<String> notes(Path file) throws Exception {
    List<String> notes = new ArrayList<>();
    for (JsonNode entry : codec.read(file)) {
      notes.add(entry.path("notes").asText());
    }
    return notes;
  }

  @Test
  void twoHundredEntriesStayEvenWhenAllAreOld() throws Exception {
    Path claude = writeLog(dates(200, TODAY.minusDays(90)));
    byte[] before = Files.readAllBytes(MemoryFile.LOG.in(claude));

    assertThat(store().archive()).isZero();

    assertThat(Files.readAllBytes(MemoryFile.LOG.in(claude))).isEqualTo(before);
    assertThat(Files.exists(MemoryFile.ARCHIVE.in(claude))).isFalse();
  }

  @Test
  void twoHundredAndOneEntriesMoveEveryOldEntryInOrder() throws Exception {
    List<String> dates = dates(201, TODAY.minusDays(31));
    dates.set(0, TODAY.toString());
    dates.set(100, TODAY.minusDays(5).toString());
    Path claude = writeLog(dates);

    assertThat(store().archive()).isEqualTo(199);

    assertThat(notes(MemoryFile.LOG.in(claude))).containsExactly("entry-0", "entry-100");
    List<String> archived = notes(MemoryFile.ARCHIVE.in(claude));
    assertThat(archived).hasSize(199).startsWith("entry-1", "entry-2").endsWith("entry-200")
        .doesNotContain("entry-0", "entry-100").doesNotHaveDuplicates();
  }

  @Test
  void entryExactlyThirtyDaysOldStaysAndThirtyOneDaysOldMoves() throws Exception {
    List<String> dates = dates(199, TODAY);
    dates.add(TODAY.minusDays(30).toString());
    dates.add(TODAY.minusDays(31).toString());
    Path claude = writeLog(dates);

    assertThat(store().archive()).isEqualTo(1);

    assertThat(notes(MemoryFile.ARCHIVE.in(claude))).containsExactly("entry-200");
    assertThat(notes(MemoryFile.LOG.in(claude))).hasSize(200).endsWith("entry-199");
  }

  @Test
  void movedEntriesAreAppendedAfterTheExistingArchive() throws Exception {
    Path claude = writeLog(dates(201, TODAY.minusDays(40)));
    Files.writeString(MemoryFile.ARCHIVE.in(claude), "[{\"date\": \"2025-01-01\", \"time\":"
        + " \"01:00\", \"requested\": \"r\", \"executed\": \"e\", \"files_touched\": [], \"status\":"
        + " \"failed\", \"notes\": \"older\", \"by\": \"ana\"}]");

    store().archive();

    List<String> archived = notes(MemoryFile.ARCHIVE.in(claude));
    assertThat(archived).hasSize(202).startsWith("older", "entry-0").endsWith("entry-200");
    assertThat(codec.read(MemoryFile.ARCHIVE.in(claude)).get(0).path("by").asText())
        .isEqualTo("ana");
    assertThat(notes(MemoryFile.LOG.in(claude))).isEmpty();
  }

  @Test
  void impossibleCalendarDateIsRefusedWhenReadSoNothingMovesAndNothingIsAppended()
      throws Exception {
    List<String> dates = dates(201, TODAY.minusDays(90));
    dates.set(150, "2026-02-30");
    Path claude = writeLog(dates);
    byte[] before = Files.readAllBytes(MemoryFile.LOG.in(claude));
    Path log = MemoryFile.LOG.in(claude);
    String expected = log + ":" + (150 * 9 + 3) + ":13: breaks its schema at /150/date:"
        + " '2026-02-30' is not a calendar date (YYYY-MM-DD). Plumbline did not change the file";

    assertThatThrownBy(() -> store().archive())
        .isInstanceOf(MemoryFileException.class).hasMessageStartingWith(expected);
    // Issue #17, point 2: the append used to be written before the archive rule failed.
    assertThatThrownBy(() -> store().appendLog(LogEntry.at(LocalDateTime.of(2026, 11, 25, 9, 0),
        "r", "e", List.of(), LogStatus.SUCCESS, "")))
        .isInstanceOf(MemoryFileException.class).hasMessageStartingWith(expected);
    assertThat(store().validate()).singleElement().extracting(Throwable::getMessage)
        .asString().startsWith(expected);
    assertThat(Files.readAllBytes(log)).isEqualTo(before);
    assertThat(Files.exists(MemoryFile.ARCHIVE.in(claude))).isFalse();
  }

  @Test
  void aBuildOverALogWithAnImpossibleDateChangesNoFileSoTheNextBuildDoesNotAppendTwice()
      throws Exception {
    store().update(oneModule("kept"), null);
    List<String> dates = dates(201, TODAY.minusDays(90));
    dates.set(150, "2026-02-30");
    Path claude = writeLog(dates);
    Map<MemoryFile, byte[]> before = new EnumMap<>(MemoryFile.class);
    for (MemoryFile file : List.of(MemoryFile.STRUCTURE, MemoryFile.LOG)) {
      before.put(file, Files.readAllBytes(file.in(claude)));
    }
    String expected = MemoryFile.LOG.in(claude) + ":" + (150 * 9 + 3) + ":13: breaks its schema"
        + " at /150/date: '2026-02-30' is not a calendar date (YYYY-MM-DD).";

    // Issue #17, point 2: a build that changed the structure used to fail after writing it and
    // its log entry, and the next build appended again. Twice: the second finds what the first.
    for (int build = 0; build < 2; build++) {
      assertThatThrownBy(() -> store().update(oneModule("added"), null))
          .isInstanceOf(MemoryFileException.class).hasMessageStartingWith(expected);
      for (MemoryFile file : before.keySet()) {
        assertThat(Files.readAllBytes(file.in(claude))).as("%s after build %d", file, build)
            .isEqualTo(before.get(file));
      }
      assertThat(Files.exists(MemoryFile.ARCHIVE.in(claude))).isFalse();
    }
  }

  private static StructureSnapshot oneModule(String name) {
    return new StructureSnapshot(List.of(new ModuleSnapshot(name, ModuleStatus.ACTIVE,
        IntegrationLevel.EXISTS, false, List.of(), List.of(name + "/X.java"), Map.of(), null)),
        true);
  }

  @Test
  void impossibleTimeIsRefusedWhenRead() throws Exception {
    List<String> dates = dates(3, TODAY);
    Path claude = writeLog(dates);
    Path log = MemoryFile.LOG.in(claude);
    Files.writeString(log, Files.readString(log).replaceFirst("08:00", "25:99"));

    assertThat(store().validate()).singleElement().extracting(Throwable::getMessage).asString()
        .startsWith(log + ":4:13: breaks its schema at /0/time: '25:99' is not a time of day to"
            + " the minute (HH:MM, 00:00 to 23:59).");
  }

  @Test
  void theArchiveRuleItselfStillRefusesADateItCannotRead() {
    ArrayNode log = codec.mapper().createArrayNode();
    for (int i = 0; i < 201; i++) {
      log.addObject().put("date", i == 7 ? "2026-13-01" : "2026-01-01");
    }

    assertThatThrownBy(() -> new ArchiveRule(codec.mapper()).plan(log, Path.of("log.json"),
        codec.toBytes(log), TODAY))
        .hasMessageStartingWith("log.json:24:13: entry 7 has date '2026-13-01', which is not a"
            + " calendar date (YYYY-MM-DD). Nothing was archived");
  }

  @Test
  void dateInTheWrongFormatIsASchemaErrorAndNothingMoves() throws Exception {
    List<String> dates = dates(201, TODAY.minusDays(90));
    dates.set(7, "25/11/2026");
    Path claude = writeLog(dates);
    byte[] before = Files.readAllBytes(MemoryFile.LOG.in(claude));

    assertThatThrownBy(() -> store().archive())
        .hasMessageContaining("project_log.json:66:13: breaks its schema at /7/date:");
    assertThat(Files.readAllBytes(MemoryFile.LOG.in(claude))).isEqualTo(before);
    assertThat(Files.exists(MemoryFile.ARCHIVE.in(claude))).isFalse();
  }
}
