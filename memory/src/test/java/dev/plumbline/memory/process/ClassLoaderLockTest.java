package dev.plumbline.memory.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.io.JsonCodec;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #21, point 1: javac loads an annotation processor in a new class loader for every
 * compilation, so under {@code mvn -T 2} two modules update the same {@code .claude/} through
 * two copies of the memory classes in one JVM. Here each worker gets a class loader of its own
 * for the memory and test classes (the libraries below them are shared, as the JDK's are), all
 * start together, and each adds modules and log entries in turn; this is repeated with fresh
 * loaders. A lock table in a static field fails this with OverlappingFileLockException. The
 * memory written is then compared with the same work done serially.
 */
class ClassLoaderLockTest {

  private static final int LOADERS = 4;
  private static final int ROUNDS = 6;
  private static final int OPERATIONS = 20;

  @TempDir Path root;

  @Test
  void updatesThroughSeparateClassLoadersInOneJvmNeitherFailNorLoseAnything() throws Exception {
    List<URL> own = new ArrayList<>();
    List<URL> libraries = new ArrayList<>();
    for (String entry : Pattern.compile(Pattern.quote(File.pathSeparator))
        .splitAsStream(System.getProperty("java.class.path")).toList()) {
      URL url = Path.of(entry).toUri().toURL();
      (entry.endsWith("classes") ? own : libraries).add(url);
    }
    assertThat(own).as("memory's classes and test classes").hasSize(2);
    ExecutorService threads = Executors.newFixedThreadPool(LOADERS);
    Set<String> loadersSeen = new HashSet<>();
    try (URLClassLoader shared = new URLClassLoader(libraries.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      for (int round = 0; round < ROUNDS; round++) {
        CyclicBarrier start = new CyclicBarrier(LOADERS);
        List<URLClassLoader> loaders = new ArrayList<>();
        List<Future<String>> results = new ArrayList<>();
        for (int worker = 0; worker < LOADERS; worker++) {
          URLClassLoader loader = new URLClassLoader(own.toArray(URL[]::new), shared);
          loaders.add(loader);
          Callable<String> task = newWorker(loader, "r" + round + "w" + worker, start);
          results.add(threads.submit(task));
        }
        for (Future<String> result : results) {
          loadersSeen.add(result.get());
        }
        for (URLClassLoader loader : loaders) {
          loader.close();
        }
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(loadersSeen).as("each worker ran its own copy of MemoryLock")
        .hasSize(LOADERS * ROUNDS);
    JsonCodec codec = new JsonCodec();
    JsonNode modules = codec.read(MemoryFile.STRUCTURE.in(root.resolve(".claude")))
        .path("modules");
    assertThat(modules.size()).isEqualTo(ROUNDS * LOADERS * OPERATIONS / 2);
    JsonNode log = codec.read(MemoryFile.LOG.in(root.resolve(".claude")));
    assertThat(log.size()).as("one entry per update, one per append")
        .isEqualTo(ROUNDS * LOADERS * OPERATIONS);

    // The same work done serially, in one class loader: the same memory. The structure is the
    // same document (new modules come in the order the workers happened to finish: JSON object
    // equality ignores it); the log holds the same entries, each at its own time of day.
    Path serial = Files.createDirectory(root.resolve("serial"));
    for (int round = 0; round < ROUNDS; round++) {
      for (int worker = 0; worker < LOADERS; worker++) {
        new LoaderWorker(serial.toString(), "r" + round + "w" + worker, OPERATIONS,
            new CyclicBarrier(1)).call();
      }
    }
    Path parallelStructure = MemoryFile.STRUCTURE.in(root.resolve(".claude"));
    Path serialStructure = MemoryFile.STRUCTURE.in(serial.resolve(".claude"));
    assertThat(codec.read(parallelStructure)).isEqualTo(codec.read(serialStructure));
    assertThat(withoutTimes(log))
        .containsExactlyInAnyOrderElementsOf(withoutTimes(
            codec.read(MemoryFile.LOG.in(serial.resolve(".claude")))));
  }

  /**
   * The log's entries without their time of day, and with the first update's "Created" read as
   * "Updated": which worker created the structure depends on who came first.
   */
  private static List<String> withoutTimes(JsonNode log) {
    List<String> entries = new ArrayList<>();
    int created = 0;
    for (JsonNode entry : log) {
      ObjectNode copy = (ObjectNode) entry.deepCopy();
      copy.remove("time");
      String executed = copy.path("executed").asText();
      if (executed.startsWith("Created ")) {
        created++;
        copy.put("executed", "Updated " + executed.substring("Created ".length()));
      }
      entries.add(copy.toString());
    }
    assertThat(created).as("one entry says the structure was created").isEqualTo(1);
    return entries;
  }

  @SuppressWarnings("unchecked")
  private Callable<String> newWorker(ClassLoader loader, String prefix, CyclicBarrier start)
      throws ReflectiveOperationException {
    Class<?> worker = loader.loadClass(LoaderWorker.class.getName());
    assertThat(worker).isNotSameAs(LoaderWorker.class);
    return (Callable<String>) worker
        .getConstructor(String.class, String.class, Integer.class, CyclicBarrier.class)
        .newInstance(root.toString(), prefix, OPERATIONS, start);
  }
}
