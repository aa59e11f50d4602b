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
            "NOTE [plumbline] Partial compilation (declared by -Aplumbline.partial=true): 4"
                + " modules: 3 WIRED, 0 NOT WIRED, 0 DUPLICATE. Nothing is reported NOT WIRED from"
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
        .startsWith("NOTE [plumbline] Partial compilation (1 referenced classes");
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
}
