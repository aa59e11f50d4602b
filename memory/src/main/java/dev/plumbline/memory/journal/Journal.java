// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.io.AtomicFiles;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An intent journal that makes a change of several memory files all-or-nothing under SIGKILL.
 *
 * <p>Commit: (1) each new file is written in full and fsynced as a pending file beside its target;
 * (2) the journal {@value #FILE_NAME}, listing every pending-to-target rename with the target's
 * size and modification time before the change, is written atomically: this is the commit point;
 * (3) each pending file is renamed over its target (atomic); (4) the journal is deleted.
 *
 * <p>Recovery, run by the next writer under the lock before anything else: without a journal,
 * leftover pending and temporary files are the debris of a transaction that never committed and
 * are deleted (the targets were never touched). With a journal, every rename whose pending file
 * still exists is redone and the journal deleted; a rename already done left no pending file. A
 * target whose size or modification time no longer matches the journal was edited since the
 * crash: recovery then stops with an error and keeps the journal, instead of guessing.
 */
public final class Journal {

  /** Name of the journal file inside {@code .claude/}. */
  public static final String FILE_NAME = ".plumbline-journal.json";

  /** Suffix of a new file written but not yet renamed over its target. */
  public static final String PENDING_SUFFIX = ".plumbline-pending";

  private static final String REMEDY_CONFLICT =
      "An interrupted Plumbline write is pending (see " + FILE_NAME + " and the "
          + PENDING_SUFFIX + " file beside it) but the file was edited since: keep what you need"
          + " from both, delete the journal and the pending file, and run the build again";

  private final Path memoryDirectory;
  private final JsonCodec codec;

  /**
   * Creates the journal of one {@code .claude/} directory.
   *
   * @param memoryDirectory the {@code .claude/} directory
   * @param codec the JSON codec
   */
  public Journal(Path memoryDirectory, JsonCodec codec) {
    this.memoryDirectory = memoryDirectory;
    this.codec = codec;
  }

  /**
   * Applies the writes as one all-or-nothing change. The caller must hold the memory lock.
   *
   * @param writes the file replacements
   * @throws IOException when a write fails (a committed journal stays; the next run completes it)
   * @throws MemoryFileException when recovery of this very commit finds a conflict
   */
  public void commit(List<PlannedWrite> writes) throws IOException, MemoryFileException {
    if (writes.isEmpty()) {
      return;
    }
    if (writes.size() == 1) {
      // One file needs no journal: the atomic rename alone is all-or-nothing.
      AtomicFiles.write(writes.get(0).file().in(memoryDirectory), writes.get(0).after());
      return;
    }
    ObjectNode journal = codec.mapper().createObjectNode();
    journal.put("journalVersion", 2);
    ArrayNode renames = journal.putArray("renames");
    for (PlannedWrite write : writes) {
      Path target = write.file().in(memoryDirectory);
      // No temp-and-rename for a pending file: it counts only once the journal names it, and
      // the journal's own directory sync makes its directory entry durable.
      AtomicFiles.writeSynced(pendingPath(write.file()), write.after());
      ObjectNode rename = renames.addObject();
      rename.put("file", write.file().name());
      rename.put("beforeSize", Files.exists(target) ? Files.size(target) : -1L);
      rename.put("beforeModified",
          Files.exists(target) ? Files.getLastModifiedTime(target).toMillis() : -1L);
    }
    AtomicFiles.write(journalPath(), codec.toBytes(journal));
    replay(codec.read(journalPath()));
    AtomicFiles.delete(journalPath());
  }

  /**
   * Completes an interrupted transaction, if one committed, and removes the debris of any that
   * did not. The caller must hold the memory lock.
   *
   * @return true when a committed transaction was completed
   * @throws IOException when a file cannot be read or renamed
   * @throws MemoryFileException when the journal is unreadable or a target was edited since
   */
  public boolean recover() throws IOException, MemoryFileException {
    boolean pending = Files.exists(journalPath());
    if (pending) {
      replay(codec.read(journalPath()));
      AtomicFiles.delete(journalPath());
    }
    deleteDebris();
    return pending;
  }

  private void replay(JsonNode journal) throws IOException, MemoryFileException {
    List<JsonNode> renamesToRedo = new ArrayList<>();
    for (JsonNode rename : journal.path("renames")) {
      MemoryFile file = MemoryFile.valueOf(rename.path("file").asText());
      if (Files.exists(pendingPath(file))) {
        checkUnchanged(file.in(memoryDirectory), rename);
        renamesToRedo.add(rename);
      }
    }
    for (JsonNode rename : renamesToRedo) {
      MemoryFile file = MemoryFile.valueOf(rename.path("file").asText());
      Files.move(pendingPath(file), file.in(memoryDirectory), StandardCopyOption.ATOMIC_MOVE);
    }
    AtomicFiles.syncDirectoryOf(journalPath());
  }

  private static void checkUnchanged(Path target, JsonNode rename)
      throws IOException, MemoryFileException {
    long size = Files.exists(target) ? Files.size(target) : -1L;
    long modified = Files.exists(target) ? Files.getLastModifiedTime(target).toMillis() : -1L;
    if (size != rename.path("beforeSize").asLong()
        || modified != rename.path("beforeModified").asLong()) {
      throw new MemoryFileException(target, 0, 0,
          "changed since an interrupted Plumbline transaction planned to replace it",
          REMEDY_CONFLICT);
    }
  }

  /** Pending and temporary files with no committed journal belong to no live transaction. */
  private void deleteDebris() throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(memoryDirectory,
        "*{" + AtomicFiles.TEMP_SUFFIX + "," + PENDING_SUFFIX + "}")) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    }
  }

  private Path pendingPath(MemoryFile file) {
    return memoryDirectory.resolve("." + file.fileName() + PENDING_SUFFIX);
  }

  private Path journalPath() {
    return memoryDirectory.resolve(FILE_NAME);
  }
}
