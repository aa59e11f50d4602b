// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Reads memory files into trees (so fields Plumbline does not know survive verbatim, numbers
 * included) and writes trees in one stable layout: two-space indent, one array element per
 * line, a final newline. Only UTF-8 is read ({@link Utf8Check}).
 */
public final class JsonCodec {

  private static final String REMEDY_SYNTAX =
      "Plumbline did not change the file: fix the JSON at that position by hand (or restore the"
          + " file from version control) and run the build again";

  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  /**
   * Creates a codec whose parser rejects duplicate keys and trailing content and keeps numbers
   * as written.
   */
  public JsonCodec() {
    // Field names are not interned: a large structure has tens of thousands of distinct names
    // (modules, classes, members), and interning them all cost a third of its parse time.
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build();
    this.mapper = JsonMapper.builder(factory).build();
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
   * Parses content that came from {@code file}, after checking that it is UTF-8 (a UTF-8 byte
   * order mark is allowed). Numbers keep the exact text they were written with
   * ({@link VerbatimNumberNode}).
   *
   * @param file the file named in errors
   * @param content the file's bytes
   * @return the parsed tree
   * @throws MemoryFileException when the content is not UTF-8 or not one valid JSON document
   */
  public JsonNode parse(Path file, byte[] content) throws MemoryFileException {
    int start = Utf8Check.check(file, content);
    try (JsonParser parser = mapper.createParser(content, start, content.length - start)) {
      try {
        JsonNode node = readTree(parser);
        if (node == null) {
          throw new MemoryFileException(file, 1, 1, "the file is empty, not a JSON document",
              REMEDY_SYNTAX);
        }
        if (parser.nextToken() != null) {
          throw syntaxError(file, parser.currentTokenLocation(),
              "not valid JSON (more content after the end of the document)");
        }
        return node;
      } catch (JsonProcessingException e) {
        // Limits (nesting depth, string length) are reported without a location: use the
        // parser's, which is where it stopped.
        JsonLocation location = e.getLocation() != null ? e.getLocation()
            : parser.currentLocation();
        throw syntaxError(file, location, "not valid JSON (" + e.getOriginalMessage() + ")");
      }
    } catch (IOException e) {
      throw new MemoryFileException(file, 0, 0, "unreadable (" + e.getMessage() + ")",
          REMEDY_SYNTAX);
    }
  }

  private static MemoryFileException syntaxError(Path file, JsonLocation location,
      String problem) {
    int line = location == null ? 0 : Math.max(location.getLineNr(), 1);
    int column = location == null ? 0 : Math.max(location.getColumnNr(), 1);
    return new MemoryFileException(file, line, column, problem, REMEDY_SYNTAX);
  }

  /**
   * Builds the tree of one JSON value without recursion, with numbers as written. Jackson's own
   * tree reader turns {@code -0} into {@code 0} and {@code 1e2} into {@code 1E+2}.
   */
  private @Nullable JsonNode readTree(JsonParser parser) throws IOException {
    JsonNodeFactory nodes = mapper.getNodeFactory();
    Deque<ContainerNode<?>> open = new ArrayDeque<>();
    JsonNode root = null;
    String field = null;
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      JsonNode value;
      switch (token) {
        case FIELD_NAME -> {
          field = parser.currentName();
          continue;
        }
        case END_OBJECT, END_ARRAY -> {
          open.pop();
          if (open.isEmpty()) {
            return root;
          }
          continue;
        }
        case START_OBJECT -> value = nodes.objectNode();
        case START_ARRAY -> value = nodes.arrayNode();
        case VALUE_STRING -> value = nodes.textNode(parser.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = new VerbatimNumberNode(
            parser.getText());
        case VALUE_TRUE -> value = nodes.booleanNode(true);
        case VALUE_FALSE -> value = nodes.booleanNode(false);
        case VALUE_NULL -> value = nodes.nullNode();
        default -> throw new JsonParseException(parser, "unexpected token " + token);
      }
      if (open.isEmpty()) {
        root = value;
      } else if (open.peek() instanceof ObjectNode object) {
        object.set(field, value);
      } else {
        ((ArrayNode) open.peek()).add(value);
      }
      if (value instanceof ContainerNode<?> container) {
        open.push(container);
      } else if (open.isEmpty()) {
        return root;
      }
    }
    return root;
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

  /**
   * Serializes a tree in the stable layout, starting with the UTF-8 byte order mark when the
   * file it replaces had one.
   *
   * @param node the tree
   * @param bom whether to start with the byte order mark
   * @return UTF-8 bytes ending with a newline
   */
  public byte[] toBytes(JsonNode node, boolean bom) {
    byte[] json = toBytes(node);
    if (!bom) {
      return json;
    }
    byte[] withBom = new byte[Utf8Check.BOM.length + json.length];
    System.arraycopy(Utf8Check.BOM, 0, withBom, 0, Utf8Check.BOM.length);
    System.arraycopy(json, 0, withBom, Utf8Check.BOM.length, json.length);
    return withBom;
  }
}
