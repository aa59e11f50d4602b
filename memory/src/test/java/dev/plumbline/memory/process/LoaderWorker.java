package dev.plumbline.memory.process;

import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.io.MemoryLock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;

/**
 * One compilation's memory update, as javac runs it under {@code mvn -T 2}: loaded by a class
 * loader of its own (the test creates one per worker, as javac creates one per module), so this
 * worker's {@link MemoryStore} and {@link MemoryLock} are classes of their own too. Only JDK
 * types cross the class-loader boundary.
 */
public final class LoaderWorker implements Callable<String> {

  private final Path root;
  private final String prefix;
  private final int operations;
  private final CyclicBarrier start;

  /**
   * Creates the worker.
   *
   * @param root the project root
   * @param prefix the names of the modules this worker adds, {@code prefix-i}
   * @param operations how many updates and appends it makes, alternately
   * @param start the barrier all workers pass together, so that they really overlap
   */
  public LoaderWorker(String root, String prefix, Integer operations, CyclicBarrier start) {
    this.root = Path.of(root);
    this.prefix = prefix;
    this.operations = operations;
    this.start = start;
  }

  @Override
  public String call() throws Exception {
    MemoryStore store = new MemoryStore(root);
    start.await();
    for (int i = 0; i < operations; i++) {
      if (i % 2 == 0) {
        store.update(MemoryWorker.oneModule(prefix + "-" + i), null);
      } else {
        store.appendLog(MemoryWorker.entry(i, LocalDate.now(ZoneId.systemDefault())));
      }
    }
    return MemoryLock.class.getClassLoader().toString();
  }
}
