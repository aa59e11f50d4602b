// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.io.MemoryIoException;
import dev.plumbline.memory.schema.SchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a memory file and accepts it only when it is UTF-8, valid JSON and matches its schema;
 * what passed once is not checked again while it stays the same ({@link ValidationCache}).
 */
final class MemoryReader {

  private final Path memoryDirectory;
  private final JsonCodec codec;
  private final SchemaCheck schemaCheck;
  private final ValidationCache cache;

  MemoryReader(Path memoryDirectory, JsonCodec codec, SchemaCheck schemaCheck) {
    this.memoryDirectory = memoryDirectory;
    this.codec = codec;
    this.schemaCheck = schemaCheck;
    this.cache = new ValidationCache(memoryDirectory, codec);
  }

  /**
   * A validated log or archive: what the archive rule needs to know about it, and its content
   * when it had to be read.
   *
   * @param exists whether the file exists
   * @param facts its entry count and oldest date
   * @param loaded the file as read, when it was read (empty when it was known valid)
   */
  record LogState(boolean exists, LogFacts facts, Optional<LoadedFile> loaded) {}

  /**
   * Inspects a log or archive: known valid by its stamp without reading it, else read and
   * checked in full (and remembered, so that the next inspection is cheap).
   */
  LogState inspectLog(MemoryFile kind) throws MemoryFileException, IOException {
    refuseLink(kind.in(memoryDirectory));
    Optional<LogFacts> known = cache.knownLog(kind);
    if (known.isPresent()) {
      return new LogState(true, known.get(), Optional.empty());
    }
    Optional<LoadedFile> file = read(kind, false, false);
    if (file.isEmpty()) {
      return new LogState(false, LogFacts.NONE, Optional.empty());
    }
    LogFacts facts = LogFacts.of(file.get().document());
    cache.remember(Map.of(kind, new ValidationCache.Written(file.get().content(), facts)));
    return new LogState(true, facts, file);
  }

  /** Records files just written from validated input; the caller holds the memory lock. */
  void rememberValid(Map<MemoryFile, ValidationCache.Written> written) {
    cache.remember(written);
  }

  /**
   * Reads a log or archive that {@link #inspectLog} just found known valid, under the same lock:
   * parsed, not checked again.
   */
  LoadedFile readKnownValid(MemoryFile kind) throws MemoryFileException, IOException {
    return read(kind, false, true).orElseThrow(() -> new MemoryIoException("read",
        kind.in(memoryDirectory), new NoSuchFileException(kind.in(memoryDirectory).toString())));
  }

  /** Reads and validates one memory file; empty when it does not exist. */
  Optional<LoadedFile> read(MemoryFile kind) throws MemoryFileException, IOException {
    return read(kind, false, false);
  }

  /**
   * Reads one memory file and checks it even when its content is known valid: what
   * {@code plumbline memory validate} does.
   */
  Optional<LoadedFile> readFullyChecked(MemoryFile kind)
      throws MemoryFileException, IOException {
    Optional<LoadedFile> file = read(kind, true, false);
    if (file.isPresent()) {
      boolean log = kind == MemoryFile.LOG || kind == MemoryFile.ARCHIVE;
      cache.remember(Map.of(kind, new ValidationCache.Written(file.get().content(),
          log ? LogFacts.of(file.get().document()) : null)));
    }
    return file;
  }

  private Optional<LoadedFile> read(MemoryFile kind, boolean fullCheck, boolean knownValid)
      throws MemoryFileException, IOException {
    Path path = kind.in(memoryDirectory);
    refuseLink(path);
    // A log or archive still stamped as validated needs no schema check: without this, reading
    // a long log (plumbline memory show) would check every entry each time.
    boolean stamped = !fullCheck && !knownValid
        && (kind == MemoryFile.LOG || kind == MemoryFile.ARCHIVE)
        && cache.knownLog(kind).isPresent();
    byte[] content;
    try {
      content = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw MemoryIoException.of("read", path, e);
    }
    JsonNode document = codec.parse(path, content);
    if (fullCheck || !knownValid && !stamped
        && !cache.isKnownValid(kind, ValidationCache.sha256(content))) {
      schemaCheck.check(kind, path, content, document);
    }
    return Optional.of(new LoadedFile(kind, path, content, document));
  }

  private static void refuseLink(Path path) throws MemoryFileException {
    if (Files.isSymbolicLink(path)) {
      throw new MemoryFileException(path, 0, 0, "is a symbolic link", "Plumbline does not"
          + " follow links inside " + MemoryFile.DIRECTORY + "/ (a write would replace the link,"
          + " or reach outside the project): nothing was written. Replace the link by the file"
          + " itself and run again");
    }
  }
}
