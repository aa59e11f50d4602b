package dev.plumbline.processor.memory;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.annotations.Module;
import dev.plumbline.processor.WiringProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real javac compilations of a small project on disk, with the wiring processor and its
 * project-memory listener, writing into the project's real .claude/ directory.
 */
class ProjectMemoryListenerTest {

  @TempDir Path root;

  private final ObjectMapper json = new ObjectMapper();
  private boolean passProjectRoot = true;
  private boolean asPlugin;

  @BeforeEach
  void writeProject() throws IOException {
    write("pom.xml", "<project><modelVersion>4.0.0</modelVersion><artifactId>wordy</artifactId>"
        + "<name>Wordy</name><description>Counts words.</description></project>");
    write("src/main/java/app/Main.java", "package app;", "",
        "@dev.plumbline.annotations.EntryPoint",
        "public class Main {",
        "  public static void main(String[] args) { new app.count.Counter().count(args[0]); }",
        "}");
    write("src/main/java/app/count/Counter.java", "package app.count;", "",
        "@dev.plumbline.annotations.Module(name = \"counter\")",
        "public class Counter {",
        "  public int count(String text) { return text.split(\" \").length; }",
        "}");
    write("src/main/java/app/spare/Spare.java", "package app.spare;", "",
        "@dev.plumbline.annotations.Module(name = \"spare\")",
        "public class Spare {}");
  }

  @Test
  void aBuildCreatesAllThreeFilesWithTheRealStructure() throws Exception {
    assertFirstBuildMemory(compile());
  }

  @Test
  void theJavacPluginKeepsTheSameMemoryAsTheProcessor() throws Exception {
    asPlugin = true;
    assertFirstBuildMemory(compile());
  }

  /** What the first build of the project must leave in .claude/, in either mode. */
  private void assertFirstBuildMemory(Result result) throws IOException {
    assertThat(result.success()).as(result.diagnostics()).isTrue();
    assertThat(result.diagnostics()).contains("NOTE [plumbline PL019] Project memory "
        + root.resolve(".claude") + ": structure updated (added: app, counter, spare), 1 log"
        + " entry appended; project_concept.json created from the pom.");
    JsonNode modules = read("project_structure.json").path("modules");
    assertThat(modules.path("counter").path("integration").asText()).isEqualTo("WIRED");
    assertThat(modules.path("spare").path("integration").asText()).isEqualTo("EXISTS");
    assertThat(modules.path("counter").path("files").toString())
        .isEqualTo("[\"src/main/java/app/count/Counter.java\"]");
    assertThat(modules.path("counter").path("publicApi").toString())
        .isEqualTo("{\"app.count.Counter\":[\"<init>(): void\",\"count(java.lang.String): int\"]}");
    // The entry point's package declares no module: it stays one, named after the package.
    assertThat(modules.fieldNames()).toIterable().containsExactly("app", "counter", "spare");
    assertThat(modules.path("counter").path("compiledIn").asText()).isEqualTo("wordy");
    assertThat(read("project_concept.json").toString()).isEqualTo("{\"name\":\"Wordy\","
        + "\"vision\":\"Counts words.\",\"platform\":\"Java 17, built with Maven\"}");
    assertThat(read("project_log.json")).hasSize(1);
  }

  @Test
  void anUnchangedRebuildLeavesEveryFileByteIdentical() throws Exception {
    compile();
    byte[] structure = bytes("project_structure.json");
    byte[] log = bytes("project_log.json");

    Result again = compile();

    assertThat(again.diagnostics()).contains("NOTE [plumbline PL019] Project memory "
        + root.resolve(".claude") + ": structure unchanged.");
    assertThat(bytes("project_structure.json")).isEqualTo(structure);
    assertThat(bytes("project_log.json")).isEqualTo(log);
  }

  @Test
  void touchingEverySourceWithoutEditingItLeavesTheMemoryByteIdentical() throws Exception {
    compile();
    byte[] structure = bytes("project_structure.json");
    byte[] log = bytes("project_log.json");
    String lastModified = read("project_structure.json").at("/modules/counter/lastModified")
        .asText();
    // What a fresh clone does: every file gets a new modification time, here three days ahead.
    FileTime later = FileTime.from(Instant.now().plus(3, ChronoUnit.DAYS));
    for (Path source : sources()) {
      Files.setLastModifiedTime(source, later);
    }

    Result again = compile();

    assertThat(again.diagnostics()).contains("NOTE [plumbline PL019] Project memory "
        + root.resolve(".claude") + ": structure unchanged.");
    assertThat(bytes("project_structure.json")).isEqualTo(structure);
    assertThat(bytes("project_log.json")).isEqualTo(log);
    assertThat(read("project_structure.json").at("/modules/counter/lastModified").asText())
        .isEqualTo(lastModified);
  }

  @Test
  void editingASourceAdvancesLastModifiedAndLogsTheChange() throws Exception {
    compile();
    JsonNode before = read("project_structure.json").path("modules");
    Path counter = root.resolve("src/main/java/app/count/Counter.java");
    Files.writeString(counter, Files.readString(counter, UTF_8)
        .replace("text.split", "text.trim().split"), UTF_8);
    Instant later = Instant.now().plus(3, ChronoUnit.DAYS);
    Files.setLastModifiedTime(counter, FileTime.from(later));

    Result result = compile();

    assertThat(result.diagnostics()).contains("structure updated (changed: counter), 1 log entry"
        + " appended.");
    JsonNode after = read("project_structure.json").path("modules");
    assertThat(after.at("/counter/lastModified").asText())
        .isEqualTo(LocalDate.ofInstant(later, ZoneId.systemDefault()).toString());
    assertThat(after.at("/counter/sourceFingerprint").asText())
        .matches("sha256:[0-9a-f]{64}")
        .isNotEqualTo(before.at("/counter/sourceFingerprint").asText());
    assertThat(after.path("spare")).isEqualTo(before.path("spare"));
    assertThat(read("project_log.json")).hasSize(2);
    assertThat(read("project_log.json").at("/1/executed").asText()).isEqualTo("Updated"
        + " .claude/project_structure.json from the compiled code; changed: counter");
  }

  @Test
  void aMemoryWrittenBeforeFingerprintsGetsThemWithoutALogEntry() throws Exception {
    compile();
    byte[] current = bytes("project_structure.json");
    byte[] log = bytes("project_log.json");
    Path structure = root.resolve(".claude/project_structure.json");
    Files.writeString(structure, new String(current, UTF_8)
        .replaceAll(",\n      \"sourceFingerprint\": \"sha256:[0-9a-f]{64}\"", ""), UTF_8);
    assertThat(Files.readString(structure, UTF_8)).doesNotContain("sourceFingerprint");

    Result result = compile();

    assertThat(result.diagnostics()).contains("NOTE [plumbline PL019] Project memory "
        + root.resolve(".claude") + ": code unchanged; source fingerprints recorded for app,"
        + " counter, spare, no log entry.");
    assertThat(bytes("project_structure.json")).isEqualTo(current);
    assertThat(bytes("project_log.json")).isEqualTo(log);
  }

  @Test
  void aDeletedModuleStaysMarkedRemoved() throws Exception {
    compile();
    Files.delete(root.resolve("src/main/java/app/spare/Spare.java"));

    Result result = compile();

    assertThat(result.diagnostics()).contains("structure updated (removed: spare)");
    assertThat(read("project_structure.json").at("/modules/spare/removed").asText())
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  }

  /**
   * A code base adopts annotations: its memory was written in package mode, then one package
   * gets {@code @Critical}. Every other package stays a module and nothing is marked removed.
   */
  @Test
  void annotatingTheFirstPackageMarksNoModuleRemoved() throws Exception {
    write("src/main/java/app/count/Counter.java", "package app.count;", "",
        "public class Counter {",
        "  public int count(String text) { return text.split(\" \").length; }",
        "}");
    write("src/main/java/app/spare/Spare.java", "package app.spare;", "", "public class Spare {}");
    compile();
    assertThat(read("project_structure.json").path("modules").fieldNames()).toIterable()
        .containsExactly("app", "app.count", "app.spare");

    write("src/main/java/app/count/package-info.java",
        "@dev.plumbline.annotations.Critical(\"counting is the product\")", "package app.count;");
    Result result = compile();

    assertThat(result.success()).as(result.diagnostics()).isTrue();
    assertThat(result.diagnostics()).contains("structure updated (changed: app.count)")
        .doesNotContain("removed");
    JsonNode modules = read("project_structure.json").path("modules");
    assertThat(modules.fieldNames()).toIterable()
        .containsExactly("app", "app.count", "app.spare");
    assertThat(modules.path("app.count").path("critical").asBoolean()).isTrue();
    modules.forEach(module -> assertThat(module.has("removed")).as(module.toString()).isFalse());
  }

  @Test
  void withoutTheOptionTheRootIsTheTopmostPomDirectoryAboveTheOutput() throws Exception {
    passProjectRoot = false;
    write("module/pom.xml", "<project/>");

    Result result = compileInto("module/target/classes");

    assertThat(result.diagnostics()).contains("NOTE [plumbline PL019] Project memory "
        + root.resolve(".claude") + ": structure updated");
    assertThat(root.resolve("module/.claude")).doesNotExist();
  }

  @Test
  void aTestCompilationLeavesTheMemoryAlone() throws Exception {
    Result result = compileInto("target/test-classes");

    assertThat(result.success()).isTrue();
    assertThat(root.resolve(".claude")).as(result.diagnostics()).doesNotExist();
    assertThat(result.diagnostics()).doesNotContain("Project memory");
  }

  @Test
  void memoryOffLeavesClaudeUntouched() throws Exception {
    Result result = compile("-Aplumbline.memory=off");

    assertThat(result.success()).isTrue();
    assertThat(root.resolve(".claude")).doesNotExist();
    assertThat(result.diagnostics()).doesNotContain("Project memory");
  }

  @Test
  void aCorruptMemoryFileFailsTheBuildWithItsPositionAndStaysUnchanged() throws Exception {
    Path structure = Files.createDirectories(root.resolve(".claude"))
        .resolve("project_structure.json");
    Files.writeString(structure, "{\n  \"schemaVersion\": 1\n  \"modules\": {}\n}\n", UTF_8);
    byte[] before = Files.readAllBytes(structure);

    Result result = compile();

    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics()).contains("ERROR [plumbline PL021] Project memory: " + structure
        + ":3:3: not valid JSON (Unexpected character ('\"' (code 34)): was expecting comma to"
        + " separate Object entries)");
    assertThat(result.diagnostics()).contains("(or build with -Aplumbline.memory=off to skip the"
        + " memory update)");
    assertThat(Files.readAllBytes(structure)).isEqualTo(before);
  }

  @Test
  void anInvalidOptionValueIsAnError() throws Exception {
    Result result = compile("-Aplumbline.memory=maybe");

    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics())
        .contains("ERROR [plumbline PL013] -Aplumbline.memory=maybe is not valid: use on or off.");
  }

  private Result compile(String... extraOptions) throws IOException {
    return compileInto("target/classes", extraOptions);
  }

  private Result compileInto(String output, String... extraOptions) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(root.resolve(output));
    List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        locationOf(Module.class), "-Aplumbline.library=wordy", "--release", "17"));
    if (passProjectRoot) {
      options.add("-Aplumbline.projectRoot=" + root);
    }
    options.addAll(List.of(extraOptions));
    if (asPlugin) {
      options.addAll(List.of("-proc:none", "-Xplugin:Plumbline",
          "-processorpath", System.getProperty("java.class.path")));
    }
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        UTF_8)) {
      List<File> sources = sources().stream().map(Path::toFile).collect(Collectors.toList());
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromFiles(sources));
      if (!asPlugin) {
        task.setProcessors(List.of(new WiringProcessor()));
      }
      boolean success = task.call();
      String messages = diagnostics.getDiagnostics().stream()
          .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
      return new Result(success, messages);
    }
  }

  private List<Path> sources() throws IOException {
    try (Stream<Path> walk = Files.walk(root.resolve("src"))) {
      return walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
  }

  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void write(String path, String... lines) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);
  }

  private JsonNode read(String name) throws IOException {
    return json.readTree(root.resolve(".claude").resolve(name).toFile());
  }

  private byte[] bytes(String name) throws IOException {
    return Files.readAllBytes(root.resolve(".claude").resolve(name));
  }

  private record Result(boolean success, String diagnostics) {}

}
