// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumbline.processor.index.JsonArrays;
import dev.plumbline.processor.wiring.Hop;
import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.Root;
import dev.plumbline.processor.wiring.WiringResult;
import dev.plumbline.processor.wiring.WiringSummary;
import java.io.IOException;
import java.io.StringWriter;

/**
 * The machine-readable report, {@code META-INF/plumbline/wiring.json}: the whole {@link
 * WiringResult}, field by field, pretty-printed.
 *
 * <p>Why Jackson's streaming generator and not data binding: the report is written inside every
 * compilation, and binding records costs Jackson's introspection of them on a cold JVM, more than
 * writing the text (see {@code bench/wiring-compile}).
 */
public final class JsonReport {

  /** Where the report goes in the class output. */
  public static final String RESOURCE = "META-INF/plumbline/wiring.json";

  private final JsonFactory factory = new JsonFactory();

  /**
   * Renders the result.
   *
   * @param result the run's result
   * @return pretty-printed JSON ending with a newline
   * @throws IOException when Jackson cannot write it
   */
  public String render(WiringResult result) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = factory.createGenerator(text).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("compilation", result.compilation().name());
      json.writeStringField("entryPoint", result.entryPoint().orElse(""));
      json.writeArrayFieldStart("roots");
      for (Root root : result.roots()) {
        json.writeStartObject();
        json.writeStringField("class", root.className());
        json.writeStringField("kind", root.kind().name());
        json.writeStringField("reason", root.reason());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("library", result.library());
      json.writeBooleanField("partial", result.partial());
      JsonArrays.writeStrings(json, "partialReasons", result.partialReasons());
      json.writeArrayFieldStart("modules");
      for (ModuleResult module : result.modules()) {
        writeModule(json, module);
      }
      json.writeEndArray();
      writeSummary(json, result.summary());
      json.writeEndObject();
    }
    return text + "\n";
  }

  private static void writeModule(JsonGenerator json, ModuleResult module) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", module.name());
    json.writeStringField("description", module.description());
    json.writeStringField("status", module.status().name());
    json.writeBooleanField("critical", module.critical());
    json.writeStringField("criticalReason", module.criticalReason());
    json.writeStringField("origin", module.origin());
    json.writeStringField("declaration", module.declaration());
    json.writeBooleanField("reachable", module.reachable());
    JsonArrays.writeStrings(json, "classes", module.classes());
    JsonArrays.writeStrings(json, "reachedClasses", module.reachedClasses());
    JsonArrays.writeStrings(json, "sourceFiles", module.sourceFiles());
    JsonArrays.writeStrings(json, "dependsOn", module.dependsOn());
    JsonArrays.writeStrings(json, "path", module.path().stream().map(Hop::className).toList());
    JsonArrays.writeStrings(json, "pathKinds", module.path().stream().map(Hop::via).toList());
    JsonArrays.writeStrings(json, "duplicates", module.duplicates());
    json.writeEndObject();
  }

  private static void writeSummary(JsonGenerator json, WiringSummary summary) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("wired", summary.wired());
    json.writeNumberField("notWired", summary.notWired());
    json.writeNumberField("duplicate", summary.duplicate());
    json.writeNumberField("unverified", summary.unverified());
    json.writeNumberField("total", summary.total());
    json.writeBooleanField("partial", summary.partial());
    json.writeEndObject();
  }
}
