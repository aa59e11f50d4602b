// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads memory files into trees (so fields Plumbline does not know survive verbatim) and writes
 * trees in one stable layout: two-space indent, one array element per line, a final newline.
 */
public final class JsonCodec {

  private static final String REMEDY_SYNTAX =
      "Plumbline did not change the file: fix the JSON at that position by hand (or restore the"
          + " file from version control) and run the build again";

  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  /** Creates a codec that rejects duplicate keys and trailing content, and keeps decimals exact. */
  public JsonCodec() {
    JsonFactory factory =
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Decimals written by people keep their exact digits (1.50 stays 1.50).
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    this.writer = mapper.writer(printer);
  }

  /**
   * Returns the mapper, for building new nodes.
   *
   * @return the configured mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Parses a whole file.
   *
   * @param file the file to read
   * @return the parsed tree
   * @throws MemoryFileException when the content is not one valid JSON document
   * @throws IOException when the file cannot be read
   */
  public JsonNode read(Path file) throws MemoryFileException, IOException {
    return parse(file, Files.readAllBytes(file));
  }

  /**
   * Parses content that came from {@code file}.
   *
   * @param file the file named in errors
   * @param content the file's bytes
   * @return the parsed tree
   * @throws MemoryFileException when the content is not one valid JSON document
   */
  public JsonNode parse(Path file, byte[] content) throws MemoryFileException {
    try (JsonParser parser = mapper.createParser(content)) {
      JsonNode node = mapper.readTree(parser);
      if (node == null || node.isMissingNode()) {
        throw new MemoryFileException(file, 1, 1, "the file is empty, not a JSON document",
            REMEDY_SYNTAX);
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      int line = location == null ? 0 : Math.max(location.getLineNr(), 1);
      int column = location == null ? 0 : Math.max(location.getColumnNr(), 1);
      throw new MemoryFileException(
          file, line, column, "not valid JSON (" + e.getOriginalMessage() + ")", REMEDY_SYNTAX);
    } catch (IOException e) {
      throw new MemoryFileException(file, 0, 0, "unreadable (" + e.getMessage() + ")",
          REMEDY_SYNTAX);
    }
  }

  /**
   * Serializes a tree in the stable layout.
   *
   * @param node the tree
   * @return UTF-8 bytes ending with a newline
   */
  public byte[] toBytes(JsonNode node) {
    try {
      return (writer.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be serialized", e);
    }
  }
}
