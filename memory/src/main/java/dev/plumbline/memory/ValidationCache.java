// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.memory.io.AtomicFiles;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.schema.SchemaCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Remembers the SHA-256 of each memory file's last content that passed its schema (or that
 * Plumbline wrote from validated input), so that byte-identical content is not schema-checked
 * again: on a long log the schema check costs as much as parsing. Any other content, including
 * a single changed byte, is checked in full. The cache lives in {@value #FILE_NAME} (ignored by
 * version control); a missing or unreadable cache only means that everything is checked.
 */
final class ValidationCache {

  /** Name of the cache file inside {@code .claude/}. */
  static final String FILE_NAME = ".plumbline-validated.json";

  private static final String SCHEMAS_KEY = "schemas";
  private static final String SCHEMAS = schemasDigest();

  private final Path file;
  private final JsonCodec codec;

  ValidationCache(Path memoryDirectory, JsonCodec codec) {
    this.file = memoryDirectory.resolve(FILE_NAME);
    this.codec = codec;
  }

  boolean isKnownValid(MemoryFile kind, String sha256) {
    return sha256.equals(load().path(kind.name()).asText(null));
  }

  /**
   * Records contents known to be valid; the caller holds the memory lock. Never fails: a cache
   * that cannot be written (a full disk) keeps its old digests, which do not match the new
   * contents, so they are checked in full next time.
   */
  void remember(List<MemoryFile> kinds, List<byte[]> contents) {
    ObjectNode digests = load();
    boolean changed = false;
    for (int i = 0; i < kinds.size(); i++) {
      String digest = sha256(contents.get(i));
      changed |= !digest.equals(digests.path(kinds.get(i).name()).asText(null));
      digests.put(kinds.get(i).name(), digest);
    }
    if (changed && Files.isDirectory(file.getParent())) {
      try {
        AtomicFiles.write(file, codec.toBytes(digests));
      } catch (IOException e) {
        return;
      }
    }
  }

  /**
   * The cache's digests, or none when it is missing, damaged, or was written against other
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

  /** The digest of the four published schemas, whose rules the cached digests passed. */
  private static String schemasDigest() {
    StringBuilder texts = new StringBuilder();
    for (MemoryFile kind : MemoryFile.values()) {
      texts.append(SchemaCheck.schemaText(kind)).append('\n');
    }
    return sha256(texts.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
