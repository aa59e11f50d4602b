// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the complete new one: write a
 * {@code .tmp} sibling, fsync it, rename it over the target atomically, fsync the directory.
 */
public final class AtomicFileWriter {

  /** Suffix of the temporary file written before the rename. */
  public static final String TEMP_SUFFIX = ".tmp";

  // Small chunks keep the progress callback meaningful for small models too.
  private static final int CHUNK_BYTES = 1 << 16;

  private final WriteProgress progress;

  /**
   * Creates a writer.
   *
   * @param progress told the bytes written so far after each chunk (for progress display and for
   *     tests that must stop a process in the middle of a write)
   */
  public AtomicFileWriter(WriteProgress progress) {
    this.progress = progress;
  }

  /** A writer that reports nothing. */
  public static AtomicFileWriter silent() {
    return new AtomicFileWriter((target, written, total) -> { });
  }

  /**
   * Writes {@code content} to {@code target} atomically. When anything fails (a full disk, a
   * missing permission), the temporary file is deleted before the exception is thrown, so a
   * failed write leaves nothing behind and the target keeps its old content.
   *
   * @param target the final path
   * @param content the complete content
   * @throws IOException when the disk refuses; the message names the target
   */
  public void write(Path target, byte[] content) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
    boolean renamed = false;
    try {
      writeAndSync(temp, target, content);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      renamed = true;
      syncDirectory(target.toAbsolutePath().getParent());
    } catch (IOException e) {
      if (!renamed) {
        deleteQuietly(temp, e);
      }
      throw new IOException("cannot write " + target + ": " + reason(e), e);
    }
  }

  private void writeAndSync(Path temp, Path target, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      for (int offset = 0; offset < content.length; offset += CHUNK_BYTES) {
        int length = Math.min(CHUNK_BYTES, content.length - offset);
        ByteBuffer chunk = ByteBuffer.wrap(content, offset, length);
        while (chunk.hasRemaining()) {
          channel.write(chunk);
        }
        progress.written(target, offset + (long) length, content.length);
      }
      channel.force(true);
    }
  }

  // The failure being reported matters more than a second one while cleaning up; it is kept as a
  // suppressed exception.
  private static void deleteQuietly(Path temp, IOException failure) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException cleanup) {
      failure.addSuppressed(cleanup);
    }
  }

  // The JDK's file-system exceptions often carry only a path as their message (an
  // AccessDeniedException says nothing else); the reason is what a person needs.
  private static String reason(IOException e) {
    if (e instanceof FileSystemException failure) {
      String why = failure.getReason() != null ? failure.getReason()
          : failure.getClass().getSimpleName().replace("Exception", "");
      return why + " (" + failure.getFile() + ")";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  // The rename itself lives in the directory entry; without this fsync a power cut can undo it.
  private static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }
}
