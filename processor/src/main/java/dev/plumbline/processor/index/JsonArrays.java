// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.index;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/** Writing with Jackson's streaming generator, shared by the index and the reports. */
public final class JsonArrays {

  private JsonArrays() {}

  /**
   * Writes {@code "field": ["a", "b", ...]}.
   *
   * @param json the generator, inside an object
   * @param field the field name
   * @param values the strings, in order
   * @throws IOException when the generator cannot write
   */
  public static void writeStrings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
