// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes and deletes files so that a reader (or a process killed half-way) sees either the old
 * content or the new one, never a mix: temp file in the same directory, fsync, atomic rename,
 * fsync of the directory.
 */
public final class AtomicFiles {

  /** Suffix of every temporary file this class creates; stale ones are safe to delete. */
  public static final String TEMP_SUFFIX = ".plumbline-tmp";

  private AtomicFiles() {}

  /** The directory that holds {@code file}; a file-system root has none and is refused. */
  private static Path directoryOf(Path file) {
    Path directory = file.toAbsolutePath().getParent();
    if (directory == null) {
      throw new IllegalArgumentException(
          file + " is a file-system root, not a file in a directory");
    }
    return directory;
  }

  /**
   * Replaces {@code target} with {@code content} atomically.
   *
   * @param target the file to write; its directory must exist
   * @param content the complete new content
   * @throws IOException when writing, syncing or renaming fails (the target is then unchanged)
   */
  public static void write(Path target, byte[] content) throws IOException {
    Path directory = directoryOf(target);
    Path temp = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
    try {
      writeNew(temp, content, true);
      moveAtomically(temp, target);
    } catch (IOException e) {
      // A full disk must not keep the partial temp file: it would hold the last free space.
      deleteQuietly(temp);
      throw new MemoryIoException("write", target, e);
    }
    syncDirectory(directory);
  }

  /**
   * Replaces {@code target} with {@code content} by a rename, without fsync: for files that only
   * save work (a cache), where losing the new content in a power failure, or finding it empty,
   * costs a recomputation and nothing else. Readers still never see half a file.
   *
   * @param target the file to write; its directory must exist
   * @param content the complete new content
   * @throws IOException when writing or renaming fails (the target is then unchanged)
   */
  public static void writeUnsynced(Path target, byte[] content) throws IOException {
    Path directory = directoryOf(target);
    Path temp = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
    try {
      writeNew(temp, content, false);
      moveAtomically(temp, target);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new MemoryIoException("write", target, e);
    }
  }

  /**
   * Writes {@code content} to {@code target} in place and fsyncs it, without a rename: for files
   * that are only read after a later atomic step (a journal) says they are complete.
   *
   * @param target the file to create or replace (a symbolic link there is replaced, not
   *     followed)
   * @param content its complete content
   * @throws IOException when writing or syncing fails (the caller names the file it was for)
   */
  public static void writeSynced(Path target, byte[] content) throws IOException {
    Files.deleteIfExists(target);
    writeNew(target, content, true);
  }

  /**
   * Creates {@code target}, which must not exist (a symbolic link placed there is not
   * followed), with {@code content}.
   */
  private static void writeNew(Path target, byte[] content, boolean sync) throws IOException {
    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      if (sync) {
        channel.force(true);
      }
    }
  }

  /**
   * Deletes a file this class or the journal created, after a failure: a second failure would
   * hide the first, which is the one worth reporting.
   *
   * @param file the file to delete if it exists
   */
  public static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // The next writer's recovery deletes debris it finds.
      return;
    }
  }

  /**
   * Deletes {@code target} if it exists and makes the deletion durable.
   *
   * @param target the file to delete
   * @throws IOException when the deletion fails
   */
  public static void delete(Path target) throws IOException {
    try {
      if (Files.deleteIfExists(target)) {
        syncDirectory(directoryOf(target));
      }
    } catch (IOException e) {
      throw MemoryIoException.of("delete", target, e);
    }
  }

  /**
   * Makes renames and deletions in the directory of {@code file} durable.
   *
   * @param file any file of the directory
   */
  public static void syncDirectoryOf(Path file) {
    syncDirectory(directoryOf(file));
  }

  private static void moveAtomically(Path source, Path target) throws IOException {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "the file system of " + target + " cannot rename atomically; Plumbline refuses to write"
              + " memory files there without that guarantee",
          e);
    }
  }

  /** Makes a rename durable; some file systems do not allow opening a directory, which is fine. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Directory fsync is best effort: on file systems that refuse it the rename is still atomic.
      return;
    }
  }
}
