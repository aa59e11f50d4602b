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
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build tells the project memory about itself: its NOTE concerns no source file (it must
 * not be printed with the path of the file that got the last wiring warning: javac keeps that
 * file as its log's source after {@code Trees.printMessage} when none was set before, and Maven
 * would show it), and a build that failed on a critical module logs {@code failed}.
 */
class MemoryNoteSourceTest {

  @TempDir Path root;

  @Test
  void theMemoryNoteCarriesNoSourceFileAfterAWarningOnADeclaration() throws IOException {
    write("pom.xml", "<project><modelVersion>4.0.0</modelVersion><artifactId>a</artifactId>"
        + "<name>A</name><description>B.</description></project>");
    Path main = write("src/app/Main.java", "package app;",
        "@dev.plumbline.annotations.EntryPoint",
        "public class Main { public static void main(String[] args) {} }");
    Path spare = write("src/spare/Spare.java", "package spare;",
        "@dev.plumbline.annotations.Module(name = \"spare\")",
        "public class Spare {}");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      List<String> options = List.of("-d", Files.createDirectories(root.resolve("classes"))
          .toString(), "-classpath", locationOf(Module.class), "-Aplumbline.projectRoot=" + root);
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromFiles(List.of(main.toFile(), spare.toFile())));
      task.setProcessors(List.of(new WiringProcessor()));
      assertThat(task.call()).isTrue();
    }

    Diagnostic<? extends JavaFileObject> warning = only(diagnostics, "Module 'spare'");
    Diagnostic<? extends JavaFileObject> memory = only(diagnostics, "Project memory");
    assertThat(warning.getKind()).isEqualTo(Diagnostic.Kind.WARNING);
    assertThat(warning.getSource().getName()).endsWith("Spare.java");
    assertThat(memory.getKind()).isEqualTo(Diagnostic.Kind.NOTE);
    assertThat(memory.getSource()).as(memory.toString()).isNull();
  }

  @Test
  void aBuildThatFailsOnAnUnwiredCriticalModuleLogsFailed() throws IOException {
    write("pom.xml", "<project><modelVersion>4.0.0</modelVersion><artifactId>a</artifactId>"
        + "<name>A</name><description>B.</description></project>");
    Path main = write("src/app/Main.java", "package app;",
        "@dev.plumbline.annotations.EntryPoint",
        "public class Main { public static void main(String[] args) {} }");
    Path store = write("src/store/Store.java", "package store;",
        "@dev.plumbline.annotations.Module(name = \"store\")",
        "@dev.plumbline.annotations.Critical(\"keeps the results\")",
        "public class Store {}");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      List<String> options = List.of("-d", Files.createDirectories(root.resolve("classes"))
          .toString(), "-classpath", locationOf(Module.class), "-Aplumbline.projectRoot=" + root);
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromFiles(List.of(main.toFile(), store.toFile())));
      task.setProcessors(List.of(new WiringProcessor()));
      assertThat(task.call()).isFalse();
    }

    JsonNode log = new ObjectMapper().readTree(root.resolve(".claude/project_log.json").toFile());
    JsonNode entry = log.get(log.size() - 1);
    assertThat(entry.get("status").asText()).isEqualTo("failed");
    assertThat(entry.get("notes").asText())
        .isEqualTo("The build failed: @Critical module store NOT WIRED.");
  }

  private static Diagnostic<? extends JavaFileObject> only(
      DiagnosticCollector<JavaFileObject> diagnostics, String text) {
    List<Diagnostic<? extends JavaFileObject>> found = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains(text))
        .toList();
    assertThat(found).as(diagnostics.getDiagnostics().toString()).hasSize(1);
    return found.get(0);
  }

  private Path write(String path, String... lines) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);
    return file;
  }

  private static String locationOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
