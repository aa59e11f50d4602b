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
 * SIGKILL at random points: 100 times into a JVM that keeps merging, 100 times into one that keeps
 * archiving (the two kinds run in parallel, each in its own directory). After each kill the next writer's recovery runs, and then every file parses and
 * passes its schema, and no entry is lost or duplicated.
 */
@Execution(ExecutionMode.CONCURRENT)
class KillSafetyTest {

  private static final int KILLS_PER_KIND = 100;
  private static final Random RANDOM = new Random(20261125L);

  @TempDir Path root;

  @Test
  void killedMergesNeverLoseOrDuplicateAnything() throws Exception {
    int lastCount = 0;
    for (int kill = 0; kill < KILLS_PER_KIND; kill++) {
      killAtRandomPoint("merge-forever");
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
    for (int kill = 0; kill < KILLS_PER_KIND; kill++) {
      killAtRandomPoint("archive-forever");
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

  /** Starts a worker, lets it run for a random time once warm, then SIGKILLs it. */
  private void killAtRandomPoint(String mode) throws Exception {
    Process worker = Workers.start(mode, root.toString());
    Workers.awaitReady(worker);
    Thread.sleep(5 + RANDOM.nextInt(120));
    worker.destroyForcibly();
    worker.waitFor();
    assertEveryFileParsesBeforeRecovery();
  }

  /** Atomic renames alone guarantee this: what a reader sees right after the kill is whole. */
  private void assertEveryFileParsesBeforeRecovery() throws IOException {
    JsonCodec codec = new JsonCodec();
    for (MemoryFile file : MemoryFile.values()) {
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
