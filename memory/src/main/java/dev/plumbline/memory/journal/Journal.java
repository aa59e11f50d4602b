// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.io.AtomicFiles;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.io.MemoryIoException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
   * <p>A failure before the commit point (a full disk while the new files are written) leaves
   * every target and the directory as they were, without pending files, and is thrown. After
   * the commit point the change has happened, whatever follows: a failure to complete the
   * renames now is not thrown but returned, and the next writer's (or reader's) recovery
   * completes them.
   *
   * @param writes the file replacements
   * @return true when the change is complete on disk; false when it is committed but its
   *     completion was left to the next recovery
   * @throws IOException when a write fails before the commit point (nothing changed then)
   * @throws MemoryFileException when a target is a symbolic link
   */
  public boolean commit(List<PlannedWrite> writes) throws IOException, MemoryFileException {
    if (writes.isEmpty()) {
      return true;
    }
    for (PlannedWrite write : writes) {
      refuseLink(write.file().in(memoryDirectory));
    }
    if (writes.size() == 1) {
      // One file needs no journal: the atomic rename alone is all-or-nothing.
      AtomicFiles.write(writes.get(0).file().in(memoryDirectory), writes.get(0).after());
      return true;
    }
    ObjectNode journal = codec.mapper().createObjectNode();
    journal.put("journalVersion", 2);
    ArrayNode renames = journal.putArray("renames");
    try {
      for (PlannedWrite write : writes) {
        Path target = write.file().in(memoryDirectory);
        // No temp-and-rename for a pending file: it counts only once the journal names it, and
        // the journal's own directory sync makes its directory entry durable.
        try {
          AtomicFiles.writeSynced(pendingPath(write.file()), write.after());
        } catch (IOException e) {
          throw new MemoryIoException("write", target, e);
        }
        ObjectNode rename = renames.addObject();
        rename.put("file", write.file().name());
        rename.put("beforeSize", Files.exists(target) ? Files.size(target) : -1L);
        rename.put("beforeModified",
            Files.exists(target) ? Files.getLastModifiedTime(target).toMillis() : -1L);
      }
      AtomicFiles.write(journalPath(), codec.toBytes(journal));
    } catch (IOException e) {
      for (PlannedWrite write : writes) {
        AtomicFiles.deleteQuietly(pendingPath(write.file()));
      }
      throw e;
    }
    // The commit point is behind us: the change is made, now or by the next recovery.
    try {
      replay(journal);
      AtomicFiles.delete(journalPath());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether a committed transaction waits for completion (its journal exists). Readers complete
   * it first so that they never read the state before it.
   *
   * @return true when {@link #recover()} has a transaction to complete
   */
  public boolean needsRecovery() {
    return Files.exists(journalPath(), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The problem to report when a transaction waits for completion in a directory this user
   * cannot write to.
   *
   * @return the problem, naming the journal
   */
  public MemoryFileException pendingInReadOnlyDirectory() {
    return new MemoryFileException(journalPath(), 0, 0, "an interrupted Plumbline write is"
        + " pending and cannot be completed here: the directory is not writable",
        "Run any plumbline memory command where the directory is writable (it completes the"
            + " write first); until then the files show the state before that write");
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
    boolean pending = Files.exists(journalPath(), LinkOption.NOFOLLOW_LINKS);
    if (pending) {
      refuseLink(journalPath());
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
      Path pending = pendingPath(file);
      if (Files.exists(pending, LinkOption.NOFOLLOW_LINKS)) {
        refuseLink(pending);
        refuseLink(file.in(memoryDirectory));
        checkUnchanged(file.in(memoryDirectory), rename);
        renamesToRedo.add(rename);
      }
    }
    for (JsonNode rename : renamesToRedo) {
      MemoryFile file = MemoryFile.valueOf(rename.path("file").asText());
      Path target = file.in(memoryDirectory);
      try {
        Files.move(pendingPath(file), target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw MemoryIoException.of("replace", target, e);
      }
    }
    AtomicFiles.syncDirectoryOf(journalPath());
  }

  /**
   * Refuses a symbolic link where Plumbline writes: following it could write outside the
   * project, and renaming over it would silently replace a link someone made on purpose.
   */
  private static void refuseLink(Path file) throws MemoryFileException {
    if (Files.isSymbolicLink(file)) {
      throw new MemoryFileException(file, 0, 0, "is a symbolic link",
          "Plumbline does not follow links inside " + MemoryFile.DIRECTORY + "/: nothing was"
              + " written. Replace the link by the file itself (or delete it, if it is a"
              + " leftover of an interrupted write) and run again");
    }
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
