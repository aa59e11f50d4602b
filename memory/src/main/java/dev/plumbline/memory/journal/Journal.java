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
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A redo journal that makes a change of several memory files all-or-nothing under SIGKILL.
 *
 * <p>Before touching any file, the complete intent (each file's hash before, its new content and
 * the new content's hash) is written atomically to {@value #FILE_NAME}. Then each file is
 * replaced atomically, and the journal is deleted last. A process killed at any point leaves
 * either no journal (nothing or everything done) or a complete one, which the next writer,
 * holding the lock, replays: a file whose hash equals "after" is done, one whose hash equals
 * "before" is written, anything else means someone edited the file since, and recovery stops
 * with an error instead of guessing.
 */
public final class Journal {

  /** Name of the journal file inside {@code .claude/}. */
  public static final String FILE_NAME = ".plumbline-journal.json";

  private static final String REMEDY_CONFLICT =
      "An interrupted Plumbline write is pending in " + FILE_NAME + " but the file was edited"
          + " since: compare the file with the journal's content, keep what you need, then delete"
          + " the journal and run the build again";

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
   * @throws IOException when a write fails (the journal then stays, and the next run completes it)
   * @throws MemoryFileException when a file changed between planning and applying
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
    AtomicFiles.write(journalPath(), codec.toBytes(toJson(writes)));
    replay(readEntries());
    AtomicFiles.delete(journalPath());
  }

  /**
   * Completes an interrupted transaction, if one is pending, and removes stale temporary files.
   * The caller must hold the memory lock.
   *
   * @return true when a pending transaction was completed
   * @throws IOException when a file cannot be read or written
   * @throws MemoryFileException when the journal is unreadable or a file changed since
   */
  public boolean recover() throws IOException, MemoryFileException {
    deleteStaleTempFiles();
    if (!Files.exists(journalPath())) {
      return false;
    }
    replay(readEntries());
    AtomicFiles.delete(journalPath());
    return true;
  }

  private void replay(List<JournalEntry> entries) throws IOException, MemoryFileException {
    for (JournalEntry entry : entries) {
      Path target = entry.file().in(memoryDirectory);
      String current = sha256(readOrNull(target));
      if (current != null && current.equals(entry.afterSha256())) {
        continue;
      }
      if (!Objects.equals(current, entry.beforeSha256())) {
        throw new MemoryFileException(target, 0, 0,
            "changed since an interrupted Plumbline transaction planned to replace it",
            REMEDY_CONFLICT);
      }
      AtomicFiles.write(target, entry.content().getBytes(StandardCharsets.UTF_8));
    }
  }

  private List<JournalEntry> readEntries() throws IOException, MemoryFileException {
    JsonNode root = codec.read(journalPath());
    List<JournalEntry> entries = new ArrayList<>();
    for (JsonNode write : root.path("writes")) {
      entries.add(new JournalEntry(
          MemoryFile.valueOf(write.path("file").asText()),
          write.path("beforeSha256").isNull() ? null : write.path("beforeSha256").asText(),
          write.path("afterSha256").asText(),
          write.path("content").asText()));
    }
    return entries;
  }

  private JsonNode toJson(List<PlannedWrite> writes) {
    ObjectNode root = codec.mapper().createObjectNode();
    root.put("journalVersion", 1);
    ArrayNode array = root.putArray("writes");
    for (PlannedWrite write : writes) {
      ObjectNode node = array.addObject();
      node.put("file", write.file().name());
      node.put("beforeSha256", sha256(write.before()));
      node.put("afterSha256", sha256(write.after()));
      node.put("content", new String(write.after(), StandardCharsets.UTF_8));
    }
    return root;
  }

  private void deleteStaleTempFiles() throws IOException {
    try (DirectoryStream<Path> stale =
        Files.newDirectoryStream(memoryDirectory, "*" + AtomicFiles.TEMP_SUFFIX)) {
      for (Path file : stale) {
        Files.deleteIfExists(file);
      }
    }
  }

  private Path journalPath() {
    return memoryDirectory.resolve(FILE_NAME);
  }

  private static byte[] readOrNull(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Hex SHA-256 of the content, or null for a file that does not exist. */
  static String sha256(byte[] content) {
    if (content == null) {
      return null;
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }

  /** One write as recorded in the journal file. */
  private record JournalEntry(MemoryFile file, String beforeSha256, String afterSha256,
      String content) {}
}
