// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.plumbline.memory.structure.IntegrationLevel;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three files {@code verify} writes: JSON for machines, Markdown with a Mermaid graph coloured
 * by level for people, SARIF 2.1.0 for code-scanning tools.
 */
final class LevelReports {

  /** The SARIF rule of each level a module can be below, stable across releases. */
  static String ruleId(IntegrationLevel level) {
    return "PL" + (101 + level.ordinal());
  }

  private static final List<String> BUILD_FILES = List.of(
      "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts");

  private final JsonFactory factory = new JsonFactory();

  /**
   * The JSON report.
   *
   * @param verification what was measured
   * @param required the level modules are held to
   * @return pretty-printed JSON ending with a newline
   * @throws IOException when Jackson cannot write it
   */
  String json(Verification verification, IntegrationLevel required) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = factory.createGenerator(text).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeNumberField("format", 1);
      json.writeStringField("required", required.name());
      json.writeArrayFieldStart("modules");
      for (ModuleLevels module : verification.modules()) {
        writeModule(json, module);
      }
      json.writeEndArray();
      json.writeObjectFieldStart("counts");
      for (IntegrationLevel level : IntegrationLevel.values()) {
        json.writeNumberField(level.name(), verification.count(level));
      }
      json.writeNumberField("total", verification.modules().size());
      json.writeEndObject();
      json.writeObjectFieldStart("sources");
      writePaths(json, "wiringReports", verification,
          verification.wiringReports().stream().map(verification::relative).toList());
      writePaths(json, "testReferences", verification,
          verification.testReferenceFiles().stream().map(verification::relative).toList());
      json.writeNumberField("testClassesInReports", verification.testClassesRun());
      writePaths(json, "activityRecords", verification,
          verification.activityRecords().stream().map(verification::relative).toList());
      json.writeEndObject();
      writePaths(json, "notes", verification, verification.notes());
      json.writeEndObject();
    }
    return text + "\n";
  }

  private static void writePaths(JsonGenerator json, String name, Verification verification,
      List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void writeModule(JsonGenerator json, ModuleLevels module) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", module.name());
    json.writeStringField("library", module.library());
    json.writeBooleanField("critical", module.critical());
    json.writeStringField("declaration", module.declaration());
    json.writeStringField("integration", module.summary().name());
    json.writeObjectFieldStart("levels");
    for (IntegrationLevel level : IntegrationLevel.values()) {
      json.writeBooleanField(level.name(), module.has(level));
    }
    json.writeEndObject();
    json.writeStringField("wiring", module.wiring());
    writeStrings(json, "wiredFrom", module.wiredBy());
    json.writeNumberField("classFiles", module.classFiles());
    writeStrings(json, "testedBy", module.testedBy());
    writeStrings(json, "testsNotPassing", module.failedTests());
    writeStrings(json, "executed", module.executed());
    json.writeEndObject();
  }

  private static void writeStrings(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /**
   * The Markdown report: the table, the counts and a Mermaid graph of the module dependencies
   * whose nodes are coloured by level.
   *
   * @param verification what was measured
   * @return Markdown ending with a newline
   */
  String markdown(Verification verification) {
    StringBuilder md = new StringBuilder("# Integration levels\n\n");
    md.append("Measured by `plumbline verify`: EXISTS (compiled), TESTED (a passing test"
        + " references it), WIRED (reachable from an entry point), ACTIVE (its code ran under the"
        + " agent), COMPLETE (all four).\n\n");
    md.append("| module | EXISTS | TESTED | WIRED | ACTIVE | COMPLETE | integration |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (ModuleLevels module : verification.modules()) {
      md.append("| ").append(module.name()).append(module.critical() ? " (critical)" : "");
      for (IntegrationLevel level : IntegrationLevel.values()) {
        md.append(" | ").append(module.has(level) ? "✓" : "✗");
      }
      md.append(" | ").append(module.summary().name()).append(" |\n");
    }
    md.append("\n**Counts**: ").append(counts(verification)).append("\n\n");
    md.append("```mermaid\nflowchart LR\n");
    List<ModuleLevels> modules = verification.modules();
    for (int i = 0; i < modules.size(); i++) {
      ModuleLevels module = modules.get(i);
      md.append("  m").append(i).append("[\"").append(module.name().replace("\"", "'"))
          .append("<br/>").append(module.summary().name()).append("\"]:::")
          .append(module.summary().name().toLowerCase(Locale.ROOT)).append('\n');
    }
    for (int i = 0; i < modules.size(); i++) {
      for (String dependency : modules.get(i).dependsOn()) {
        int target = indexOf(modules, modules.get(i).library(), dependency);
        if (target >= 0) {
          md.append("  m").append(i).append(" --> m").append(target).append('\n');
        }
      }
    }
    md.append("  classDef exists fill:#f8d7da,stroke:#842029\n");
    md.append("  classDef tested fill:#fff3cd,stroke:#997404\n");
    md.append("  classDef wired fill:#cfe2ff,stroke:#084298\n");
    md.append("  classDef active fill:#d1e7dd,stroke:#0f5132\n");
    md.append("  classDef complete fill:#198754,stroke:#0f5132,color:#ffffff\n");
    md.append("```\n");
    if (!verification.notes().isEmpty()) {
      md.append("\n");
      verification.notes().forEach(note -> md.append("- ").append(note).append('\n'));
    }
    return md.toString();
  }

  private static int indexOf(List<ModuleLevels> modules, String library, String name) {
    int anyLibrary = -1;
    for (int i = 0; i < modules.size(); i++) {
      if (modules.get(i).name().equals(name)) {
        if (modules.get(i).library().equals(library)) {
          return i;
        }
        anyLibrary = anyLibrary < 0 ? i : anyLibrary;
      }
    }
    return anyLibrary;
  }

  /**
   * The counts line, as the console and the Markdown print it.
   *
   * @param verification what was measured
   * @return e.g. {@code EXISTS 7, TESTED 5, WIRED 6, ACTIVE 5, COMPLETE 4 of 7 modules}
   */
  static String counts(Verification verification) {
    StringBuilder counts = new StringBuilder();
    for (IntegrationLevel level : IntegrationLevel.values()) {
      counts.append(counts.length() == 0 ? "" : ", ").append(level.name()).append(' ')
          .append(verification.count(level));
    }
    int total = verification.modules().size();
    return counts.append(" of ").append(total).append(total == 1 ? " module" : " modules")
        .toString();
  }

  /**
   * The SARIF 2.1.0 report: one result per module below the required level, at the module's
   * declaration, with URIs relative to the project root ({@code uriBaseId} {@code %SRCROOT%}).
   *
   * @param verification what was measured
   * @param required the level modules are held to
   * @return SARIF JSON ending with a newline
   * @throws IOException when a source file or Jackson fails
   */
  String sarif(Verification verification, IntegrationLevel required) throws IOException {
    Path sourceRoot = sourceRoot(verification.root());
    StringWriter text = new StringWriter();
    try (JsonGenerator json = factory.createGenerator(text).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      writeTool(json);
      json.writeObjectFieldStart("originalUriBaseIds");
      json.writeObjectFieldStart("%SRCROOT%");
      json.writeStringField("uri", sourceRoot.toUri().toString());
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (ModuleLevels module : verification.modules()) {
        if (module.below(required)) {
          writeResult(json, sourceRoot, module, required);
        }
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    return text + "\n";
  }

  private static void writeTool(JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "Plumbline verify");
    json.writeStringField("informationUri", "https://github.com/plumbline/plumbline");
    json.writeArrayFieldStart("rules");
    for (IntegrationLevel level : IntegrationLevel.values()) {
      json.writeStartObject();
      json.writeStringField("id", ruleId(level));
      json.writeStringField("name", "Not" + level.name().charAt(0)
          + level.name().substring(1).toLowerCase(Locale.ROOT));
      json.writeObjectFieldStart("shortDescription");
      json.writeStringField("text", "A module is below the required level " + level.name());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(JsonGenerator json, Path sourceRoot,
      ModuleLevels module, IntegrationLevel required) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", ruleId(required));
    json.writeStringField("level", module.critical() ? "error" : "warning");
    json.writeObjectFieldStart("message");
    json.writeStringField("text", message(module, required));
    json.writeEndObject();
    Optional<DeclarationSite> site = DeclarationSite.of(module);
    if (site.isPresent()) {
      json.writeArrayFieldStart("locations");
      json.writeStartObject();
      json.writeObjectFieldStart("physicalLocation");
      json.writeObjectFieldStart("artifactLocation");
      json.writeStringField("uri", sourceRoot.relativize(site.get().file().toAbsolutePath()
          .normalize()).toString().replace('\\', '/'));
      json.writeStringField("uriBaseId", "%SRCROOT%");
      json.writeEndObject();
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", site.get().line());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /**
   * The base of SARIF's URIs, as the wiring verifier finds it: the topmost of the unbroken chain
   * of directories with a build file from the project upwards (the reactor root, which
   * code-scanning uploads resolve against), else the project itself.
   *
   * @param project the project root given to {@code verify}
   * @return the directory URIs are relative to
   */
  static Path sourceRoot(Path project) {
    Path top = project;
    for (Path dir = project; dir != null; dir = dir.getParent()) {
      boolean buildFile = hasBuildFile(dir);
      if (!buildFile && !dir.equals(project)) {
        break;
      }
      if (buildFile) {
        top = dir;
      }
    }
    return top;
  }

  private static boolean hasBuildFile(Path dir) {
    return BUILD_FILES.stream().anyMatch(name -> Files.isRegularFile(dir.resolve(name)));
  }

  /**
   * The sentence for a module below the required level: what it lacks and how to get it.
   *
   * @param module the module
   * @param required the level it is held to
   * @return the message
   */
  static String message(ModuleLevels module, IntegrationLevel required) {
    StringBuilder message = new StringBuilder()
        .append(module.critical() ? "@Critical module '" : "Module '").append(module.name())
        .append("' (").append(module.declaration()).append(") is ").append(module.summary().name())
        .append(", below ").append(required.name()).append(": not ");
    List<IntegrationLevel> missing = module.missing();
    for (int i = 0; i < missing.size(); i++) {
      message.append(i == 0 ? "" : ", not ").append(missing.get(i).name());
    }
    message.append(".");
    for (IntegrationLevel level : missing) {
      message.append(' ').append(fix(module, level));
    }
    return message.toString();
  }

  private static String fix(ModuleLevels module, IntegrationLevel level) {
    return switch (level) {
      case EXISTS -> "No class file of it is in the build output: compile it.";
      case TESTED -> module.failedTests().isEmpty()
          ? "No passing test references it: write a test that calls its code."
          : "Its tests did not pass: " + String.join(", ", module.failedTests()) + ".";
      case WIRED -> module.wiring().equals("NOT_WIRED")
          ? "The entry point never reaches it: call it from the program."
          : "No application's wiring report decides it (" + module.wiring() + ").";
      case ACTIVE -> "None of its code ran in the agent's records: run the program with"
          + " -javaagent:plumbline-agent.jar on a path that uses it.";
      case COMPLETE -> "";
    };
  }
}
