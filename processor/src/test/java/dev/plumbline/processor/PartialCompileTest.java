package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.compileWithClasspath;
import static dev.plumbline.processor.WiringCompiler.module;
import static dev.plumbline.processor.WiringCompiler.plumblineDiagnostics;
import static dev.plumbline.processor.WiringCompiler.texts;
import static dev.plumbline.processor.WiringCompiler.wiringJson;
import static dev.plumbline.processor.WiringCompiler.writeClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compilation that sees only part of the program never concludes NOT WIRED. */
class PartialCompileTest {

  @TempDir Path previousBuild;

  @Test
  void aDeclaredPartialCompileReportsButNeverFails() {
    Compilation compilation =
        compile(
            List.of("-Aplumbline.partial=true"),
            ClassificationTest.MAIN,
            ClassificationTest.PIPELINE,
            ClassificationTest.TOKENIZER,
            ClassificationTest.STORE);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(plumblineDiagnostics(compilation))
        .containsExactly(
            "NOTE [plumbline PL004] Partial compilation (declared by -Aplumbline.partial=true): 4"
                + " modules: 3 WIRED, 0 NOT WIRED, 0 DUPLICATE, 1 UNVERIFIED. Nothing is reported NOT WIRED from"
                + " a partial view. Report: META-INF/plumbline/wiring.md");
    assertThat(module(compilation, "store").get("status").asText()).isEqualTo("UNVERIFIED");
    assertThat(wiringJson(compilation).get("summary").get("partial").asBoolean()).isTrue();
  }

  @Test
  void recompilingOneFileAgainstThePreviousOutputIsDetectedAsPartial() throws IOException {
    Compilation full =
        compile(
            List.of("-Aplumbline.library=project"),
            ClassificationTest.MAIN,
            ClassificationTest.PIPELINE,
            ClassificationTest.TOKENIZER,
            ClassificationTest.REPORT);
    assertThat(full.status()).isEqualTo(Compilation.Status.SUCCESS);
    writeClasses(full, previousBuild);

    // What an IDE does after an edit of Main.java: only that file, the old output on the path.
    Compilation incremental =
        compileWithClasspath(
            List.of(previousBuild.toFile()),
            List.of("-Aplumbline.library=project"),
            ClassificationTest.MAIN);

    assertThat(incremental.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(wiringJson(incremental).get("partial").asBoolean()).isTrue();
    assertThat(texts(wiringJson(incremental).get("partialReasons")))
        .containsExactly(
            "1 referenced classes of the compiled packages are not compiled now (first:"
                + " app.Pipeline)");
    assertThat(plumblineDiagnostics(incremental)).hasSize(1);
    assertThat(plumblineDiagnostics(incremental).get(0))
        .startsWith("NOTE [plumbline PL004] Partial compilation (1 referenced classes");
  }

  @Test
  void aTestCompilationSeesTheMainIndexOfTheSameModuleAsALibraryAndIsNotPartial()
      throws IOException {
    Compilation main =
        compile(
            List.of("-Aplumbline.library=project"),
            ClassificationTest.MAIN,
            ClassificationTest.PIPELINE,
            ClassificationTest.TOKENIZER);
    writeClasses(main, previousBuild);

    // Maven's testCompile: same processor options, main classes on the class path.
    Compilation tests =
        compileWithClasspath(
            List.of(previousBuild.toFile()),
            List.of("-Aplumbline.library=project"),
            WiringCompiler.source(
                "app.PipelineTest",
                "package app;",
                "",
                "class PipelineTest { void runs() { new Pipeline().run(); } }"));

    assertThat(tests.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(wiringJson(tests).get("partial").asBoolean()).isFalse();
    assertThat(module(tests, "pipeline").get("origin").asText()).isEqualTo("library:project");
  }

  /**
   * Maven's test compilation of a code base without {@code @Module}: the test output directory
   * comes first on the class path and the test packages are the main packages. The main code's
   * index must be read (not hidden by the index this compilation writes), and neither a partial
   * view nor a DUPLICATE of each package may be reported.
   */
  @Test
  void aTestCompilationInPackageModeReadsTheMainIndexFromFilesAndIsNeitherPartialNorDuplicate(
      @TempDir Path work) throws IOException {
    Path mainSources = work.resolve("src/main/java");
    Path testSources = work.resolve("src/test/java");
    Path classes = java.nio.file.Files.createDirectories(work.resolve("target/classes"));
    Path testClasses = java.nio.file.Files.createDirectories(work.resolve("target/test-classes"));
    WiringCompiler.writeSource(mainSources, WiringCompiler.source(
        "shop.App", "package shop;", "",
        "public class App { public static void main(String[] args) { new Cart().add(); } }"));
    WiringCompiler.writeSource(mainSources, WiringCompiler.source(
        "shop.Cart", "package shop;", "", "class Cart { void add() { } }"));
    WiringCompiler.writeSource(testSources, WiringCompiler.source(
        "shop.CartTest", "package shop;", "", "class CartTest { void adds() { new Cart().add(); } }"));
    List<String> options = List.of("-Aplumbline.library=shop", "-Aplumbline.entryPoint=shop.App");
    List<String> mainMessages = new java.util.ArrayList<>();
    assertThat(WiringCompiler.realJavac(mainSources, classes, List.of(), options, mainMessages))
        .as(mainMessages.toString()).isTrue();

    for (int build = 1; build <= 2; build++) {
      // The second build finds the first one's test output (and its files) in place.
      List<String> messages = new java.util.ArrayList<>();
      boolean ok = WiringCompiler.realJavac(
          testSources, testClasses, List.of(testClasses, classes), options, messages);

      assertThat(ok).as(messages.toString()).isTrue();
      assertThat(messages.stream().filter(line -> line.contains("[plumbline")))
          .containsExactly(
              "NOTE [plumbline PL004] Test compilation (the main code's index is on the class path): 2"
                  + " modules: 0 WIRED, 0 NOT WIRED, 0 DUPLICATE, 2 UNVERIFIED. Tests are not part of the"
                  + " program: nothing is concluded NOT WIRED or DUPLICATE from them. Report:"
                  + " META-INF/plumbline/wiring.md");
      String json = java.nio.file.Files.readString(
          testClasses.resolve("META-INF/plumbline/wiring.json"));
      assertThat(json)
          .contains("\"compilation\" : \"TEST\"")
          .contains("\"partial\" : false")
          .doesNotContain("DUPLICATE");
      assertThat(testClasses.resolve("dev/plumbline/index")).doesNotExist();
    }
  }
}
