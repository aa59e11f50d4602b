// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.schema;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.io.JsonLocator;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.io.TerminalText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates memory files against the JSON Schemas published in this jar (and in the repository
 * under {@code memory/src/main/resources/dev/plumbline/memory/schema/}).
 */
public final class SchemaCheck {

  private static final String REMEDY =
      "Plumbline did not change the file: correct that value so the file matches its schema"
          + " (published in plumbline-memory under dev/plumbline/memory/schema/) and run the"
          + " build again";

  private final Map<MemoryFile, Schema> schemas = new EnumMap<>(MemoryFile.class);

  /**
   * Creates the check. The schemas are loaded on the first check: a command that meets only
   * files already known valid (an append to a log Plumbline wrote) never pays for them.
   */
  public SchemaCheck() {
    // Nothing to do until the first check.
  }

  private synchronized Schema schema(MemoryFile kind) {
    if (schemas.isEmpty()) {
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
      for (MemoryFile file : MemoryFile.values()) {
        schemas.put(file, registry.getSchema(schemaText(file), InputFormat.JSON));
      }
    }
    return Objects.requireNonNull(schemas.get(kind), "every memory file has a schema");
  }

  /**
   * Returns the text of a file's schema, as published.
   *
   * @param file the memory file
   * @return the schema's JSON text
   */
  public static String schemaText(MemoryFile file) {
    try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(
        file.schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the jar: "
            + file.schemaResource());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks a parsed document against its schema.
   *
   * @param kind which memory file the document is
   * @param path the file, named in the error
   * @param content the file's bytes, to find the line and column of the first violation
   * @param document the parsed document
   * @throws MemoryFileException naming the first violation's position, when there is one
   */
  public void check(MemoryFile kind, Path path, byte[] content, JsonNode document)
      throws MemoryFileException {
    // Formats are assertions here, not annotations: a date such as 2026-02-30 matches the
    // pattern but is no calendar date, and the archive rule must never meet one.
    List<Error> errors = schema(kind).validate(document,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    if (errors.isEmpty()) {
      return;
    }
    Error first = errors.get(0);
    JsonPointer pointer = toPointer(first.getInstanceLocation());
    int[] position = JsonLocator.locate(content, pointer);
    String where = pointer.toString().isEmpty() ? "the document" : pointer.toString();
    String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
    throw new MemoryFileException(path, position[0], position[1],
        "breaks its schema at " + where + ": " + describe(first) + more, REMEDY);
  }

  /** The validator's message, but a value that is no real date or time says so plainly. */
  private static String describe(Error error) {
    JsonNode value = error.getInstanceNode();
    String quoted = value == null || !value.isTextual() ? ""
        : "'" + TerminalText.escape(value.asText()) + "' ";
    if ("format".equals(error.getKeyword())) {
      String format = error.getSchemaNode() == null ? "" : error.getSchemaNode().asText();
      return quoted + switch (format) {
        case "date" -> "is not a calendar date (YYYY-MM-DD)";
        case "date-time" -> "is not a valid instant (YYYY-MM-DDTHH:MM:SSZ)";
        default -> "is not a valid " + format;
      };
    }
    if ("pattern".equals(error.getKeyword()) && error.getInstanceLocation().getNameCount() > 0
        && "time".equals(String.valueOf(error.getInstanceLocation().getElement(
            error.getInstanceLocation().getNameCount() - 1)))) {
      return quoted + "is not a time of day to the minute (HH:MM, 00:00 to 23:59)";
    }
    return TerminalText.escape(error.getMessage());
  }

  private static JsonPointer toPointer(NodePath path) {
    JsonPointer pointer = JsonPointer.empty();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer = element instanceof Integer index
          ? pointer.appendIndex(index)
          : pointer.appendProperty(String.valueOf(element));
    }
    return pointer;
  }
}
