package dev.plumbline.memory.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.plumbline.memory.LoadedFile;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.journal.Journal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at random points into JVMs that keep merging and into JVMs that keep appending and
 * archiving (the two kinds run in parallel), {@value #DEFAULT_KILL_POINTS} kill points of each
 * kind; {@code -Dplumbline.kills=N} covers N (issue #20's acceptance run: 200). After each kill
 * the next open's recovery runs, and then every file parses and passes its schema, no entry is
 * lost or duplicated, and every update the worker reported done is there.
 *
 * <p>A JVM start is what a kill costs, so one kill covers {@value #ROOTS} kill points: each
 * worker JVM writes into {@value #ROOTS} project roots at once, one thread per root, and the kill
 * stops every one of them inside or between its own updates. Each root is checked on its own
 * after every kill, exactly as a worker of its own would be (each root lives through
 * N/{@value #ROOTS} kills, {@value #ROOTS} roots per kind).
 *
 * <p>Kills are aimed, not timed: a fixed delay would, on a loaded machine, often kill a worker
 * before it wrote anything. Each worker reports every update it completed and how long it took;
 * the test lets it complete at least one in every root, and one to three in the aimed root (a
 * different one for each kill), then either kills it after a random part of that root's last
 * update or (every {@value #AIMED_EVERY}th kill) as soon as the aimed root's journal shows a
 * commit, the narrow moment that leaves the next open a transaction to complete; the other roots
 * are hit wherever their own updates happen to be. What each kill left is recorded before the
 * recovery: such completed transactions must be among them, so the recovery path is exercised,
 * not only kills between updates.
 *
 * <p>The next worker starts while the current one runs and its kill is checked, and writes only
 * when told to.
 */
@Execution(ExecutionMode.CONCURRENT)
class KillSafetyTest {

  private static final int DEFAULT_KILL_POINTS = 50;
  private static final int KILL_POINTS =
      Integer.getInteger("plumbline.kills", DEFAULT_KILL_POINTS);
  /** Project roots each worker JVM writes into: kill points per SIGKILL. */
  private static final int ROOTS = 5;
  private static final int KILLS = (KILL_POINTS + ROOTS - 1) / ROOTS;
  private static final int AIMED_EVERY = 2;
  private static final Random RANDOM = new Random(20261125L);

  @TempDir Path temp;

  @Test
  void killedMergesNeverLoseOrDuplicateAnything() throws Exception {
    List<Path> roots = roots("merge");
    for (Path root : roots) {
      Files.createDirectories(root);
    }
    int[] lastCount = new int[ROOTS];
    int completedByRecovery = 0;
    Workers.Relay workers = new Workers.Relay("merge-forever", roots);
    for (int kill = 0; kill < KILLS; kill++) {
      completedByRecovery += killAtRandomPoint(workers, roots, kill);
      for (int r = 0; r < ROOTS; r++) {
        lastCount[r] = checkMerges(roots.get(r), kill, lastCount[r]);
      }
    }
    report("merge", Arrays.stream(lastCount).sum(), completedByRecovery);
    assertThat(completedByRecovery).as("kills after a commit point, completed by recovery")
        .isPositive();
  }

  /** Checks one root after a kill; returns how many modules it holds now. */
  private static int checkMerges(Path root, int kill, int lastCount) throws Exception {
    MemoryStore store = new MemoryStore(root);
    assertThat(store.validate()).as("%s after kill %d", root, kill).isEmpty();
    List<String> modules = new ArrayList<>();
    read(store, MemoryFile.STRUCTURE).path("modules").fieldNames()
        .forEachRemaining(modules::add);
    List<String> added = new ArrayList<>();
    for (JsonNode entry : allEntries(store)) {
      added.add(entry.path("executed").asText().replaceAll("^.*added: ", ""));
    }
    assertThat(added).as("one log entry per module in %s, after kill %d", root, kill)
        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(modules);
    assertThat(new TreeSet<>(modules)).as("modules are m-0..m-N without gaps")
        .isEqualTo(expectedModules(modules.size()));
    assertThat(modules.size())
        .as("the updates reported done in %s before kill %d are kept", root, kill)
        .isGreaterThan(lastCount);
    return modules.size();
  }

  @Test
  void killedArchivesNeverLoseOrDuplicateAnEntry() throws Exception {
    List<Path> roots = roots("archive");
    MemoryStore seed = new MemoryStore(Files.createDirectories(roots.get(0)));
    for (int id = 0; id < 200; id++) {
      seed.appendLog(MemoryWorker.entry(id, LocalDate.now(ZoneId.systemDefault())));
    }
    for (Path root : roots.subList(1, ROOTS)) {
      AppendCrashTest.copyTree(roots.get(0), root);
      // Copies have new inodes and times: the validation cache learns them, as after a restore.
      assertThat(new MemoryStore(root).validate()).isEmpty();
    }
    int[] lastCount = new int[ROOTS];
    Arrays.fill(lastCount, 200);
    int[] moved = new int[ROOTS];
    int completedByRecovery = 0;
    Workers.Relay workers = new Workers.Relay("archive-forever", roots);
    for (int kill = 0; kill < KILLS; kill++) {
      completedByRecovery += killAtRandomPoint(workers, roots, kill);
      for (int r = 0; r < ROOTS; r++) {
        MemoryStore store = new MemoryStore(roots.get(r));
        assertThat(store.validate()).as("%s after kill %d", roots.get(r), kill).isEmpty();
        List<Integer> ids = allIds(store);
        assertThat(ids).as("%s after kill %d", roots.get(r), kill).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(ids)).as("ids 0..N without gaps, after kill %d", kill)
            .isEqualTo(range(ids.size()));
        assertThat(ids.size())
            .as("the appends reported done in %s before kill %d are kept", roots.get(r), kill)
            .isGreaterThan(lastCount[r]);
        lastCount[r] = ids.size();
        moved[r] = read(store, MemoryFile.ARCHIVE).size();
      }
    }
    report("append and archive", Arrays.stream(lastCount).sum() - 200 * ROOTS,
        completedByRecovery);
    for (int r = 0; r < ROOTS; r++) {
      assertThat(moved[r])
          .as("every old entry appended moved to the archive in its own transaction")
          .isEqualTo(lastCount[r] - 200);
    }
    assertThat(completedByRecovery).as("kills after a commit point, completed by recovery")
        .isPositive();
  }

  /** The kind's project roots, not created yet. */
  private List<Path> roots(String kind) {
    List<Path> roots = new ArrayList<>();
    for (int r = 0; r < ROOTS; r++) {
      roots.add(temp.resolve(kind + "-" + r));
    }
    return roots;
  }

  /**
   * Lets the worker complete at least one update in every root and one to three in the aimed
   * root, then SIGKILLs it: after a random part of the aimed root's last update, or (every
   * {@value #AIMED_EVERY}th kill) as soon as the aimed root's journal shows a committed
   * transaction, the moment a kill leaves work for the recovery. The next worker starts
   * meanwhile. Checks the files replaced whole in every root.
   *
   * @return in how many roots the kill left a committed transaction for the next open
   */
  private static int killAtRandomPoint(Workers.Relay workers, List<Path> roots, int kill)
      throws Exception {
    Workers.Running worker = workers.go(kill + 1 < KILLS);
    int aimed = kill % ROOTS;
    long lastUpdateNanos = worker.awaitUpdates(ROOTS, aimed, 1 + RANDOM.nextInt(3));
    if (kill % AIMED_EVERY == AIMED_EVERY - 1) {
      awaitCommitted(journal(roots.get(aimed)));
    } else {
      LockSupport.parkNanos((long) (RANDOM.nextDouble() * lastUpdateNanos));
    }
    worker.process().destroyForcibly();
    worker.process().waitFor();
    int leftToRecover = 0;
    for (Path root : roots) {
      assertReplacedFilesParseBeforeRecovery(root);
      Path journal = journal(root);
      leftToRecover += new Journal(
          Objects.requireNonNull(journal.getParent(), "the journal lies in .claude/"),
          new JsonCodec()).needsRecovery() ? 1 : 0;
    }
    return leftToRecover;
  }

  private static Path journal(Path root) {
    return root.resolve(MemoryFile.DIRECTORY).resolve(Journal.FILE_NAME);
  }

  /** Polls the journal until it shows a committed transaction, for at most a few seconds. */
  private static void awaitCommitted(Path journal) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline
        && !new String(Files.readAllBytes(journal), StandardCharsets.UTF_8)
            .contains("\"state\": \"committed\"")) {
      LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(50));
    }
  }

  private static void report(String kind, int updates, int completedByRecovery) {
    System.out.printf("[INFO] %s: %d kills of a JVM writing into %d roots (%d kill points),"
        + " %d updates kept, %d roots killed after a commit point and completed by the next"
        + " open%n", kind, KILLS, ROOTS, KILLS * ROOTS, updates, completedByRecovery);
  }

  /**
   * Atomic renames alone guarantee this for the files replaced as a whole: what a reader sees
   * right after the kill is whole. The log and the archive are appended in place; a kill in
   * the middle of a tail leaves it torn until the next open completes it (checked after).
   */
  private static void assertReplacedFilesParseBeforeRecovery(Path root) throws IOException {
    JsonCodec codec = new JsonCodec();
    for (MemoryFile file : List.of(MemoryFile.CONCEPT, MemoryFile.STRUCTURE)) {
      Path path = file.in(root.resolve(MemoryFile.DIRECTORY));
      if (Files.exists(path)) {
        try {
          codec.parse(path, Files.readAllBytes(path));
        } catch (MemoryFileException e) {
          throw new AssertionError("torn file right after SIGKILL: " + e.getMessage(), e);
        }
      }
    }
  }

  /** Every log entry's id, archive first, then log: the order the entries were written in. */
  static List<Integer> allIds(MemoryStore store) throws MemoryFileException, IOException {
    List<Integer> ids = new ArrayList<>();
    for (JsonNode entry : allEntries(store)) {
      ids.add(Integer.parseInt(entry.path("notes").asText().substring("id-".length())));
    }
    return ids;
  }

  private static List<JsonNode> allEntries(MemoryStore store)
      throws MemoryFileException, IOException {
    List<JsonNode> entries = new ArrayList<>();
    read(store, MemoryFile.ARCHIVE).forEach(entries::add);
    read(store, MemoryFile.LOG).forEach(entries::add);
    return entries;
  }

  private static JsonNode read(MemoryStore store, MemoryFile file)
      throws MemoryFileException, IOException {
    Optional<LoadedFile> loaded = store.read(file);
    return loaded.isEmpty() ? MissingNode.getInstance()
        : loaded.get().document();
  }

  private static Set<String> expectedModules(int count) {
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < count; i++) {
      names.add("m-" + i);
    }
    return names;
  }

  private static Set<Integer> range(int count) {
    Set<Integer> ids = new HashSet<>();
    for (int i = 0; i < count; i++) {
      ids.add(i);
    }
    return new TreeSet<>(ids);
  }
}
