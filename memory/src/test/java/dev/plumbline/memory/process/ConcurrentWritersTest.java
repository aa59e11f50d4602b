package dev.plumbline.memory.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two separate JVMs each make 1,000 updates of the same project memory (one in four a merge into
 * project_structure.json, the others log appends, each merge appending a log entry too) while
 * this JVM keeps reading the structure without the lock and the log through the store (which
 * waits while a writer writes): every read parses, and every update is in the final files.
 */
class ConcurrentWritersTest {

  private static final int UPDATES_PER_JVM = 1000;

  @TempDir Path root;

  @Test
  void twoJvmsUpdatingAThousandTimesEachLoseNothingAndTheFilesAlwaysParse() throws Exception {
    Path structure = MemoryFile.STRUCTURE.in(root.resolve(".claude"));
    JsonCodec codec = new JsonCodec();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    StringBuilder readFailures = new StringBuilder();
    MemoryStore store = new MemoryStore(root);
    Thread reader = new Thread(() -> {
      while (writing.get()) {
        try {
          codec.parse(structure, Files.readAllBytes(structure));
          store.read(MemoryFile.LOG);
          reads.incrementAndGet();
          // Leave the CPU to the writers: this reader samples, it need not spin.
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (NoSuchFileException e) {
          Thread.onSpinWait();
        } catch (MemoryFileException | IOException e) {
          readFailures.append(e.getMessage()).append('\n');
        }
      }
    });
    reader.start();

    String count = String.valueOf(UPDATES_PER_JVM);
    Process first = Workers.startLongRunning("merge", root.toString(), "a", count);
    Process second = Workers.startLongRunning("merge", root.toString(), "b", count);
    BufferedReader firstOut = Workers.awaitReady(first);
    BufferedReader secondOut = Workers.awaitReady(second);
    String firstRest = Workers.drain(firstOut);
    String secondRest = Workers.drain(secondOut);
    assertThat(first.waitFor()).as(firstRest).isZero();
    assertThat(second.waitFor()).as(secondRest).isZero();
    writing.set(false);
    reader.join();

    assertThat(readFailures.toString()).isEmpty();
    assertThat(reads.get()).isPositive();
    JsonNode modules = codec.read(structure).path("modules");
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < UPDATES_PER_JVM; i += MemoryWorker.MERGE_EVERY) {
      expected.add("a-" + i);
      expected.add("b-" + i);
    }
    Set<String> actual = new HashSet<>();
    modules.fieldNames().forEachRemaining(actual::add);
    assertThat(actual).isEqualTo(expected);
    JsonNode log = codec.read(MemoryFile.LOG.in(root.resolve(".claude")));
    assertThat(log.size()).isEqualTo(2 * UPDATES_PER_JVM);
    assertThat(store.validate()).isEmpty();
  }
}
