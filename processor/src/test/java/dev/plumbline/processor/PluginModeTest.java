package dev.plumbline.processor;

import static dev.plumbline.processor.WiringCompiler.compileWithClasspath;
import static dev.plumbline.processor.WiringCompiler.compileWithPlugin;
import static dev.plumbline.processor.WiringCompiler.diagnostics;
import static dev.plumbline.processor.WiringCompiler.plumblineDiagnostics;
import static dev.plumbline.processor.WiringCompiler.source;
import static dev.plumbline.processor.WiringCompiler.writeClasses;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code -Xplugin:Plumbline} is the same verifier as the annotation processor: for every scenario
 * both modes compile the same sources and must give the same status, the same diagnostics (kind,
 * file, line, text, in order) and byte-identical reports and index class.
 */
class PluginModeTest {

  private static final List<String> OUTPUTS =
      List.of(
          "META-INF/plumbline/wiring.json",
          "META-INF/plumbline/wiring.md",
          "META-INF/plumbline/wiring.sarif");

  /** An entry point that compiles on its own. */
  private static final JavaFileObject LONE_MAIN =
      source(
          "app.Main",
          "package app;",
          "",
          "@dev.plumbline.annotations.EntryPoint",
          "public class Main {",
          "  public static void main(String[] args) {}",
          "}");

  @TempDir Path libraryClasses;

  static Stream<Arguments> scenarios() {
    JavaFileObject unannotatedMain =
        source(
            "shop.App",
            "package shop;",
            "",
            "public class App { public static void main(String[] args) { new Object(); } }");
    JavaFileObject unannotatedLegacy =
        source("shop.legacy.OldReport", "package shop.legacy;", "", "public class OldReport {}");
    return Stream.of(
        Arguments.of(
            "critical error, warning, wired modules",
            List.of("-Aplumbline.verbose=true"),
            List.of(ClassificationTest.MAIN, ClassificationTest.PIPELINE,
                ClassificationTest.TOKENIZER, ClassificationTest.STORE, ClassificationTest.REPORT)),
        Arguments.of(
            "Java 8 sources",
            List.of("--release", "8"),
            List.of(ClassificationTest.MAIN, ClassificationTest.PIPELINE,
                ClassificationTest.TOKENIZER, ClassificationTest.STORE, ClassificationTest.REPORT,
                ServiceLoaderTest.SERVICE)),
        Arguments.of(
            "ServiceLoader edge from @AutoService",
            List.of(),
            List.of(ServiceLoaderTest.SERVICE, ServiceLoaderTest.MAIN)),
        Arguments.of(
            "two entry points",
            List.of(),
            List.of(ClassificationTest.MAIN, ClassificationTest.PIPELINE,
                ClassificationTest.TOKENIZER, BadInputTest.SECOND_MAIN)),
        Arguments.of(
            "no annotations, configured entry point",
            List.of("-Aplumbline.entryPoint=shop.App"),
            List.of(unannotatedMain, unannotatedLegacy)),
        Arguments.of(
            "declared partial compile",
            List.of("-Aplumbline.partial=true"),
            List.of(ClassificationTest.MAIN, ClassificationTest.PIPELINE,
                ClassificationTest.TOKENIZER, ClassificationTest.STORE)),
        Arguments.of(
            "invalid option value",
            List.of("-Aplumbline.warnings=sometimes"),
            List.of(ClassificationTest.MAIN)),
        Arguments.of(
            "unresolvable symbol",
            List.of(),
            List.of(ClassificationTest.MAIN, ClassificationTest.PIPELINE,
                BadInputTest.UNRESOLVABLE_TOKENIZER)),
        Arguments.of(
            "library compilation",
            List.of("-Aplumbline.library=textlib"),
            List.of(CrossCompilationTest.TEXT_API, CrossCompilationTest.NORMALIZER,
                CrossCompilationTest.AUDIT)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void thePluginReportsExactlyWhatTheProcessorReports(
      String scenario, List<String> options, List<JavaFileObject> sources) {
    JavaFileObject[] files = sources.toArray(new JavaFileObject[0]);
    Compilation processor = compileWithClasspath(List.of(), options, files);
    Compilation plugin = compileWithPlugin(List.of(), options, files);

    assertSameOutcome(processor, plugin);
  }

  @Test
  void theApplicationReachesLibraryModulesThroughAnIndexThePluginWrote() throws IOException {
    Compilation library =
        compileWithPlugin(List.of(), List.of("-Aplumbline.library=textlib"),
            CrossCompilationTest.TEXT_API, CrossCompilationTest.NORMALIZER,
            CrossCompilationTest.AUDIT);
    assertThat(library.status()).isEqualTo(Compilation.Status.SUCCESS);
    writeClasses(library, libraryClasses);
    JavaFileObject main = CrossCompilationTest.MAIN_USING_TEXT_API;

    List<File> classpath = List.of(libraryClasses.toFile());
    Compilation processor = compileWithClasspath(classpath, List.of(), main);
    Compilation plugin = compileWithPlugin(classpath, List.of(), main);

    assertSameOutcome(processor, plugin);
    assertThat(plumblineDiagnostics(plugin))
        .anySatisfy(line -> assertThat(line).startsWith(
            "ERROR Main.java:4 [plumbline PL001] Module 'audit' (lib.audit.Audit (library textlib)) is"
                + " @Critical and NOT WIRED"));
  }

  @Test
  void withThePluginAndTheProcessorInOneCompilationEachDiagnosticAppearsOnce() {
    JavaFileObject[] files = {LONE_MAIN, ClassificationTest.STORE};
    Compilation processorOnly = compileWithClasspath(List.of(), List.of(), files);
    Compilation both =
        compileWithClasspath(
            List.of(),
            List.of("-Xplugin:" + WiringPlugin.NAME,
                "-processorpath", System.getProperty("java.class.path")),
            files);

    assertThat(plumblineDiagnostics(processorOnly)).hasSize(2);
    assertThat(diagnostics(both)).isEqualTo(diagnostics(processorOnly));
  }

  @Test
  void pluginArgumentsAreAnErrorThatSaysHowToPassOptions() {
    Compilation compilation =
        compileWithPlugin(List.of(), List.of(), LONE_MAIN);
    Compilation withArguments =
        WiringCompiler.compileWithClasspath(
            List.of(),
            List.of("-Xplugin:" + WiringPlugin.NAME + " entryPoint=app.Main",
                "-processorpath", System.getProperty("java.class.path"), "-proc:none"),
            LONE_MAIN);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(withArguments.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(diagnostics(withArguments))
        .containsExactly(
            "ERROR Main.java:1 [plumbline PL014] -Xplugin:Plumbline takes no arguments, but was given"
                + " 'entryPoint=app.Main'. Pass options as for the annotation processor, e.g."
                + " -Aplumbline.entryPoint=com.example.Main.");
  }

  /**
   * A JVM that does not export javac's internal packages: the real javac launcher, without the
   * {@code --add-exports} options this test JVM has.
   */
  @Test
  void withoutTheExportsThePluginFailsTheBuildNamingTheJvmOptions(@TempDir Path work)
      throws IOException, InterruptedException {
    Path sources = work.resolve("src");
    WiringCompiler.writeSource(sources, LONE_MAIN);
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    List<String> command = new ArrayList<>(List.of(
        javac.toString(), "-proc:none", "-Xplugin:" + WiringPlugin.NAME,
        "-processorpath", System.getProperty("java.class.path"),
        "-classpath", WiringCompiler.locationOf(dev.plumbline.annotations.Module.class).toString(),
        "-d", work.resolve("classes").toString(),
        sources.resolve("app/Main.java").toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isEqualTo(1);
    assertThat(output)
        .contains("Main.java:1: error: [plumbline PL015] -Xplugin:Plumbline cannot reach javac's"
            + " processing environment (IllegalAccessException: ")
        .contains("the wiring was not verified. Give the JVM that runs javac --add-exports"
            + " jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED --add-exports"
            + " jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED (Maven: one per line in"
            + " .mvn/jvm.config, as for Error Prone; javac: prefix each with -J), or drop"
            + " -Xplugin:Plumbline to run the verifier as an annotation processor.")
        .contains("1 error");
  }

  private static void assertSameOutcome(Compilation processor, Compilation plugin) {
    assertThat(plumblineDiagnostics(processor).size() + diagnostics(processor).size())
        .as("the scenario must make the verifier or javac say something")
        .isPositive();
    assertThat(plugin.status()).isEqualTo(processor.status());
    assertThat(diagnostics(plugin)).isEqualTo(diagnostics(processor));
    if (processor.status() == Compilation.Status.FAILURE) {
      return; // javac keeps a failed compilation's files to itself
    }
    for (String output : OUTPUTS) {
      assertThat(content(plugin, output)).as(output).isEqualTo(content(processor, output));
    }
    assertThat(indexClass(plugin)).isEqualTo(indexClass(processor));
  }

  private static Optional<String> content(Compilation compilation, String name) {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, name)
        .map(file -> new String(bytes(file), UTF_8));
  }

  /** The index classes, hex-encoded so that lists of them compare by content. */
  private static List<String> indexClass(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .filter(file -> file.toUri().getPath().contains("/dev/plumbline/index/Wiring_"))
        .map(file -> HexFormat.of().formatHex(bytes(file)))
        .toList();
  }

  private static byte[] bytes(JavaFileObject file) {
    try (var in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
