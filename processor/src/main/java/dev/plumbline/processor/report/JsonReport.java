// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.plumbline.processor.wiring.WiringResult;

/**
 * The machine-readable report, {@code META-INF/plumbline/wiring.json}: the {@link WiringResult}
 * as Jackson writes the record ({@code modules}, {@code summary}, entry point, partial flag).
 */
public final class JsonReport {

  /** Where the report goes in the class output. */
  public static final String RESOURCE = "META-INF/plumbline/wiring.json";

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Renders the result.
   *
   * @param result the run's result
   * @return pretty-printed JSON ending with a newline
   * @throws JsonProcessingException when Jackson cannot serialize the result
   */
  public String render(WiringResult result) throws JsonProcessingException {
    return mapper.writeValueAsString(result) + "\n";
  }
}
