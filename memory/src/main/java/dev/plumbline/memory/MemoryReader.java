// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.schema.SchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a memory file and accepts it only when it is valid JSON that matches its schema. */
public final class MemoryReader {

  private final Path memoryDirectory;
  private final JsonCodec codec;
  private final SchemaCheck schemaCheck;

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
    Path path = kind.in(memoryDirectory);
    byte[] content;
    try {
      content = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    JsonNode document = codec.parse(path, content);
    schemaCheck.check(kind, path, content, document);
    return Optional.of(new LoadedFile(kind, path, content, document));
  }
}
