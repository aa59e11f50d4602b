// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.io.AtomicFiles;
import dev.plumbline.memory.io.FileStamp;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.io.MemoryIoException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An intent journal that makes a change of one or several memory files all-or-nothing under
 * SIGKILL and power loss, at a cost that does not grow with the files.
 *
 * <p>A transaction is a list of {@link Operation}s: a file replaced, or a tail written over the
 * end of a file (an append). Commit: (1) each replacement is written in full and fsynced as a
 * pending file beside its target, and the directory is synced; (2) the journal
 * {@value #FILE_NAME}, which describes every operation (an append with its offset and its whole
 * tail) and carries the SHA-256 of its own text, is written in place and fsynced: this is the
 * commit point; (3) each pending file is renamed over its target, each tail is written at its
 * offset, the file truncated after it and fsynced; (4) the journal is marked done. The journal
 * file stays (a file rewritten in place needs no directory sync, so an append costs two fsyncs).
 *
 * <p>Recovery, run by the next writer under the lock before anything else: a journal that is
 * done, or whose checksum does not match (a commit torn by a crash, before any target was
 * touched), commits nothing, and leftover pending and temporary files are deleted. A committed
 * one is completed: a replacement whose pending file still exists is renamed (a done rename
 * left none), a tail is written again (writing it twice gives the same bytes), unless it is
 * already there in full. Whatever byte a kill interrupts, the next open finds either the old
 * files (no commit) or completes the new ones. A target edited by hand since the crash (other
 * size or time before a replacement; other bytes before an append's offset, or a size no torn
 * append can leave) stops recovery with an error, keeping the journal, instead of guessing.
 */
public final class Journal {

  /** Name of the journal file inside {@code .claude/}. */
  public static final String FILE_NAME = ".plumbline-journal.json";

  /** Suffix of a new file written but not yet renamed over its target. */
  public static final String PENDING_SUFFIX = ".plumbline-pending";

  private static final int VERSION = 3;
  private static final int ANCHOR_BYTES = 256;
  private static final String COMMITTED = "committed";
  private static final String DONE = "done";
  private static final String APPEND = "append";
  private static final String REPLACE = "replace";

  private static final String REMEDY_CONFLICT =
      "An interrupted Plumbline write is pending (see " + FILE_NAME + " and any "
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
   * Applies the operations as one all-or-nothing change. The caller must hold the memory lock
   * and must have run {@link #recover()} under it.
   *
   * <p>A failure while the new files, the journal or a tail are written (a full disk, a file
   * size limit) leaves every target as it was, without pending files, and is thrown: tails
   * already written are cut back to the old bytes, and the journal is marked done so that no
   * recovery redoes them. Only what cannot fail for lack of space comes after that: the renames
   * of replaced files. If one of them fails, the change is made all the same and its completion
   * is left to the next recovery: that is returned, not thrown.
   *
   * @param operations the changes
   * @return true when the change is complete on disk; false when it is committed but its
   *     completion was left to the next recovery
   * @throws IOException when a write fails (nothing changed then)
   * @throws MemoryFileException when a target is a symbolic link
   */
  public boolean commit(List<Operation> operations) throws IOException, MemoryFileException {
    if (operations.isEmpty()) {
      return true;
    }
    ObjectNode journal = codec.mapper().createObjectNode();
    journal.put("journalVersion", VERSION).put("state", COMMITTED);
    ArrayNode described = journal.putArray("operations");
    List<Path> pendingFiles = new ArrayList<>();
    if (operations.stream().anyMatch(Operation.Replace.class::isInstance)) {
      // The previous transaction's done mark was not synced (a lost mark costs a recovery that
      // finds nothing to do). Pending files must not meet an older committed journal, whose
      // replacements they would seem to be: make the mark durable first.
      syncJournal();
    }
    try {
      for (Operation operation : operations) {
        refuseLink(target(operation.file()));
        described.add(describe(operation, pendingFiles));
      }
      if (!pendingFiles.isEmpty()) {
        // The journal is rewritten in place, so its own write syncs no directory entry: the
        // pending files' entries must be durable before the journal names them.
        AtomicFiles.syncDirectoryOf(pendingFiles.get(0));
      }
      writeJournal(journal, true);
    } catch (IOException e) {
      pendingFiles.forEach(AtomicFiles::deleteQuietly);
      throw e;
    }
    try {
      writeTails(described);
    } catch (IOException e) {
      return abort(described, pendingFiles, e);
    }
    try {
      renamePending(described);
      markDone(false);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Undoes the tails of a commit whose tail write failed, and marks the journal done, durably,
   * before the failure is reported: the caller may retry, so no recovery may redo it. When the
   * undo itself fails, the transaction stays committed and the next recovery completes it.
   */
  private boolean abort(JsonNode operations, List<Path> pendingFiles, IOException failure)
      throws IOException {
    try {
      for (JsonNode operation : operations) {
        if (APPEND.equals(operation.path("op").asText())) {
          Path target = target(MemoryFile.valueOf(operation.path("file").asText()));
          writeAt(target, operation.path("offset").asLong(), operation.path("before").asText()
              .getBytes(StandardCharsets.UTF_8), false);
        }
      }
      markDone(true);
    } catch (IOException undo) {
      failure.addSuppressed(undo);
      return false;
    }
    pendingFiles.forEach(AtomicFiles::deleteQuietly);
    throw failure;
  }

  /**
   * Whether a committed transaction waits for completion. Readers complete it first so that they
   * never read a tail half written.
   *
   * @return true when {@link #recover()} has a transaction to complete
   * @throws IOException when the journal cannot be read
   */
  public boolean needsRecovery() throws IOException {
    return committed().isPresent();
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
   * @throws IOException when a file cannot be read or written
   * @throws MemoryFileException when a target was edited since, or is a symbolic link
   */
  public boolean recover() throws IOException, MemoryFileException {
    Optional<JsonNode> journal = committed();
    if (journal.isPresent()) {
      JsonNode operations = journal.get().has("renames")
          ? legacyOperations(journal.get().path("renames"))
          : journal.get().path("operations");
      checkRecoverable(operations);
      apply(operations);
      markDone(false);
    }
    deleteDebris();
    return journal.isPresent();
  }

  /** Describes an operation for the journal; a replacement's pending file is written now. */
  private ObjectNode describe(Operation operation, List<Path> pendingFiles) throws IOException {
    Path target = target(operation.file());
    ObjectNode node = codec.mapper().createObjectNode();
    node.put("file", operation.file().name());
    if (operation instanceof Operation.Replace replace) {
      Path pending = pendingPath(operation.file());
      pendingFiles.add(pending);
      try {
        AtomicFiles.writeSynced(pending, replace.content());
      } catch (IOException e) {
        throw new MemoryIoException("write", target, e);
      }
      node.put("op", REPLACE);
      node.put("beforeSize", Files.exists(target) ? Files.size(target) : -1L);
      node.put("beforeModified",
          Files.exists(target) ? Files.getLastModifiedTime(target).toMillis() : -1L);
    } else if (operation instanceof Operation.Append append) {
      FileStamp stamp = FileStamp.of(target).orElseThrow(() -> new MemoryIoException("append to",
          target, new NoSuchFileException(target.toString())));
      if (append.offset() > stamp.size()) {
        throw new IllegalArgumentException("an append starts within its file");
      }
      node.put("op", APPEND);
      node.put("offset", append.offset());
      node.put("tail", new String(append.tail(), StandardCharsets.UTF_8));
      try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ,
          LinkOption.NOFOLLOW_LINKS)) {
        // The bytes the tail replaces (the closing bracket and whitespace): what an abort puts
        // back.
        node.put("before", new String(read(channel, append.offset(),
            (int) (stamp.size() - append.offset())), StandardCharsets.UTF_8));
      }
      node.put("beforeSize", stamp.size());
      node.put("key", stamp.key());
      node.put("anchor", anchor(target, append.offset()));
    }
    return node;
  }

  /** Carries out the operations; each step may be repeated with the same result. */
  private void apply(JsonNode operations) throws IOException {
    writeTails(operations);
    renamePending(operations);
  }

  /** Writes every append's tail; tails come first, as only they can fail for lack of space. */
  private void writeTails(JsonNode operations) throws IOException {
    for (JsonNode operation : operations) {
      if (APPEND.equals(operation.path("op").asText())) {
        Path target = target(MemoryFile.valueOf(operation.path("file").asText()));
        writeAt(target, operation.path("offset").asLong(),
            operation.path("tail").asText().getBytes(StandardCharsets.UTF_8), true);
      }
    }
  }

  private void renamePending(JsonNode operations) throws IOException {
    boolean renamed = false;
    for (JsonNode operation : operations) {
      MemoryFile file = MemoryFile.valueOf(operation.path("file").asText());
      if (REPLACE.equals(operation.path("op").asText())
          && Files.exists(pendingPath(file), LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.move(pendingPath(file), target(file), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          throw new MemoryIoException("replace", target(file), e);
        }
        renamed = true;
      }
    }
    if (renamed) {
      AtomicFiles.syncDirectoryOf(journalPath());
    }
  }

  /**
   * Makes {@code bytes} the end of the file from {@code offset}: writes them there and cuts the
   * file after them, then syncs. With {@code skipIfPresent}, a file that already holds them
   * there is left alone (it may have grown since, by a later hand edit).
   */
  private static void writeAt(Path target, long offset, byte[] bytes, boolean skipIfPresent)
      throws IOException {
    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      if (skipIfPresent && Arrays.equals(read(channel, offset, bytes.length), bytes)) {
        return;
      }
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer, offset + buffer.position());
      }
      channel.truncate(offset + bytes.length);
      channel.force(false);
    } catch (IOException e) {
      throw MemoryIoException.of("write", target, e);
    }
  }

  /**
   * Before completing a committed transaction: each target must be as the transaction left it,
   * not edited since. A replacement's target keeps the size and time it had before; an append's
   * target keeps the bytes before the offset and a size that the tail write (done in part or in
   * full) can explain; a target replaced since as a whole (another inode) makes an append moot.
   */
  private void checkRecoverable(JsonNode operations) throws IOException, MemoryFileException {
    for (JsonNode operation : operations) {
      MemoryFile file = MemoryFile.valueOf(operation.path("file").asText());
      Path target = target(file);
      refuseLink(target);
      if (APPEND.equals(operation.path("op").asText())) {
        checkAppendable(target, operation);
      } else if (Files.exists(pendingPath(file), LinkOption.NOFOLLOW_LINKS)) {
        refuseLink(pendingPath(file));
        long size = Files.exists(target) ? Files.size(target) : -1L;
        long modified = Files.exists(target) ? Files.getLastModifiedTime(target).toMillis() : -1L;
        if (size != operation.path("beforeSize").asLong()
            || modified != operation.path("beforeModified").asLong()) {
          throw conflict(target, "replace");
        }
      }
    }
  }

  private void checkAppendable(Path target, JsonNode operation)
      throws IOException, MemoryFileException {
    Optional<FileStamp> stamp = FileStamp.of(target);
    long offset = operation.path("offset").asLong();
    long tailLength = operation.path("tail").asText().getBytes(StandardCharsets.UTF_8).length;
    long before = operation.path("beforeSize").asLong();
    if (stamp.isEmpty()) {
      throw conflict(target, "append to");
    }
    String key = operation.path("key").asText();
    if (!key.isEmpty() && !key.equals(stamp.get().key())) {
      // Replaced as a whole after this append was completed (a lost done mark): nothing to do.
      ((ObjectNode) operation).put("op", "superseded");
      return;
    }
    boolean sizeExplained = stamp.get().size() <= Math.max(before, offset + tailLength)
        && stamp.get().size() >= offset;
    if (!sizeExplained && !tailPresent(target, offset, operation)
        || !anchor(target, offset).equals(operation.path("anchor").asText())) {
      throw conflict(target, "append to");
    }
  }

  private boolean tailPresent(Path target, long offset, JsonNode operation) throws IOException {
    byte[] tail = operation.path("tail").asText().getBytes(StandardCharsets.UTF_8);
    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ,
        LinkOption.NOFOLLOW_LINKS)) {
      return Arrays.equals(read(channel, offset, tail.length), tail);
    }
  }

  private static MemoryFileException conflict(Path target, String operation) {
    return new MemoryFileException(target, 0, 0, "changed since an interrupted Plumbline"
        + " transaction planned to " + operation + " it", REMEDY_CONFLICT);
  }

  /** The SHA-256 of the bytes just before {@code offset}: what an append must find there. */
  private static String anchor(Path target, long offset) throws IOException {
    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ,
        LinkOption.NOFOLLOW_LINKS)) {
      long start = Math.max(0, offset - ANCHOR_BYTES);
      byte[] bytes = read(channel, start, (int) (offset - start));
      return FileStamp.sha256(bytes, bytes.length);
    }
  }

  private static byte[] read(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    int read = 0;
    while (buffer.hasRemaining() && read >= 0) {
      read = channel.read(buffer, position + buffer.position());
    }
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  /**
   * Writes the journal in place: its first line is the SHA-256 of the rest, so that a write
   * torn by a crash is recognized and taken for what it is, no commit.
   */
  private void writeJournal(ObjectNode journal, boolean sync) throws IOException {
    Path path = journalPath();
    refuseLinkUnchecked(path);
    byte[] body = codec.toBytes(journal);
    byte[] line = (FileStamp.sha256(body, body.length) + "\n").getBytes(StandardCharsets.UTF_8);
    boolean created = !Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer buffer = ByteBuffer.allocate(line.length + body.length).put(line).put(body);
      buffer.flip();
      while (buffer.hasRemaining()) {
        channel.write(buffer, buffer.position());
      }
      channel.truncate(line.length + body.length);
      if (sync) {
        channel.force(false);
      }
    } catch (IOException e) {
      throw new MemoryIoException("write", path, e);
    }
    if (created && sync) {
      AtomicFiles.syncDirectoryOf(path);
    }
  }

  private void syncJournal() throws IOException {
    try (FileChannel channel = FileChannel.open(journalPath(), StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS)) {
      channel.force(false);
    } catch (NoSuchFileException e) {
      // No journal yet: nothing older to meet.
      return;
    } catch (IOException e) {
      throw new MemoryIoException("write", journalPath(), e);
    }
  }

  /**
   * Marks the transaction complete. After a success the mark need not be durable: a lost mark
   * only makes the next recovery find every operation done. After an abort it must be.
   */
  private void markDone(boolean sync) throws IOException {
    writeJournal(codec.mapper().createObjectNode().put("journalVersion", VERSION)
        .put("state", DONE), sync);
  }

  /** The committed, not yet completed transaction, if there is one. */
  private Optional<JsonNode> committed() throws IOException {
    Path path = journalPath();
    byte[] content;
    try {
      if (Files.isSymbolicLink(path)) {
        throw new MemoryIoException("read", path, new IOException("is a symbolic link; delete"
            + " it (Plumbline does not follow links inside " + MemoryFile.DIRECTORY + "/)"));
      }
      content = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    int newline = indexOf(content, (byte) '\n');
    if (newline == 64 && content.length > 0 && content[0] != '{') {
      String digest = new String(content, 0, 64, StandardCharsets.US_ASCII);
      byte[] body = Arrays.copyOfRange(content, 65, content.length);
      if (!digest.equals(FileStamp.sha256(body, body.length))) {
        return Optional.empty();
      }
      return parse(path, body).filter(node -> COMMITTED.equals(node.path("state").asText()));
    }
    // Version 2 (before appends in place): renamed into place atomically, no checksum, deleted
    // once complete. A file there is a committed transaction.
    return parse(path, content).filter(node -> node.has("renames"));
  }

  private Optional<JsonNode> parse(Path path, byte[] body) {
    try {
      return Optional.of(codec.parse(path, body));
    } catch (MemoryFileException e) {
      return Optional.empty();
    }
  }

  private ArrayNode legacyOperations(JsonNode renames) {
    ArrayNode operations = codec.mapper().createArrayNode();
    for (JsonNode rename : renames) {
      operations.add(((ObjectNode) rename.deepCopy()).put("op", REPLACE));
    }
    return operations;
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
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

  private static void refuseLinkUnchecked(Path file) throws IOException {
    if (Files.isSymbolicLink(file)) {
      throw new MemoryIoException("write", file, new IOException("is a symbolic link; delete"
          + " it (Plumbline does not follow links inside " + MemoryFile.DIRECTORY + "/)"));
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

  private Path target(MemoryFile file) {
    return file.in(memoryDirectory);
  }

  private Path pendingPath(MemoryFile file) {
    return memoryDirectory.resolve("." + file.fileName() + PENDING_SUFFIX);
  }

  private Path journalPath() {
    return memoryDirectory.resolve(FILE_NAME);
  }
}
