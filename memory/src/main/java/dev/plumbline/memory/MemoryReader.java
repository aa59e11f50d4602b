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
import java.util.List;
import java.util.Optional;

/** Reads a memory file and accepts it only when it is valid JSON that matches its schema. */
public final class MemoryReader {

  private final Path memoryDirectory;
  private final JsonCodec codec;
  private final SchemaCheck schemaCheck;
  private final ValidationCache cache;

  /**
   * Creates a reader for one {@code .claude/} directory.
   *
   * @param memoryDirectory the {@code .claude/} directory
   * @param codec the JSON codec
   * @param schemaCheck the schema validator
   */
  public MemoryReader(Path memoryDirectory, JsonCodec codec, SchemaCheck schemaCheck) {
    this.memoryDirectory = memoryDirectory;
    this.codec = codec;
    this.schemaCheck = schemaCheck;
    this.cache = new ValidationCache(memoryDirectory, codec);
  }

  /**
   * Records contents just written from validated input, so that reading them back skips the
   * schema check. The caller must hold the memory lock.
   *
   * @param kinds the files written
   * @param contents their new bytes, in the same order
   */
  public void rememberValid(List<MemoryFile> kinds, List<byte[]> contents) {
    cache.remember(kinds, contents);
  }

  /**
   * Reads and validates one memory file.
   *
   * @param kind the file to read
   * @return the loaded file, or empty when it does not exist
   * @throws MemoryFileException when it is not valid JSON or breaks its schema
   * @throws IOException when it cannot be read
   */
  public Optional<LoadedFile> read(MemoryFile kind) throws MemoryFileException, IOException {
    return read(kind, false);
  }

  /**
   * Reads one memory file and checks it against its schema even when its content is known
   * valid: what {@code plumbline memory validate} does.
   *
   * @param kind the file to read
   * @return the loaded file, or empty when it does not exist
   * @throws MemoryFileException when it is not valid JSON or breaks its schema
   * @throws IOException when it cannot be read
   */
  public Optional<LoadedFile> readFullyChecked(MemoryFile kind)
      throws MemoryFileException, IOException {
    return read(kind, true);
  }

  private Optional<LoadedFile> read(MemoryFile kind, boolean fullCheck)
      throws MemoryFileException, IOException {
    Path path = kind.in(memoryDirectory);
    if (Files.isSymbolicLink(path)) {
      throw new MemoryFileException(path, 0, 0, "is a symbolic link", "Plumbline does not"
          + " follow links inside " + MemoryFile.DIRECTORY + "/ (a write would replace the link,"
          + " or reach outside the project): nothing was written. Replace the link by the file"
          + " itself and run again");
    }
    byte[] content;
    try {
      content = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw MemoryIoException.of("read", path, e);
    }
    JsonNode document = codec.parse(path, content);
    String digest = fullCheck ? "" : ValidationCache.sha256(content);
    if (fullCheck || !cache.isKnownValid(kind, digest)) {
      schemaCheck.check(kind, path, content, document);
    }
    return Optional.of(new LoadedFile(kind, path, content, document));
  }
}
