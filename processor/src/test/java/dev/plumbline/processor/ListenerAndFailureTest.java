package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compile;
import static dev.plumbline.processor.WiringCompiler.plumblineDiagnostics;
import static dev.plumbline.processor.WiringCompiler.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.plumbline.processor.wiring.ModuleResult;
import dev.plumbline.processor.wiring.ModuleStatus;
import dev.plumbline.processor.wiring.WiringResult;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The result hook for the project-memory adapter, and failures that must not crash javac. */
class ListenerAndFailureTest {

  private static JavaFileObject main(String pkg) {
    return source(
        pkg + ".Main",
        "package " + pkg + ";",
        "",
        "@dev.plumbline.annotations.EntryPoint",
        "@dev.plumbline.annotations.Module(name = \"main\", description = \"Starts it\")",
        "public class Main {",
        "  public static void main(String[] args) {}",
        "}");
  }

  @Test
  void listenersReceiveTheImmutableResultWithEverythingMemoryNeeds() {
    Compilation compilation =
        compile(main("app"), ClassificationTest.REPORT);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    WiringResult result = RecordingListener.last;
    assertThat(result.entryPoint()).isEqualTo("app.Main");
    assertThat(result.partial()).isFalse();
    assertThat(result.summary().total()).isEqualTo(2);
    ModuleResult main = result.modules().get(0);
    assertThat(main.name()).isEqualTo("main");
    assertThat(main.description()).isEqualTo("Starts it");
    assertThat(main.status()).isEqualTo(ModuleStatus.WIRED);
    assertThat(main.classes()).containsExactly("app.Main");
    assertThat(main.reachedClasses()).containsExactly("app.Main");
    assertThat(main.sourceFiles()).singleElement().asString().endsWith("app/Main.java");
    assertThat(main.publicApi()).contains("app.Main#main(java.lang.String[]): void");
    assertThat(main.path()).containsExactly("app.Main");
    assertThat(result.modules().get(1).status()).isEqualTo(ModuleStatus.NOT_WIRED);
    assertThat(result.modules().get(1).reachedClasses()).isEmpty();
  }

  @Test
  void thePublicApiIsRenderedOnlyWhenAListenerNeedsIt() {
    RecordingListener.needsPublicApi = false;
    try {
      // The project-memory listener needs it unless the memory is off.
      Compilation compilation =
          compile(List.of("-Aplumbline.memory=off"), main("app"), ClassificationTest.REPORT);

      assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
      ModuleResult main = RecordingListener.last.modules().get(0);
      assertThat(main.classes()).containsExactly("app.Main");
      assertThat(main.publicApi()).isEmpty();
    } finally {
      RecordingListener.needsPublicApi = true;
    }
  }

  @Test
  void aRuntimeFailureInsideTheVerifierIsOneErrorNotACompilerCrash() {
    Compilation compilation = compile(main("boom"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(plumblineDiagnostics(compilation))
        .containsExactly(
            "NOTE [plumbline] Wiring from boom.Main: 1 module: 1 WIRED, 0 NOT WIRED, 0 DUPLICATE."
                + " Report: META-INF/plumbline/wiring.md",
            "ERROR [plumbline] Internal error in the wiring verifier: IllegalStateException:"
                + " listener exploded. The wiring check did not complete; please report this message."
                + " Compile with -proc:none to build without Plumbline meanwhile.");
  }

  @Test
  void aListenerThatCannotWriteIsAWarningAndTheBuildGoesOn() {
    Compilation compilation = compile(main("io"));

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(plumblineDiagnostics(compilation))
        .contains(
            "WARNING [plumbline] Wiring result listener dev.plumbline.processor.RecordingListener"
                + " failed: disk full. The wiring reports are written; only that listener's output"
                + " is missing.");
  }
}
