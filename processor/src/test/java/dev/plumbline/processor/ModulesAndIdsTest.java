package dev.plumbline.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.processor.FileCompilation.Mode;
import dev.plumbline.processor.FileCompilation.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What real builds add to the sources: a module descriptor's {@code provides}, two libraries of
 * one index id, and sources that javac compiles implicitly through {@code -sourcepath}.
 */
class ModulesAndIdsTest {

  @TempDir Path work;

  @Test
  void aProviderDeclaredInModuleInfoIsWiredThroughItsServiceType() throws IOException {
    Result result = new FileCompilation(work)
        .source("module-info", "module shop {", "  uses shop.spi.Codec;",
            "  provides shop.spi.Codec with shop.codecs.JsonCodec;", "}")
        .source("shop.Main", "package shop;", "",
            "public class Main {",
            "  public static void main(String[] args) {",
            "    java.util.ServiceLoader.load(shop.spi.Codec.class).findFirst();",
            "  }",
            "}")
        .source("shop.spi.Codec", "package shop.spi;", "", "public interface Codec {}")
        .source("shop.codecs.JsonCodec", "package shop.codecs;", "",
            "public class JsonCodec implements shop.spi.Codec {}")
        .source("shop.codecs.unused.XmlCodec", "package shop.codecs.unused;", "",
            "public class XmlCodec implements shop.spi.Codec {}")
        .options("-Aplumbline.entryPoint=shop.Main")
        .modulePathOnly()
        .compile(Mode.PROCESSOR);

    assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
    assertThat(result.status("shop.codecs")).isEqualTo("WIRED");
    assertThat(result.pathKinds("shop.codecs"))
        .containsExactly("entry point", "code reference", "service registration");
    assertThat(result.status("shop.codecs.unused")).isEqualTo("NOT_WIRED");
  }

  @Test
  void twoLibrariesOfOneIdAreBothReadAndTheCollisionIsReported() throws IOException {
    Result first = new FileCompilation(work.resolve("a"))
        .source("com.a.core.Strings", "package com.a.core;", "",
            "public class Strings { public static void trim() {} }")
        .options("-Aplumbline.library=core")
        .compile(Mode.PROCESSOR);
    Result second = new FileCompilation(work.resolve("b"))
        .source("com.b.core.Numbers", "package com.b.core;", "",
            "public class Numbers { public static void add() {} }")
        .options("-Aplumbline.library=core")
        .compile(Mode.PROCESSOR);
    String firstIndex = first.indexClasses().get(0);
    String secondIndex = second.indexClasses().get(0);
    assertThat(firstIndex).isNotEqualTo(secondIndex).startsWith("Wiring_core_");

    Result app = new FileCompilation(work.resolve("app"))
        .source("app.Main", "package app;", "",
            "public class Main {",
            "  public static void main(String[] args) {",
            "    com.a.core.Strings.trim();",
            "    com.b.core.Numbers.add();",
            "  }",
            "}")
        .classpath(first.classes())
        .classpath(second.classes())
        .options("-Aplumbline.entryPoint=app.Main")
        .compile(Mode.PROCESSOR);

    String a = "dev.plumbline.index." + firstIndex.replace(".class", "");
    String b = "dev.plumbline.index." + secondIndex.replace(".class", "");
    List<String> holders = a.compareTo(b) < 0
        ? List.of(a + " (packages com.a.core)", b + " (packages com.b.core)")
        : List.of(b + " (packages com.b.core)", a + " (packages com.a.core)");
    assertThat(app.plumbline()).contains(
        "WARNING [plumbline PL012] The index id 'core' is used by " + holders.get(0)
            + " and by " + holders.get(1) + ". Both graphs are read, but the reports and the"
            + " project memory tell libraries apart by their id: give each a unique"
            + " -Aplumbline.library, e.g. ${project.groupId}:${project.artifactId}. This"
            + " compilation is reported as partial until then.");
    assertThat(app.json().get("partial").asBoolean()).isTrue();
    assertThat(WiringCompiler.texts(app.json().get("partialReasons")))
        .containsExactly("2 libraries use the index id 'core'");
    // Neither library hides the other: both modules are in the report, both reached.
    assertThat(app.status("com.a.core")).isEqualTo("WIRED");
    assertThat(app.status("com.b.core")).isEqualTo("WIRED");
  }

  /**
   * javac compiles what {@code Main} needs from {@code -sourcepath} without being told: both
   * modes must see those classes as part of the compilation, and write the same reports.
   */
  @Test
  void sourcesCompiledImplicitlyThroughTheSourcepathGiveByteIdenticalReportsInBothModes()
      throws IOException {
    FileCompilation project = new FileCompilation(work)
        .source("app.Main", "package app;", "",
            "@dev.plumbline.annotations.EntryPoint",
            "public class Main {",
            "  public static void main(String[] args) { new app.store.Store().save(); }",
            "}")
        .source("app.store.Store", "package app.store;", "",
            "@dev.plumbline.annotations.Module(name = \"store\")",
            "@dev.plumbline.annotations.Critical(\"keeps the data\")",
            "public class Store { public void save() { new Disk(); } }")
        .source("app.store.Disk", "package app.store;", "", "class Disk {}")
        .options("-Aplumbline.library=app", "-implicit:class")
        .onlyWithSourcepath("app.Main");

    Result processor = project.compile(Mode.PROCESSOR);
    Result plugin = project.compile(Mode.PLUGIN);

    assertThat(processor.success()).as(processor.diagnostics().toString()).isTrue();
    assertThat(processor.json().get("partial").asBoolean()).isFalse();
    assertThat(processor.status("store")).isEqualTo("WIRED");
    // Disk is compiled only because Store needs it; the class Store leaves in its package is a
    // module of its own.
    assertThat(WiringCompiler.texts(processor.module("app.store").get("classes")))
        .containsExactly("app.store.Disk");
    assertThat(processor.status("app.store")).isEqualTo("WIRED");
    assertThat(plugin.plumbline()).isEqualTo(processor.plumbline());
    for (String report : List.of("wiring.json", "wiring.md", "wiring.sarif")) {
      assertThat(plugin.report(report)).as(report).isEqualTo(processor.report(report));
    }
    assertThat(plugin.indexClasses()).isEqualTo(processor.indexClasses());
  }
}
