package dev.plumbline.memory.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.memory.MemoryFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #17, points 2 and 8: a write that fails for lack of space (here a file-size limit on a
 * real child JVM, which fails writes the same way a full disk does) leaves every memory file as
 * it was, leaves no pending or temporary file behind to hold the last free space, exits
 * non-zero and names the file it could not write.
 */
class FullDiskTest {

  /** How much a file may grow past the seeded log: less than one entry. */
  private static final int HEADROOM = 100;

  @TempDir Path root;

  private Path seedLog(int entries, LocalDate date) throws Exception {
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < entries; i++) {
      json.append("  {\"date\": \"").append(date).append("\", \"time\": \"08:00\", \"requested\":"
          + " \"seeded\", \"executed\": \"seeded entry number ").append(i).append(" of the full"
          + " disk test\", \"files_touched\": [\"src/A.java\"], \"status\": \"success\","
          + " \"notes\": \"id-").append(i).append("\"}").append(i + 1 < entries ? ",\n" : "\n");
    }
    Path claude = Files.createDirectories(root.resolve(MemoryFile.DIRECTORY));
    Path log = MemoryFile.LOG.in(claude);
    Files.writeString(log, json.append("]\n"), StandardCharsets.UTF_8);
    return log;
  }

  private String runAppendOnce(Path log) throws Exception {
    Process worker = Workers.startWithFileSizeLimit(Files.size(log) + HEADROOM, "append-once",
        root.toString());
    String output = new String(worker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(worker.waitFor()).as(output).isEqualTo(1);
    return output;
  }

  private List<String> leftovers() throws Exception {
    try (Stream<Path> files = Files.list(root.resolve(MemoryFile.DIRECTORY))) {
      return files.filter(file -> {
        String name = file.getFileName().toString();
        return name.endsWith(".plumbline-pending") || name.endsWith(".plumbline-tmp")
            || (name.equals(".plumbline-journal.json") && !journalDone(file));
      }).map(file -> file.getFileName().toString()).toList();
    }
  }

  private static boolean journalDone(Path journal) {
    try {
      return Files.readString(journal).contains("\"state\": \"done\"");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anAppendThatCannotBeWrittenChangesNothingAndLeavesNothingBehind() throws Exception {
    Path log = seedLog(200, LocalDate.now(ZoneId.systemDefault()));
    byte[] before = Files.readAllBytes(log);

    String output = runAppendOnce(log);

    assertThat(output).contains("[ERROR] cannot write " + log + ": File too large");
    assertThat(Files.readAllBytes(log)).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void anArchiveMoveThatCannotBeWrittenLeavesTheLogWithoutTheNewEntry() throws Exception {
    Path log = seedLog(201, LocalDate.now(ZoneId.systemDefault()).minusDays(60));
    byte[] before = Files.readAllBytes(log);
    Path archive = MemoryFile.ARCHIVE.in(
        Objects.requireNonNull(log.getParent(), "the log lies in .claude/"));

    String output = runAppendOnce(log);

    assertThat(output).contains("[ERROR] cannot write " + archive + ": File too large");
    assertThat(Files.readAllBytes(log)).isEqualTo(before);
    assertThat(archive).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }
}
