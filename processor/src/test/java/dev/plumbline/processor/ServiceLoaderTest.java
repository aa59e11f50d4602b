package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.compileWithClasspath;
import static dev.plumbline.processor.WiringCompiler.locationOf;
import static dev.plumbline.processor.WiringCompiler.module;
import static dev.plumbline.processor.WiringCompiler.source;
import static dev.plumbline.processor.WiringCompiler.texts;
import static dev.plumbline.processor.WiringCompiler.writeClasses;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.auto.service.AutoService;
import com.google.testing.compile.Compilation;
import dev.plumbline.annotations.Module;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ServiceLoader registrations are edges from the service type to the implementation. */
class ServiceLoaderTest {

  @TempDir Path directory;

  static final JavaFileObject SERVICE =
      source(
          "spi.Codec",
          "package spi;",
          "",
          "@dev.plumbline.annotations.Module(name = \"codec-api\")",
          "public interface Codec {",
          "  String encode(String text);",
          "  static Codec first() {",
          "    return java.util.ServiceLoader.load(Codec.class).iterator().next();",
          "  }",
          "}");

  static final JavaFileObject MAIN =
      source(
          "app.Main",
          "package app;",
          "",
          "@dev.plumbline.annotations.EntryPoint",
          "@dev.plumbline.annotations.Module(name = \"app\")",
          "public class Main {",
          "  public static void main(String[] args) { spi.Codec.first().encode(\"x\"); }",
          "}");

  @Test
  void anAutoServiceImplementationIsWiredThroughItsServiceType() {
    JavaFileObject impl =
        source(
            "impl.Base64Codec",
            "package impl;",
            "",
            "@dev.plumbline.annotations.Module(name = \"base64\")",
            "@dev.plumbline.annotations.Critical",
            "@com.google.auto.service.AutoService(spi.Codec.class)",
            "public class Base64Codec implements spi.Codec {",
            "  public String encode(String text) { return text; }",
            "}");

    Compilation compilation = compile(SERVICE, impl, MAIN);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(texts(module(compilation, "base64").get("path")))
        .containsExactly("app.Main", "spi.Codec", "impl.Base64Codec");
  }

  @Test
  void anImplementationNobodyRegistersStaysNotWired() {
    JavaFileObject impl =
        source(
            "impl.Rot13Codec",
            "package impl;",
            "",
            "@dev.plumbline.annotations.Module(name = \"rot13\")",
            "public class Rot13Codec implements spi.Codec {",
            "  public String encode(String text) { return text; }",
            "}");

    Compilation compilation = compile(SERVICE, impl, MAIN);

    assertThat(module(compilation, "rot13").get("status").asText()).isEqualTo("NOT_WIRED");
  }

  @Test
  void aMetaInfServicesFileInTheClassOutputIsAnEdge() throws IOException {
    Path sources = directory.resolve("src");
    Path classes = directory.resolve("classes");
    Path services = classes.resolve("META-INF/services");
    Files.createDirectories(services);
    // As Maven's process-resources phase leaves it before compilation.
    Files.writeString(services.resolve("spi.Codec"), "# codecs\nimpl.HexCodec\n", UTF_8);
    writeSource(sources, "spi/Codec.java", SERVICE);
    writeSource(sources, "app/Main.java", MAIN);
    writeSource(
        sources,
        "impl/HexCodec.java",
        source(
            "impl.HexCodec",
            "package impl;",
            "",
            "@dev.plumbline.annotations.Module(name = \"hex\")",
            "public class HexCodec implements spi.Codec {",
            "  public String encode(String text) { return text; }",
            "}"));

    boolean ok = realJavac(sources, classes);

    assertThat(ok).isTrue();
    JsonNode json =
        new ObjectMapper().readTree(classes.resolve("META-INF/plumbline/wiring.json").toFile());
    JsonNode hex = null;
    for (JsonNode module : json.get("modules")) {
      if (module.get("name").asText().equals("hex")) {
        hex = module;
      }
    }
    assertThat(hex).isNotNull();
    assertThat(texts(hex.get("path"))).containsExactly("app.Main", "spi.Codec", "impl.HexCodec");
  }

  @Test
  void aServiceRegisteredInsideALibraryIsReachableFromTheApplication() throws IOException {
    Compilation library =
        compile(
            List.of("-Aplumbline.library=codecs"),
            SERVICE,
            source(
                "impl.Base64Codec",
                "package impl;",
                "",
                "@dev.plumbline.annotations.Module(name = \"base64\")",
                "@dev.plumbline.annotations.Critical",
                "@com.google.auto.service.AutoService(spi.Codec.class)",
                "public class Base64Codec implements spi.Codec {",
                "  public String encode(String text) { return text; }",
                "}"));
    writeClasses(library, directory);

    Compilation app =
        compileWithClasspath(
            List.of(directory.toFile(), locationOf(AutoService.class)), List.of(), MAIN);

    assertThat(app.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(texts(module(app, "base64").get("path")))
        .containsExactly("app.Main", "spi.Codec", "impl.Base64Codec");
  }

  private static void writeSource(Path root, String relative, JavaFileObject source)
      throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source.getCharContent(true), UTF_8);
  }

  private static boolean realJavac(Path sources, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      List<File> inputs;
      try (var walk = Files.walk(sources)) {
        inputs = walk.filter(Files::isRegularFile).map(Path::toFile).toList();
      }
      List<String> options =
          List.of("-d", classes.toString(), "-classpath", locationOf(Module.class).toString());
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(inputs));
      task.setProcessors(List.of(new WiringProcessor()));
      return task.call();
    }
  }
}
