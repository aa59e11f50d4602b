// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The Plumbline findings of one compilation as a SARIF 2.1.0 log: rule ids with their help
 * (the check's page, and its URL when {@code DocsUrl} is set), locations relative to the project
 * root ({@code uriBaseId} PROJECTROOT), the baseline fingerprint and state, and the suggested fix
 * as a SARIF {@code fix}. Written when the compilation ends, atomically.
 */
final class SarifLog {

  /** One finding. */
  record Result(
      String ruleId,
      String level,
      String message,
      FindingSite site,
      String baselineState,
      List<Replacement> fix) {}

  /** One replacement of a fix, as lines and columns of the original file. */
  record Replacement(
      int startLine, int startColumn, int endLine, int endColumn, String insertedText) {}

  /** A rule: its summary, help text and link. */
  record Rule(String summary, String helpText, Optional<String> helpUri, String level) {}

  private final Path root;
  private final boolean withBaseline;
  private final Map<String, Rule> rules = new TreeMap<>();
  private final List<Result> results = new ArrayList<>();

  SarifLog(Path root, boolean withBaseline) {
    this.root = root;
    this.withBaseline = withBaseline;
  }

  /**
   * Adds a result. The rule is built for the first result of its id only (it reads the check's
   * page from the jar), and keeps that result's message as its summary.
   */
  void add(String ruleId, Supplier<Rule> rule, Result result) {
    rules.computeIfAbsent(ruleId, id -> rule.get());
    results.add(result);
  }

  void write(Path file) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, ".plumbline-rules", ".sarif.tmp");
    Files.writeString(temporary, json(), StandardCharsets.UTF_8);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  String json() {
    Json out = new Json();
    out.beginObject()
        .field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        .field("version", "2.1.0")
        .name("runs").beginArray().beginObject();
    out.name("tool").beginObject().name("driver").beginObject()
        .field("name", "Plumbline rules")
        .field("informationUri", "https://errorprone.info/docs/plugins")
        .name("rules").beginArray();
    for (Map.Entry<String, Rule> rule : rules.entrySet()) {
      out.beginObject()
          .field("id", rule.getKey())
          .field("name", rule.getKey())
          .name("shortDescription").beginObject().field("text", rule.getValue().summary())
          .endObject();
      rule.getValue().helpUri().ifPresent(uri -> out.field("helpUri", uri));
      out.name("help").beginObject()
          .field("text", "Run `plumbline rules explain " + rule.getKey() + "` for the page.")
          .field("markdown", rule.getValue().helpText())
          .endObject()
          .name("defaultConfiguration").beginObject().field("level", rule.getValue().level())
          .endObject()
          .endObject();
    }
    out.endArray().endObject().endObject();
    out.name("originalUriBaseIds").beginObject().name("PROJECTROOT").beginObject()
        .field("uri", root.toAbsolutePath().normalize().toUri().toString())
        .endObject().endObject();
    out.name("results").beginArray();
    for (Result result : results) {
      writeResult(out, result);
    }
    out.endArray().endObject().endArray().endObject();
    return out.toString() + "\n";
  }

  private void writeResult(Json out, Result result) {
    out.beginObject()
        .field("ruleId", result.ruleId())
        .field("level", result.level())
        .name("message").beginObject().field("text", result.message()).endObject()
        .name("locations").beginArray().beginObject()
        .name("physicalLocation").beginObject();
    artifact(out, result.site().file());
    out.name("region").beginObject()
        .field("startLine", result.site().startLine())
        .field("startColumn", result.site().startColumn())
        .endObject()
        .endObject().endObject().endArray();
    out.name("partialFingerprints").beginObject()
        .field("plumblineBaselineKey/v1", fingerprint(result.site()))
        .endObject();
    if (withBaseline) {
      out.field("baselineState", result.baselineState());
    }
    out.name("properties").beginObject()
        .field("file", result.site().key().file())
        .field("member", result.site().key().member())
        .field("snippet", result.site().key().snippet())
        .endObject();
    if (!result.fix().isEmpty()) {
      out.name("fixes").beginArray().beginObject()
          .name("description").beginObject().field("text", "Suggested fix of " + result.ruleId())
          .endObject()
          .name("artifactChanges").beginArray().beginObject();
      artifact(out, result.site().file());
      out.name("replacements").beginArray();
      for (Replacement replacement : result.fix()) {
        out.beginObject().name("deletedRegion").beginObject()
            .field("startLine", replacement.startLine())
            .field("startColumn", replacement.startColumn())
            .field("endLine", replacement.endLine())
            .field("endColumn", replacement.endColumn())
            .endObject()
            .name("insertedContent").beginObject().field("text", replacement.insertedText())
            .endObject()
            .endObject();
      }
      out.endArray().endObject().endArray().endObject().endArray();
    }
    out.endObject();
  }

  private static void artifact(Json out, String file) {
    out.name("artifactLocation").beginObject()
        .field("uri", file)
        .field("uriBaseId", "PROJECTROOT")
        .endObject();
  }

  private static String fingerprint(FindingSite site) {
    return FindingSite.hash(String.join("|", site.key().file(), site.key().check(),
        site.key().member(), site.key().snippet()));
  }
}
