// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Exclusive access to one {@code .claude/} directory, across threads of this JVM (parallel
 * reactor modules compile in one Maven JVM) and across processes (IDE and command line).
 *
 * <p>Processes are excluded by an OS lock ({@link FileChannel#lock}) on
 * {@value #LOCK_FILE_NAME}. A Java file lock is held per JVM, and a second attempt from the same
 * JVM fails with {@link OverlappingFileLockException}, so threads are excluded first by a monitor.
 * That monitor must be one object for the whole JVM, not one per class loader: javac loads an
 * annotation processor in a new class loader for every compilation, so under {@code mvn -T 2}
 * two modules run two copies of this class, and a lock table in a static field would give each
 * copy its own. The monitor is therefore the interned string that names the lock file: the JVM
 * keeps one string pool for every class loader. Should any other code still hold a lock on the
 * file in this JVM (an older Plumbline in another class loader), acquiring waits and retries.
 */
public final class MemoryLock {

  /** Name of the lock file inside {@code .claude/}. */
  public static final String LOCK_FILE_NAME = ".plumbline.lock";

  private static final String MONITOR_PREFIX = "dev.plumbline.memory.MemoryLock ";
  private static final long MAX_RETRY_SLEEP_MILLIS = 20;

  /**
   * Work done while the lock is held.
   *
   * @param <T> its result
   */
  @FunctionalInterface
  public interface Action<T> {
    /**
     * Runs the work.
     *
     * @return its result
     * @throws IOException when a file cannot be read or written
     * @throws MemoryFileException when a memory file is invalid
     */
    T run() throws IOException, MemoryFileException;
  }

  private MemoryLock() {}

  /**
   * Runs {@code action} while this thread holds the exclusive lock of {@code directory}: no
   * other thread of any class loader and no other process holds it meanwhile.
   *
   * @param directory the {@code .claude/} directory; it must exist
   * @param action the work
   * @param <T> its result
   * @return the action's result
   * @throws IOException when the lock file cannot be opened or locked, or the action fails
   * @throws MemoryFileException when the lock file is a symbolic link, or the action fails
   */
  public static <T> T exclusive(Path directory, Action<T> action)
      throws IOException, MemoryFileException {
    Path lockFile = lockFile(directory);
    synchronized (monitor(lockFile)) {
      try (FileChannel channel = open(lockFile, Set.of(StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS));
          FileLock lock = lock(channel, lockFile, false)) {
        return action.run();
      }
    }
  }

  /**
   * Runs {@code action} while no writer holds the lock of {@code directory}; other readers may
   * run meanwhile. On a directory this user cannot write to (a read-only checkout) there is no
   * lock file to take, and no writer either: the action then runs without the OS lock.
   *
   * @param directory the {@code .claude/} directory; it must exist
   * @param action the work, which must not write
   * @param <T> its result
   * @return the action's result
   * @throws IOException when the action fails
   * @throws MemoryFileException when the lock file is a symbolic link, or the action fails
   */
  public static <T> T shared(Path directory, Action<T> action)
      throws IOException, MemoryFileException {
    Path lockFile = lockFile(directory);
    synchronized (monitor(lockFile)) {
      FileChannel channel = openForSharedLock(lockFile);
      if (channel == null) {
        return action.run();
      }
      try (channel; FileLock lock = lock(channel, lockFile, true)) {
        return action.run();
      }
    }
  }

  private static Path lockFile(Path directory) throws MemoryFileException {
    Path lockFile = directory.toAbsolutePath().normalize().resolve(LOCK_FILE_NAME);
    if (Files.isSymbolicLink(lockFile)) {
      // Opening it would create or lock whatever it points to, possibly outside the project.
      throw new MemoryFileException(lockFile, 0, 0, "is a symbolic link", "Plumbline does not"
          + " follow links inside .claude/: nothing was written. Delete the link (Plumbline"
          + " creates the lock file itself) and run again");
    }
    return lockFile;
  }

  /** One object per lock file for the whole JVM, whichever class loader asks. */
  private static String monitor(Path lockFile) {
    return (MONITOR_PREFIX + lockFile).intern();
  }

  private static FileChannel open(Path lockFile, Set<OpenOption> options) throws IOException {
    try {
      return FileChannel.open(lockFile, options);
    } catch (IOException e) {
      throw MemoryIoException.of("lock", lockFile, e);
    }
  }

  /** A channel that can hold a shared lock, or null where this user cannot create one. */
  private static @Nullable FileChannel openForSharedLock(Path lockFile) throws IOException {
    try {
      return FileChannel.open(lockFile, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      try {
        return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      } catch (FileSystemException denied) {
        // A read-only directory: no writer can change it, so there is nothing to wait for.
        return null;
      }
    } catch (AccessDeniedException denied) {
      return null;
    }
  }

  private static FileLock lock(FileChannel channel, Path lockFile, boolean shared)
      throws IOException {
    long sleep = 1;
    while (true) {
      try {
        return channel.lock(0, Long.MAX_VALUE, shared);
      } catch (OverlappingFileLockException e) {
        // Held in this JVM by code outside this monitor: wait for it instead of failing.
        sleep = pause(sleep, lockFile);
      } catch (IOException e) {
        throw MemoryIoException.of("lock", lockFile, e);
      }
    }
  }

  private static long pause(long millis, Path lockFile) throws InterruptedIOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the lock " + lockFile);
    }
    return Math.min(millis * 2, MAX_RETRY_SLEEP_MILLIS);
  }
}
