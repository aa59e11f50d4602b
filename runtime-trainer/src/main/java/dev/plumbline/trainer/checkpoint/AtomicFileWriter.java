// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
   * Writes {@code content} to {@code target} atomically.
   *
   * @param target the final path
   * @param content the complete content
   * @throws IOException when the disk refuses; the target then still holds its old content
   */
  public void write(Path target, byte[] content) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
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
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    syncDirectory(target.toAbsolutePath().getParent());
  }

  // The rename itself lives in the directory entry; without this fsync a power cut can undo it.
  private static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }
}
