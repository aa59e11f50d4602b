package dev.plumbline.trainer.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.StreamSupport;

/** Reads the committed reference outputs of the Python tools (NaN included, as Python writes it). */
final class ReferenceData {

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private ReferenceData() {}

  static JsonNode read(String resource) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int[] ints(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).mapToInt(JsonNode::asInt).toArray();
  }

  static double[] doubles(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).mapToDouble(JsonNode::asDouble)
        .toArray();
  }

  static boolean[] booleans(JsonNode array) {
    boolean[] values = new boolean[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asBoolean();
    }
    return values;
  }

  static double[][] matrix(JsonNode rows) {
    double[][] values = new double[rows.size()][];
    for (int i = 0; i < values.length; i++) {
      values[i] = doubles(rows.get(i));
    }
    return values;
  }

  static long[][] longMatrix(JsonNode rows) {
    long[][] values = new long[rows.size()][];
    for (int i = 0; i < values.length; i++) {
      values[i] = StreamSupport.stream(rows.get(i).spliterator(), false)
          .mapToLong(JsonNode::asLong).toArray();
    }
    return values;
  }
}
