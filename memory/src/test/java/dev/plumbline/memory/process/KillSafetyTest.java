package dev.plumbline.memory.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.plumbline.memory.LoadedFile;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at random points: 100 times into a JVM that keeps merging, 100 times into one that
 * keeps appending and archiving (the two kinds run in parallel, each in its own directory).
 * After each kill the next open's recovery runs, and then every file parses and passes its
 * schema, and no entry is lost or duplicated.
 *
 * <p>A JVM start per kill is what this costs; it is taken off the critical path: the next
 * worker starts and warms up (in a scratch directory) while the current one runs and its kill
 * is checked, and starts writing only when told to.
 */
@Execution(ExecutionMode.CONCURRENT)
class KillSafetyTest {

  private static final int KILLS_PER_KIND = 100;
  private static final Random RANDOM = new Random(20261125L);

  @TempDir Path root;

  @Test
  void killedMergesNeverLoseOrDuplicateAnything() throws Exception {
    int lastCount = 0;
    Workers.Relay workers = new Workers.Relay("merge-forever", root.toString());
    for (int kill = 0; kill < KILLS_PER_KIND; kill++) {
      killAtRandomPoint(workers, kill + 1 < KILLS_PER_KIND);
      MemoryStore store = new MemoryStore(root);
      assertThat(store.validate()).isEmpty();
      List<String> modules = new ArrayList<>();
      read(store, MemoryFile.STRUCTURE).path("modules").fieldNames()
          .forEachRemaining(modules::add);
      List<String> added = new ArrayList<>();
      for (JsonNode entry : allEntries(store)) {
        added.add(entry.path("executed").asText().replaceAll("^.*added: ", ""));
      }
      assertThat(added).as("one log entry per module, after kill %d", kill)
          .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(modules);
      assertThat(new TreeSet<>(modules)).as("modules are m-0..m-N without gaps")
          .isEqualTo(expectedModules(modules.size()));
      assertThat(modules.size()).isGreaterThanOrEqualTo(lastCount);
      lastCount = modules.size();
    }
    assertThat(lastCount).as("the workers made progress between kills").isGreaterThan(10);
  }

  @Test
  void killedArchivesNeverLoseOrDuplicateAnEntry() throws Exception {
    MemoryStore seed = new MemoryStore(root);
    for (int id = 0; id < 200; id++) {
      seed.appendLog(MemoryWorker.entry(id, LocalDate.now(ZoneId.systemDefault())));
    }
    int moved = 0;
    Workers.Relay workers = new Workers.Relay("archive-forever", root.toString());
    for (int kill = 0; kill < KILLS_PER_KIND; kill++) {
      killAtRandomPoint(workers, kill + 1 < KILLS_PER_KIND);
      MemoryStore store = new MemoryStore(root);
      assertThat(store.validate()).isEmpty();
      List<Integer> ids = allIds(store);
      assertThat(ids).as("after kill %d", kill).doesNotHaveDuplicates();
      assertThat(new TreeSet<>(ids)).as("ids 0..N without gaps, after kill %d", kill)
          .isEqualTo(range(ids.size()));
      moved = read(store, MemoryFile.ARCHIVE).size();
    }
    assertThat(moved).as("archive moves happened between kills").isGreaterThan(10);
  }

  /**
   * Lets the warm worker complete one to three updates, then SIGKILLs it at a random time in
   * the following ones (a fixed delay would, on a loaded machine, often kill it before it
   * wrote anything); the next worker warms up meanwhile.
   */
  private void killAtRandomPoint(Workers.Relay workers, boolean more) throws Exception {
    Workers.Running worker = workers.go(more);
    worker.awaitLines("done", 1 + RANDOM.nextInt(3));
    Thread.sleep(RANDOM.nextInt(40));
    worker.process().destroyForcibly();
    worker.process().waitFor();
    assertReplacedFilesParseBeforeRecovery();
  }

  /**
   * Atomic renames alone guarantee this for the files replaced as a whole: what a reader sees
   * right after the kill is whole. The log and the archive are appended in place; a kill in
   * the middle of a tail leaves it torn until the next open completes it (checked after).
   */
  private void assertReplacedFilesParseBeforeRecovery() throws IOException {
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
