// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Exclusive access to one {@code .claude/} directory, across threads of this JVM (parallel
 * reactor modules compile in one Maven JVM) and across processes (IDE and command line).
 *
 * <p>Processes are excluded by an OS lock on a lock file; threads by a JVM-wide lock per file,
 * because a Java file lock is held per JVM and a second lock attempt from the same JVM fails.
 */
public final class MemoryLock implements AutoCloseable {

  /** Name of the lock file inside {@code .claude/}. */
  public static final String LOCK_FILE_NAME = ".plumbline.lock";

  private static final ConcurrentMap<Path, ReentrantLock> IN_JVM_LOCKS = new ConcurrentHashMap<>();

  private final ReentrantLock threadLock;
  private final FileChannel channel;
  private final FileLock processLock;

  private MemoryLock(ReentrantLock threadLock, FileChannel channel, FileLock processLock) {
    this.threadLock = threadLock;
    this.channel = channel;
    this.processLock = processLock;
  }

  /**
   * Blocks until this thread holds the lock of {@code directory}.
   *
   * @param directory the {@code .claude/} directory; it must exist
   * @return the held lock; close it to release
   * @throws IOException when the lock file cannot be opened or locked
   */
  public static MemoryLock acquire(Path directory) throws IOException {
    Path lockFile = directory.toAbsolutePath().normalize().resolve(LOCK_FILE_NAME);
    ReentrantLock threadLock = IN_JVM_LOCKS.computeIfAbsent(lockFile, key -> new ReentrantLock());
    threadLock.lock();
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock processLock = channel.lock();
      return new MemoryLock(threadLock, channel, processLock);
    } catch (IOException e) {
      closeQuietly(channel);
      threadLock.unlock();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      processLock.release();
      channel.close();
    } finally {
      threadLock.unlock();
    }
  }

  private static void closeQuietly(@Nullable FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // The original failure is the one worth reporting.
      return;
    }
  }
}
