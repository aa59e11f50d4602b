// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds the line and column where a value of a JSON document starts, so that a schema error can
 * be reported at a position in the file instead of as an abstract path.
 */
public final class JsonLocator {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonLocator() {}

  /**
   * Locates the value at {@code pointer}.
   *
   * @param content the document's bytes
   * @param pointer the value's JSON pointer ({@code ""} is the root)
   * @return {line, column}, both 1-based; {1, 1} when the value is not found
   */
  public static int[] locate(byte[] content, JsonPointer pointer) {
    try (JsonParser parser = FACTORY.createParser(content)) {
      JsonToken token = parser.nextToken();
      while (token != null) {
        if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT
            && token != JsonToken.END_ARRAY && pointer.equals(currentPointer(parser, token))) {
          JsonLocation location = parser.currentTokenLocation();
          return new int[] {location.getLineNr(), location.getColumnNr()};
        }
        token = parser.nextToken();
      }
    } catch (IOException e) {
      // Only valid documents reach schema checks; an unreadable one is reported at its start.
      return new int[] {1, 1};
    }
    return new int[] {1, 1};
  }

  /** Start tokens of containers belong to the parent context's current position. */
  private static JsonPointer currentPointer(JsonParser parser, JsonToken token) {
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      return parser.getParsingContext().getParent() == null
          ? JsonPointer.empty()
          : parser.getParsingContext().getParent().pathAsPointer();
    }
    return parser.getParsingContext().pathAsPointer();
  }
}
