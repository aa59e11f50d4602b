package dev.plumbline.memory.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.FileStamp;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.journal.Journal;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import dev.plumbline.memory.log.LogTail;
import dev.plumbline.memory.schema.SchemaCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #20: a kill at any byte of an append leaves, after the next open, the old log or the
 * new one, and a disk that fills up at any byte leaves the old one and an error.
 *
 * <p>Kills are real: a worker JVM whose file size limit is {@code offset + k} bytes and which
 * restored SIGXFSZ's default action is killed by the kernel right after byte k of its write. A
 * JVM per kill is costly, so by default real kills hit a spread of bytes of the tail write and
 * of the journal write before it; every other byte is covered by writing the same torn state
 * into a copy of the real committed state (the test checks that the real kills left exactly
 * those states). {@code -Dplumbline.killEveryByte=true} kills a real append at every byte of
 * the tail (the kill at byte 0, the committed journal, is the fixture's own). The full disk needs no kill: one worker lowers its own limit before each of its
 * appends, at bytes all over the tail.
 */
class AppendCrashTest {

  private static final SchemaCheck SCHEMAS = new SchemaCheck();

  @TempDir static Path temp;

  private static Path template;
  private static byte[] oldLog;
  private static byte[] newLog;
  private static byte[] oldJournal;
  private static long offset;
  private static byte[] tail;
  private static Path committed;
  private static byte[] committedJournal;

  /**
   * A small log Plumbline wrote (known valid, journal in place), the append's bytes, and the
   * state a real kill before the first byte of the tail leaves: the journal committed.
   */
  @BeforeAll
  static void prepare() throws Exception {
    template = Files.createDirectories(temp.resolve("template"));
    MemoryStore store = new MemoryStore(template);
    for (int i = 0; i < 5; i++) {
      store.appendLog(new LogEntry(LocalDate.of(2026, 11, 24), LocalTime.of(9, i),
          "seeded", "entry " + i, List.of("src/A.java"), LogStatus.SUCCESS, ""));
    }
    oldLog = Files.readAllBytes(log(template));
    oldJournal = Files.readAllBytes(journal(template));
    Path reference = copy("reference");
    new MemoryStore(reference).appendLog(MemoryWorker.FIXED_ENTRY);
    newLog = Files.readAllBytes(log(reference));
    offset = LogTail.locate(oldLog).offset();
    tail = Arrays.copyOfRange(newLog, (int) offset, newLog.length);
    assertThat(Arrays.copyOf(newLog, (int) offset)).isEqualTo(Arrays.copyOf(oldLog, (int) offset));
    committed = killedAt(offset, "k0");
    assertThat(Files.readAllBytes(log(committed))).as("killed before the first byte of the tail")
        .isEqualTo(oldLog);
    committedJournal = Files.readAllBytes(journal(committed));
    assertThat(new String(committedJournal, StandardCharsets.UTF_8)).contains("\"committed\"");
  }

  @Test
  void aKillAtAnyByteOfTheTailWriteLeavesTheNewLogAfterTheNextOpen() throws Exception {
    for (int k : realKillBytes()) {
      Path killed = killedAt(offset + k, "k" + k);
      assertThat(Files.readAllBytes(log(killed))).as("the real kill at byte %d", k)
          .isEqualTo(tornLog(k));
      assertThat(Files.readAllBytes(journal(killed))).isEqualTo(committedJournalFor(killed));
      assertRecoversTo(killed, newLog);
    }
    Path torn = copyOf(committed, "torn");
    for (int k = 0; k <= tail.length; k++) {
      // In place, so the log keeps its inode, which the journal names.
      Files.write(log(torn), tornLog(k));
      Files.write(journal(torn), committedJournalFor(torn));
      assertRecoversTo(torn, newLog);
    }
  }

  @Test
  void aKillAtAnyByteOfTheJournalWriteLeavesTheOldLogAfterTheNextOpen() throws Exception {
    for (int j : new int[] {1, oldJournal.length + 1, committedJournal.length - 1}) {
      Path killed = killedAt(j, "j" + j);
      assertThat(Files.readAllBytes(journal(killed))).as("the real kill at journal byte %d", j)
          .isEqualTo(tornJournal(committedJournalFor(killed), j));
      assertThat(Files.readAllBytes(log(killed))).isEqualTo(oldLog);
      assertRecoversTo(killed, oldLog);
    }
    Path torn = copy("torn-journal");
    Journal recovery = new Journal(torn.resolve(MemoryFile.DIRECTORY), new JsonCodec());
    byte[] full = committedJournalFor(torn);
    for (int j = 0; j < full.length; j++) {
      Files.write(journal(torn), tornJournal(full, j));
      assertThat(recovery.needsRecovery()).as("journal torn after byte %d", j).isFalse();
    }
    Files.write(journal(torn), full);
    assertThat(recovery.needsRecovery()).isTrue();
    Files.write(journal(torn), tornJournal(full, full.length / 2));
    assertRecoversTo(torn, oldLog);
  }

  @Test
  void aDiskFullAtBytesAllOverTheTailWriteLeavesTheOldLogAndAnError() throws Exception {
    List<Integer> bytes = new ArrayList<>();
    for (int k = 0; k <= tail.length; k++) {
      if (k < 6 || k % 7 == 0 || k > tail.length - 3) {
        bytes.add(k);
      }
    }
    Path sweep = Files.createDirectories(temp.resolve("sweep"));
    for (int k : bytes) {
      Path dir = sweep.resolve(String.valueOf(k));
      copyTree(template, dir);
      assertThat(store(dir).validate()).isEmpty();
    }
    Process worker = Workers.start("full-disk-sweep", sweep.toString(), String.valueOf(offset),
        String.join(",", bytes.stream().map(String::valueOf).toList()));
    String output = new String(worker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(worker.waitFor()).as(output).isZero();
    List<String> lines = output.lines().toList();
    assertThat(lines).hasSameSizeAs(bytes);

    int before = oldLog.length - (int) offset;
    for (int i = 0; i < bytes.size(); i++) {
      int k = bytes.get(i);
      Path dir = sweep.resolve(String.valueOf(k));
      String line = lines.get(i);
      if (k == tail.length) {
        assertThat(line).isEqualTo(k + " appended");
        assertThat(Files.readAllBytes(log(dir))).isEqualTo(newLog);
      } else if (k < before) {
        // The limit is below the old end of the file: the old bytes cannot be put back either
        // (on a full disk they can: their blocks exist). The append is committed, says so, and
        // the next open completes it.
        assertThat(line).isEqualTo(k + " deferred");
        assertRecoversTo(dir, newLog);
      } else {
        assertThat(line).isEqualTo(k + " failed: cannot write " + log(dir)
            + ": File too large");
        assertThat(Files.readAllBytes(log(dir))).as("byte %d", k).isEqualTo(oldLog);
        assertThat(new String(Files.readAllBytes(journal(dir)), StandardCharsets.UTF_8))
            .contains("\"state\": \"done\"");
        assertRecoversTo(dir, oldLog);
      }
    }
  }

  /**
   * The bytes of the tail a real kill hits: a spread by default (a JVM per kill); every byte
   * with {@code -Dplumbline.killEveryByte=true} (issue #20's acceptance run).
   */
  private static int[] realKillBytes() {
    if (Boolean.getBoolean("plumbline.killEveryByte")) {
      return IntStream.range(1, tail.length).toArray();
    }
    return new int[] {1, 3, 4, tail.length / 2, tail.length - 1};
  }

  private static MemoryStore store(Path root) {
    return new MemoryStore(root, Clock.system(ZoneId.systemDefault()), SCHEMAS);
  }

  /**
   * Runs the append in a copy of the template, in a worker the kernel kills when a write passes
   * {@code limit} bytes. The copy is validated first: copied files have new inodes and times,
   * and the worker must meet a log it knows, as the real one would.
   */
  private static Path killedAt(long limit, String name) throws Exception {
    Path dir = copy(name);
    assertThat(store(dir).validate()).isEmpty();
    Process worker = Workers.startWithFileSizeLimit(limit, "append-fixed", dir.toString(),
        "sigxfsz");
    String output = new String(worker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(worker.waitFor()).as("killed by SIGXFSZ at %d: %s", limit, output)
        .isEqualTo(128 + 25);
    return dir;
  }

  /** What a kill after byte k of the tail leaves: the tail's first k bytes over the old end. */
  private static byte[] tornLog(int k) {
    byte[] torn = Arrays.copyOf(oldLog, Math.max(oldLog.length, (int) offset + k));
    System.arraycopy(tail, 0, torn, (int) offset, k);
    return torn;
  }

  /**
   * The journal the append commits in the copy {@code dir}: the one of the first real kill,
   * with this copy's log file identity (device and inode) and so its own checksum.
   */
  private static byte[] committedJournalFor(Path dir) throws IOException {
    String body = new String(committedJournal, StandardCharsets.UTF_8).substring(65)
        .replaceAll("\"key\": \"[^\"]*\"", "\"key\": \""
            + FileStamp.of(log(dir)).orElseThrow().key() + "\"");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return (FileStamp.sha256(bytes, bytes.length) + "\n" + body).getBytes(StandardCharsets.UTF_8);
  }

  /** What a kill after byte j of the journal write leaves over the old journal. */
  private static byte[] tornJournal(byte[] committedJournal, int j) {
    byte[] torn = Arrays.copyOf(oldJournal, Math.max(oldJournal.length, j));
    System.arraycopy(committedJournal, 0, torn, 0, j);
    return torn;
  }

  /** Opens the memory anew (recovery runs) and checks the log and that it is valid. */
  private static void assertRecoversTo(Path root, byte[] expected) throws Exception {
    MemoryStore store = store(root);
    assertThat(store.validate()).isEmpty();
    assertThat(Files.readAllBytes(log(root))).isEqualTo(expected);
    assertThat(store.read(MemoryFile.LOG)).isPresent();
  }

  private static Path log(Path root) {
    return MemoryFile.LOG.in(root.resolve(MemoryFile.DIRECTORY));
  }

  private static Path journal(Path root) {
    return root.resolve(MemoryFile.DIRECTORY).resolve(".plumbline-journal.json");
  }

  private static Path copy(String name) throws IOException {
    return copyOf(template, name);
  }

  private static Path copyOf(Path source, String name) throws IOException {
    Path target = temp.resolve(name);
    copyTree(source, target);
    return target;
  }

  /** Copies a project directory; every file keeps its time, so the validation cache holds. */
  static void copyTree(Path source, Path target) throws IOException {
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(source)) {
      walk.forEach(paths::add);
    }
    for (Path path : paths) {
      Path copy = target.resolve(source.relativize(path).toString());
      try {
        Files.copy(path, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
