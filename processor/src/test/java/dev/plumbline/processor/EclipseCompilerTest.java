package dev.plumbline.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.annotations.Module;
import dev.plumbline.processor.report.DiagnosticMessages;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under the Eclipse compiler (ecj from Maven Central; Eclipse and VS Code's Java
 * support compile with it): no javac trees there, so the compilation gets one NOTE that says the
 * wiring is not verified, compiles as it would without Plumbline, and nothing crashes.
 */
class EclipseCompilerTest {

  @TempDir Path work;

  @Test
  void eclipseCompilerGetsOneNoteAndCompilesWithoutVerifying() throws IOException {
    Path sources = work.resolve("src");
    Path classes = work.resolve("classes");
    List<String> args = new ArrayList<>(List.of("-17", "-proc:full", "-encoding", "UTF-8",
        "-processorpath", System.getProperty("java.class.path"),
        "-classpath", WiringCompiler.locationOf(Module.class).toString(),
        "-d", classes.toString()));
    // The scenario in which javac fails the build on the unwired critical module 'store'.
    for (JavaFileObject source : new JavaFileObject[] {ClassificationTest.MAIN,
        ClassificationTest.PIPELINE, ClassificationTest.TOKENIZER, ClassificationTest.STORE,
        ClassificationTest.REPORT}) {
      WiringCompiler.writeSource(sources, source);
    }
    try (var files = Files.walk(sources)) {
      files.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(args::add);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    boolean compiled = BatchCompiler.compile(
        args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), null);

    String output = out + "\n" + err;
    assertThat(compiled).as(output).isTrue();
    assertThat(classes.resolve("store/Store.class")).exists();
    String note = DiagnosticMessages.eclipseCompiler(
        "org.eclipse.jdt.internal.compiler.apt.dispatch.BatchProcessingEnvImpl");
    assertThat(output).contains(note);
    assertThat(output.split(java.util.regex.Pattern.quote("[plumbline]"), -1)).hasSize(2);
    assertThat(output).doesNotContain("Exception", "\tat ");
    assertThat(classes.resolve("META-INF/plumbline/wiring.json")).doesNotExist();
    assertThat(new File(classes.toFile(), "dev/plumbline/index")).doesNotExist();
  }
}
