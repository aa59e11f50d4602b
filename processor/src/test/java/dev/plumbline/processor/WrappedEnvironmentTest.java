package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.plumblineDiagnostics;
import static dev.plumbline.processor.WiringCompiler.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.plumbline.processor.report.DiagnosticMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.gradle.api.internal.tasks.compile.processing.AggregatingProcessor;
import org.jetbrains.jps.javac.APIWrappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processor mode behind the wrappers build tools put around javac's ProcessingEnvironment: the
 * fixtures in {@code org.gradle...processing} and {@code org.jetbrains.jps.javac} wrap it the way
 * Gradle's incremental processing and IntelliJ's build process do (no Gradle or IntelliJ
 * distribution is on Maven Central to run here).
 */
class WrappedEnvironmentTest {

  private static final JavaFileObject[] CRITICAL_NOT_WIRED = {
    ClassificationTest.MAIN, ClassificationTest.PIPELINE, ClassificationTest.TOKENIZER,
    ClassificationTest.STORE, ClassificationTest.REPORT
  };
  /** The same without the unwired critical module: it compiles, so its outputs can be read. */
  private static final JavaFileObject[] NOT_WIRED_WARNING = {
    ClassificationTest.MAIN, ClassificationTest.PIPELINE, ClassificationTest.TOKENIZER,
    ClassificationTest.REPORT
  };
  private static final String REPORT = "META-INF/plumbline/wiring.json";

  @Test
  void gradleIncrementalProcessingEnvironmentIsUnwrapped() {
    List<String> generated = APIWrappers.recorder();

    assertSameAsUnwrapped(
        files -> compileWith(new AggregatingProcessor(new WiringProcessor(), generated), files));
    // The wrapper's Filer saw every report: Gradle keeps track of what the processor wrote.
    assertThat(generated).contains(REPORT, "META-INF/plumbline/wiring.md",
        "META-INF/plumbline/wiring.sarif");
  }

  @Test
  void intellijProxyIsUnwrappedThroughItsDelegateAccessor() {
    List<String> created = APIWrappers.recorder();

    assertSameAsUnwrapped(files ->
        compileWith(APIWrappers.wrapProcessor(new WiringProcessor(), created, true), files));
    assertThat(created).contains(REPORT);
  }

  @Test
  void intellijProxyWithoutTheAccessorIsUnwrappedThroughItsHandler() {
    List<String> created = APIWrappers.recorder();

    assertSameAsUnwrapped(files ->
        compileWith(APIWrappers.wrapProcessor(new WiringProcessor(), created, false), files));
    assertThat(created).contains(REPORT);
  }

  @Test
  void anIntellijBuildOfOneChangedFileConcludesNothingAndNeverFails(@TempDir Path previousBuild)
      throws IOException {
    // The IDE's last full build, then only Store.java recompiled against its output, with the
    // module's options as IntelliJ imports them from the pom: the @Critical module in it is not
    // reachable from any compiled code, but a view without the entry point concludes nothing.
    List<String> options = List.of("-Aplumbline.library=app");
    Compilation full = Compiler.javac().withProcessors(new WiringProcessor())
        .withOptions(options).compile(NOT_WIRED_WARNING);
    WiringCompiler.writeClasses(full, previousBuild);
    List<String> created = APIWrappers.recorder();

    Compilation changed = Compiler.javac()
        .withProcessors(APIWrappers.wrapProcessor(new WiringProcessor(), created, true))
        .withOptions(options)
        .withClasspath(List.of(previousBuild.toFile(),
            WiringCompiler.locationOf(dev.plumbline.annotations.Module.class)))
        .compile(ClassificationTest.STORE);

    assertThat(changed.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(plumblineDiagnostics(changed)).singleElement().asString()
        .startsWith("NOTE [plumbline] ")
        .doesNotContain("Wiring from", "NOT WIRED:");
    assertThat(created).contains(REPORT);
  }

  @Test
  void anUnknownWrapperGetsOneNoteThatPointsToPluginMode() {
    Compilation compilation =
        compileWith(new OpaqueWrapper(new WiringProcessor()), CRITICAL_NOT_WIRED);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(plumblineDiagnostics(compilation)).containsExactly("NOTE "
        + DiagnosticMessages.unsupportedEnvironment(OpaqueEnvironment.class.getName()));
    assertThat(plumblineDiagnostics(compilation).get(0)).contains("-Xplugin:Plumbline");
    assertThat(compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, REPORT))
        .isEmpty();
  }

  private static Compilation compileWith(Processor processor, JavaFileObject... files) {
    return Compiler.javac().withProcessors(processor).compile(files);
  }

  /**
   * Same status and diagnostics (kind, file, line, text) as with javac's own environment, for a
   * compilation that fails on an unwired critical module; the same report for one that passes.
   */
  private static void assertSameAsUnwrapped(Function<JavaFileObject[], Compilation> wrapped) {
    Compilation failing = wrapped.apply(CRITICAL_NOT_WIRED);
    assertThat(failing.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(plumblineDiagnostics(failing))
        .hasSize(3)
        .anySatisfy(line -> assertThat(line).startsWith("ERROR Store.java:8 [plumbline]"))
        .isEqualTo(plumblineDiagnostics(WiringCompiler.compile(CRITICAL_NOT_WIRED)));

    Compilation passing = wrapped.apply(NOT_WIRED_WARNING);
    Compilation plain = WiringCompiler.compile(NOT_WIRED_WARNING);
    assertThat(passing.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(plumblineDiagnostics(passing)).hasSize(2).isEqualTo(plumblineDiagnostics(plain));
    assertThat(resource(passing, REPORT)).isEqualTo(resource(plain, REPORT));
  }

  /** A processor wrapper whose environment hides javac's behind a field no tool uses. */
  private static final class OpaqueWrapper extends AbstractProcessor {
    private final Processor delegate;

    OpaqueWrapper(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      super.init(environment);
      delegate.init(new OpaqueEnvironment(environment));
    }

    @SuppressWarnings("DoNotClaimAnnotations") // a delegating wrapper, as the tools' are
    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }

  /** Delegates everything, but keeps javac's environment in a field named {@code hidden}. */
  private static final class OpaqueEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment hidden;

    OpaqueEnvironment(ProcessingEnvironment hidden) {
      this.hidden = hidden;
    }

    @Override
    public Map<String, String> getOptions() {
      return hidden.getOptions();
    }

    @Override
    public Messager getMessager() {
      return hidden.getMessager();
    }

    @Override
    public Filer getFiler() {
      return hidden.getFiler();
    }

    @Override
    public Elements getElementUtils() {
      return hidden.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return hidden.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return hidden.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return hidden.getLocale();
    }
  }
}
