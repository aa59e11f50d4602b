// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.io.AtomicFiles;
import dev.plumbline.memory.io.FileStamp;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.schema.SchemaCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Remembers which content of each memory file already passed its checks (or was written by
 * Plumbline from validated input), so that it is not checked again, in {@value #FILE_NAME}
 * (ignored by version control):
 *
 * <ul>
 *   <li>the concept and the structure, which every build reads in full anyway, by the SHA-256 of
 *       their content: byte-identical content skips the schema check;
 *   <li>the log and the archive, which only grow, by their {@link FileStamp} (size, times, inode,
 *       last 4 KiB) together with their {@link LogFacts}: an unchanged stamp skips reading the
 *       file at all, which is what makes an append cost the same on a log of any size. Where
 *       stamps cannot be trusted (no status-change time) the content's SHA-256 is compared.
 * </ul>
 *
 * <p>Anything else, a single changed byte included, is read and checked in full. A missing or
 * damaged cache, or one written against other schemas, only means that everything is checked.
 */
final class ValidationCache {

  /** Name of the cache file inside {@code .claude/}. */
  static final String FILE_NAME = ".plumbline-validated.json";

  private static final String SCHEMAS_KEY = "schemas";
  private static final String SCHEMAS = schemasDigest();
  private static final String SHA256 = "sha256";
  private static final String STAMP = "stamp";
  private static final String FACTS = "facts";

  private final Path memoryDirectory;
  private final Path file;
  private final JsonCodec codec;

  ValidationCache(Path memoryDirectory, JsonCodec codec) {
    this.memoryDirectory = memoryDirectory;
    this.file = memoryDirectory.resolve(FILE_NAME);
    this.codec = codec;
  }

  /** Whether this exact content of {@code kind} is known to be valid. */
  boolean isKnownValid(MemoryFile kind, String sha256) {
    return sha256.equals(load().path(kind.name()).path(SHA256).asText(null));
  }

  /**
   * The facts of a log or archive whose file is still the one last validated or written, or
   * empty when it has to be read and checked.
   */
  Optional<LogFacts> knownLog(MemoryFile kind) throws IOException {
    JsonNode record = load().path(kind.name());
    Optional<LogFacts> facts = LogFacts.fromJson(record.path(FACTS));
    Optional<FileStamp> known = FileStamp.fromJson(record.path(STAMP));
    if (facts.isEmpty() || known.isEmpty()) {
      return Optional.empty();
    }
    Path path = kind.in(memoryDirectory);
    Optional<FileStamp> now = FileStamp.of(path);
    if (now.isEmpty() || !now.get().equals(known.get())) {
      return Optional.empty();
    }
    if (now.get().trustworthy()) {
      return facts;
    }
    byte[] content = Files.readAllBytes(path);
    return sha256(content).equals(record.path(SHA256).asText(null)) ? facts : Optional.empty();
  }

  /**
   * Records contents known to be valid, as they are on disk now; the caller holds the memory
   * lock. Never fails: a cache that cannot be written (a full disk) keeps its old records,
   * which do not match the new contents, so those are checked in full next time.
   *
   * @param written for each file written: its new content when in memory (else null), and its
   *     log facts for the log and the archive (else null)
   */
  void remember(Map<MemoryFile, Written> written) {
    try {
      ObjectNode records = load();
      for (Map.Entry<MemoryFile, Written> entry : written.entrySet()) {
        records.set(entry.getKey().name(), record(entry.getKey(), entry.getValue()));
      }
      if (Files.isDirectory(memoryDirectory)) {
        AtomicFiles.writeUnsynced(file, codec.toBytes(records));
      }
    } catch (IOException e) {
      // Only the time saved is lost: see above.
      return;
    }
  }

  /**
   * What was written to one file.
   *
   * @param content its complete new content, or null when only a tail was written
   * @param facts its log facts, for the log and the archive; null for the others
   */
  // The bytes are handed on once and never compared: record equality on the array does not matter.
  @SuppressWarnings("ArrayRecordComponent")
  record Written(byte @Nullable [] content, @Nullable LogFacts facts) {}

  private ObjectNode record(MemoryFile kind, Written written) throws IOException {
    ObjectNode record = codec.mapper().createObjectNode();
    LogFacts facts = written.facts();
    if (facts == null) {
      record.put(SHA256, sha256(Objects.requireNonNull(written.content(),
          "only the log and the archive are written by their tail")));
      return record;
    }
    Path path = kind.in(memoryDirectory);
    Optional<FileStamp> stamp = FileStamp.of(path);
    if (stamp.isEmpty()) {
      return record;
    }
    if (!stamp.get().trustworthy()) {
      byte[] content = written.content();
      record.put(SHA256, sha256(content != null ? content : Files.readAllBytes(path)));
    }
    record.set(STAMP, stamp.get().toJson(codec.mapper()));
    record.set(FACTS, facts.toJson(codec.mapper()));
    return record;
  }

  /**
   * The cache's records, or none when it is missing, damaged, or was written against other
   * schemas (a newer Plumbline may check more, e.g. that a date is a calendar date).
   */
  private ObjectNode load() {
    try {
      JsonNode node = Files.isSymbolicLink(file) ? null : codec.read(file);
      if (node != null && node.isObject() && SCHEMAS.equals(node.path(SCHEMAS_KEY).asText())) {
        return (ObjectNode) node;
      }
    } catch (IOException | MemoryFileException e) {
      // No cache yet, or a damaged one: check everything, and the next write replaces it.
      return fresh();
    }
    return fresh();
  }

  private ObjectNode fresh() {
    return codec.mapper().createObjectNode().put(SCHEMAS_KEY, SCHEMAS);
  }

  /** The digest of the four published schemas, whose rules the cached records passed. */
  private static String schemasDigest() {
    StringBuilder texts = new StringBuilder();
    for (MemoryFile kind : MemoryFile.values()) {
      texts.append(SchemaCheck.schemaText(kind)).append('\n');
    }
    return sha256(texts.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] content) {
    return FileStamp.sha256(content, content.length);
  }
}
