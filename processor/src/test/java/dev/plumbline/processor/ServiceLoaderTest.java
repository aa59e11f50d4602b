package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.compileWithClasspath;
import static dev.plumbline.processor.WiringCompiler.locationOf;
import static dev.plumbline.processor.WiringCompiler.realJavac;
import static dev.plumbline.processor.WiringCompiler.module;
import static dev.plumbline.processor.WiringCompiler.source;
import static dev.plumbline.processor.WiringCompiler.texts;
import static dev.plumbline.processor.WiringCompiler.writeClasses;
import static dev.plumbline.processor.WiringCompiler.writeSource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.auto.service.AutoService;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
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
    writeSource(sources, SERVICE);
    writeSource(sources, MAIN);
    writeSource(
        sources,
        source(
            "impl.HexCodec",
            "package impl;",
            "",
            "@dev.plumbline.annotations.Module(name = \"hex\")",
            "public class HexCodec implements spi.Codec {",
            "  public String encode(String text) { return text; }",
            "}"));

    boolean ok = realJavac(sources, classes, List.of());

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
}
