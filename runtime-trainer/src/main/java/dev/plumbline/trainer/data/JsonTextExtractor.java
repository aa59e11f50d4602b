// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JSON and JSON Lines: every string value, one per line, in document order. Keys, numbers and
 * booleans are structure, not text, and are left out.
 */
final class JsonTextExtractor implements TextExtractor {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final boolean lines;

  JsonTextExtractor(boolean lines) {
    this.lines = lines;
  }

  @Override
  public void extract(Path file, ChunkSink sink) throws IOException, SourceFormatException {
    StringBuilder text = new StringBuilder();
    if (lines) {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          if (!line.isBlank()) {
            collect(parse(file, line, number), text);
          }
        }
      }
    } else {
      collect(parse(file, Files.readString(file, StandardCharsets.UTF_8), 0), text);
    }
    sink.accept(text.toString());
  }

  private static JsonNode parse(Path file, String json, int lineNumber)
      throws SourceFormatException {
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      JsonLocation where = e.getLocation();
      int line = lineNumber > 0 ? lineNumber : where == null ? 0 : where.getLineNr();
      throw new SourceFormatException(file + ":" + line + ": not valid JSON ("
          + e.getOriginalMessage() + ")", e);
    }
  }

  private static void collect(JsonNode node, StringBuilder text) {
    if (node.isTextual()) {
      text.append(node.textValue()).append('\n');
    } else if (node.isContainerNode()) {
      for (JsonNode child : node) {
        collect(child, text);
      }
    }
  }
}
