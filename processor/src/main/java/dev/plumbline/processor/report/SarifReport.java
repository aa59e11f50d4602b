// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.WiringResult;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The report for code-scanning tools, {@code META-INF/plumbline/wiring.sarif} (SARIF 2.1.0): one
 * result per module that has a finding, with the same text and level as the compiler diagnostic
 * and the declaration's file and line. It always lists every finding, also when
 * {@code -Aplumbline.warnings=false} keeps the warnings out of the compiler output.
 */
final class SarifReport {

  /** Where the report goes in the class output. */
  static final String RESOURCE = "META-INF/plumbline/wiring.sarif";

  /** The rules a finding can have: the ids of the diagnostics about modules. */
  private static final List<DiagnosticId> RULES =
      List.of(DiagnosticId.CRITICAL_NOT_WIRED, DiagnosticId.NOT_WIRED, DiagnosticId.DUPLICATE);

  /** The base id of the project root, as GitHub code scanning names it. */
  private static final String SRCROOT = "%SRCROOT%";

  private final JsonFactory factory = new JsonFactory();

  /** Finds the location of a module's declaration (by its anchor key), if it is in the sources. */
  interface Locator {
    /**
     * Locates a declaration.
     *
     * @param anchor the binary name of a class or the name of a package
     * @return its location, empty when it is not in the sources
     */
    Optional<SourceLocation> locate(String anchor);
  }

  /**
   * Renders the result (with Jackson's streaming generator, for the reason given in {@link
   * JsonReport}).
   *
   * @param result the run's result
   * @param sites where each module is declared, in the order of {@code result.modules()}
   * @param locator finds the declarations
   * @param root the project root: URIs below it are written relative to it, with {@code
   *     uriBaseId} {@code %SRCROOT%}, as code-scanning uploads expect
   * @return SARIF JSON ending with a newline
   * @throws IOException when Jackson cannot write it
   */
  String render(WiringResult result, List<ModuleSite> sites, Locator locator,
      Optional<Path> root) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = factory.createGenerator(text).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("version", "2.1.0");
      json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "Plumbline");
      json.writeArrayFieldStart("rules");
      for (DiagnosticId rule : RULES) {
        json.writeStartObject();
        json.writeStringField("id", rule.code());
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", rule.title());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      if (root.isPresent()) {
        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(SRCROOT);
        json.writeStringField("uri", root.get().toUri().toString());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeArrayFieldStart("results");
      for (int i = 0; i < result.modules().size(); i++) {
        ModuleSite site = sites.get(i);
        writeFinding(json, result, result.modules().get(i), site,
            site.librarySite().flatMap(SarifReport::librarySite)
                .or(() -> site.anchor().flatMap(locator::locate)), root);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    return text + "\n";
  }

  private static void writeFinding(
      JsonGenerator json, WiringResult result, ModuleResult module, ModuleSite site,
      Optional<SourceLocation> where, Optional<Path> root) throws IOException {
    Optional<DiagnosticId> finding = Findings.of(module, result);
    if (finding.isEmpty()) {
      return;
    }
    DiagnosticId rule = finding.get();
    String message = rule == DiagnosticId.DUPLICATE
        ? DiagnosticMessages.duplicate(module, site)
        : DiagnosticMessages.notWired(module, site, result);
    json.writeStartObject();
    json.writeStringField("ruleId", rule.code());
    json.writeStringField("level", rule.sarifLevel());
    json.writeObjectFieldStart("message");
    json.writeStringField("text", message);
    json.writeEndObject();
    if (where.isPresent()) {
      writeLocation(json, where.get(), root);
    }
    json.writeEndObject();
  }

  private static void writeLocation(JsonGenerator json, SourceLocation location,
      Optional<Path> root) throws IOException {
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    Optional<String> relative = root.flatMap(base -> relative(base, location.uri()));
    json.writeStringField("uri", relative.orElse(location.uri()));
    if (relative.isPresent()) {
      json.writeStringField("uriBaseId", SRCROOT);
    }
    json.writeEndObject();
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", location.line());
    json.writeNumberField("startColumn", location.column());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
  }

  /** A library module's declaration, {@code <file URI>#<line>} as its index stores it. */
  private static Optional<SourceLocation> librarySite(String site) {
    int hash = site.lastIndexOf('#');
    if (hash < 0) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(site.substring(0, hash));
      // A library built elsewhere (a jar from a repository) names files of another machine.
      boolean here = "file".equals(uri.getScheme()) && Files.isRegularFile(Path.of(uri));
      long line = Long.parseLong(site.substring(hash + 1));
      return here ? Optional.of(new SourceLocation(uri.toString(), line, 1)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      // Not a URI or not a number (NumberFormatException is one): no location from it.
      return Optional.empty();
    }
  }

  /** The file's path below the root, with forward slashes; empty when it is not below it. */
  private static Optional<String> relative(Path root, String uri) {
    URI parsed = URI.create(uri);
    if (!"file".equals(parsed.getScheme())) {
      return Optional.empty();
    }
    Path file = Path.of(parsed).toAbsolutePath().normalize();
    return file.startsWith(root)
        ? Optional.of(root.relativize(file).toString().replace('\\', '/'))
        : Optional.empty();
  }
}
