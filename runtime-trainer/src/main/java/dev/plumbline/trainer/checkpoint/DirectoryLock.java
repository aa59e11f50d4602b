// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exclusive use of a checkpoint directory by one training run: an OS file lock on
 * {@value #FILE_NAME} (released by the OS when the process dies, so a killed run never leaves the
 * directory locked), plus a table of the directories this JVM holds, because a second channel on
 * a locked file in the same process would not be refused by the OS and closing it would release
 * the first lock. The file says who holds it, so that the refused run can name the holder. The file
 * stays when the lock is released: deleting it would let two runs lock two different files.
 */
final class DirectoryLock implements Closeable {

  /** The lock file's name in the checkpoint directory. */
  static final String FILE_NAME = ".trainer.lock";

  private static final Map<Path, String> HELD_IN_THIS_JVM = new ConcurrentHashMap<>();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private DirectoryLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks a directory for one run.
   *
   * @param directory an existing checkpoint directory
   * @param purpose what the holder is doing, e.g. {@code training with config /x/y.yaml}
   * @return the lock; close it when the run ends
   * @throws IOException naming the holder when another run has the directory, or when the lock
   *     file cannot be written
   */
  static DirectoryLock acquire(Path directory, String purpose) throws IOException {
    Path key = directory.toRealPath();
    String holder = describeThisProcess(purpose);
    String previous = HELD_IN_THIS_JVM.putIfAbsent(key, holder);
    if (previous != null) {
      throw inUse(directory, previous);
    }
    boolean locked = false;
    try {
      FileChannel channel = FileChannel.open(key.resolve(FILE_NAME), StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
      try {
        FileLock lock = tryLock(channel);
        if (lock == null) {
          throw inUse(directory, readHolder(channel));
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        locked = true;
        return new DirectoryLock(key, channel, lock);
      } finally {
        if (!locked) {
          channel.close();
        }
      }
    } finally {
      if (!locked) {
        HELD_IN_THIS_JVM.remove(key);
      }
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldByThisJvmThroughAnotherCopyOfThisClass) {
      return null;
    }
  }

  private static String readHolder(FileChannel channel) throws IOException {
    ByteBuffer content = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
    int read = 0;
    while (read >= 0 && content.hasRemaining()) {
      read = channel.read(content, content.position());
    }
    String text = new String(content.array(), 0, content.position(), StandardCharsets.UTF_8);
    return text.isBlank() ? "a process that has not said who it is yet" : text.strip();
  }

  private static IOException inUse(Path directory, String holder) {
    return new IOException("checkpoint directory " + directory + " is in use by another training"
        + " run (" + holder + "); two runs in one directory would overwrite and delete each"
        + " other's checkpoints. Wait for that run to end, or give this one its own"
        + " checkpoint.dir");
  }

  private static String describeThisProcess(String purpose) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "this machine";
    }
    return "pid " + ProcessHandle.current().pid() + " on " + host + ", since "
        + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", " + purpose;
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      HELD_IN_THIS_JVM.remove(key);
    }
  }
}
