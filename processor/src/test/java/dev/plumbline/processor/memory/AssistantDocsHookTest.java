package dev.plumbline.processor.memory;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.annotations.Module;
import dev.plumbline.assistant.tokens.TokenEstimate;
import dev.plumbline.processor.WiringProcessor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Real javac builds of a small project on disk: the build keeps AGENTS.md's section current and
 * warns about stale references, after the memory update.
 */
class AssistantDocsHookTest {

  @TempDir Path root;

  @BeforeEach
  void writeProject() throws IOException {
    write("pom.xml", "<project><modelVersion>4.0.0</modelVersion><artifactId>wordy</artifactId>"
        + "<name>Wordy</name><description>Counts words.</description></project>");
    write("src/main/java/app/Main.java", "package app;\n\n@dev.plumbline.annotations.EntryPoint\n"
        + "public class Main {\n  public static void main(String[] args) {\n"
        + "    new app.count.Counter().count(args[0]);\n  }\n}\n");
    write("src/main/java/app/count/Counter.java", "package app.count;\n\n"
        + "@dev.plumbline.annotations.Module(name = \"counter\")\n@dev.plumbline.annotations"
        + ".Critical(\"counts\")\npublic class Counter {\n"
        + "  public int count(String text) { return text.split(\" \").length; }\n}\n");
    write("src/main/java/app/spare/Spare.java", "package app.spare;\n\n"
        + "@dev.plumbline.annotations.Module(name = \"spare\")\npublic class Spare {}\n");
  }

  @Test
  void theBuildWritesTheSectionOnceAndLeavesItByteIdenticalWhenNothingChanged()
      throws Exception {
    write("AGENTS.md", "# Wordy\n\nHand-written rules stay.\n");

    String first = compile();

    assertThat(first).contains("NOTE [plumbline] AGENTS.md: project-memory section updated.");
    String agents = Files.readString(root.resolve("AGENTS.md"), UTF_8);
    assertThat(agents).startsWith("# Wordy\n\nHand-written rules stay.\n\n"
        + "<!-- plumbline:begin project-memory -->\n")
        .contains("**Wordy**: Counts words.\n")
        .contains("### Modules: 3 (1 unwired, 1 critical, 0 planned, 0 removed; critical and"
            + " unwired first)\n| module | status | level | critical | depends on |\n"
            + "|---|---|---|---|---|\n| spare | active | EXISTS |  |  |\n"
            + "| counter | active | WIRED | yes |  |\n| app | active | WIRED |  | counter |\n")
        .endsWith("<!-- plumbline:end project-memory -->\n");

    String second = compile();

    assertThat(second).doesNotContain("AGENTS.md");
    assertThat(Files.readString(root.resolve("AGENTS.md"), UTF_8)).isEqualTo(agents);
  }

  @Test
  void theTokenBudgetAndTheCommandComeFromTheOptions() throws Exception {
    compile("-Aplumbline.digestTokens=650", "-Aplumbline.command=./plumbline");
    String agents = Files.readString(root.resolve("AGENTS.md"), UTF_8);
    assertThat(TokenEstimate.of(agents.strip())).isLessThanOrEqualTo(650);
    assertThat(agents).contains("`./plumbline memory show`");
  }

  @Test
  void aRenamedClassAndADeletedFileNamedInAgentsMdAreWarnedAboutWithTheirLines()
      throws Exception {
    write("AGENTS.md", "# Wordy\n\nCounting: `app.count.Counter` in"
        + " `src/main/java/app/count/Counter.java`.\n\n```java\n"
        + "var words = new java.util.concurrent.ConcurrentHashMap<String, Integer>();\n```\n");
    compile();
    Files.delete(root.resolve("src/main/java/app/count/Counter.java"));
    write("src/main/java/app/count/WordCounter.java", "package app.count;\n\n"
        + "@dev.plumbline.annotations.Module(name = \"counter\")\n"
        + "public class WordCounter {\n"
        + "  public int count(String text) { return text.split(\" \").length; }\n}\n");
    write("src/main/java/app/Main.java", "package app;\n\n@dev.plumbline.annotations.EntryPoint\n"
        + "public class Main {\n  public static void main(String[] args) {\n"
        + "    new app.count.WordCounter().count(args[0]);\n  }\n}\n");

    String diagnostics = compile();

    assertThat(diagnostics.lines().filter(line -> line.contains("Stale reference")))
        .containsExactly(
            "WARNING [plumbline] Stale reference: AGENTS.md:3:12: `app.count.Counter` names no"
                + " class in the code (it was a public type of module 'counter'); correct or"
                + " remove the reference.",
            "WARNING [plumbline] Stale reference: AGENTS.md:3:35:"
                + " `src/main/java/app/count/Counter.java` does not exist in the project;"
                + " correct or remove the reference.");
  }

  @Test
  void badOptionValuesAreErrorsNamingTheOption() throws Exception {
    String diagnostics = compile("-Aplumbline.digestTokens=lots", "-Aplumbline.docsCheck=maybe");
    assertThat(diagnostics).contains("ERROR [plumbline] -Aplumbline.docsCheck=maybe is not valid:"
        + " use on or off.")
        .contains("ERROR [plumbline] -Aplumbline.digestTokens=lots is not a number: give the"
            + " token budget, e.g. 2000.");
    assertThat(root.resolve("AGENTS.md")).doesNotExist();
  }

  private void write(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, UTF_8);
  }

  private String compile(String... extraOptions) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(root.resolve("target/classes"));
    List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        locationOf(Module.class), "-Aplumbline.library=wordy", "--release", "17",
        "-Aplumbline.projectRoot=" + root));
    options.addAll(List.of(extraOptions));
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8);
        Stream<Path> walk = Files.walk(root.resolve("src"))) {
      List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new WiringProcessor()));
      task.call();
      return diagnostics.getDiagnostics().stream()
          .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
    }
  }

  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
