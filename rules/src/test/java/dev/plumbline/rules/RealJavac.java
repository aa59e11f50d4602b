package dev.plumbline.rules;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A real javac + Error Prone compilation in the test JVM, the way a user's build runs it: the
 * checks are found by ServiceLoader on the processor path (this module's classes and Error
 * Prone's), and the flags sit inside one {@code -Xplugin:ErrorProne ...} argument.
 */
final class RealJavac {

  /**
   * The javac flags Error Prone needs on every supported JDK. {@code addTypeAnnotationsToSymbol}
   * is required by Error Prone 2.46+ on JDK 21-25 and ignored (like any {@code -XD} key) by
   * older javac and Error Prone.
   */
  static final List<String> ERROR_PRONE_JAVAC_FLAGS = List.of(
      "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
      "-XDaddTypeAnnotationsToSymbol=true");

  private RealJavac() {}

  /** What one compilation printed and reported. */
  record Result(boolean success, String output, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    /** Each diagnostic as {@code KIND file:line message's first line}. */
    List<String> lines() {
      return diagnostics.stream()
          .map(d -> d.getKind() + " "
              + (d.getSource() == null ? "" : Path.of(d.getSource().getName()).getFileName())
              + ":" + d.getLineNumber() + " "
              + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
          .collect(Collectors.toList());
    }

    /** Everything the compiler wrote: its own output and every diagnostic in full. */
    String everything() {
      return output + diagnostics.stream().map(d -> d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
    }
  }

  /**
   * Compiles {@code sources} into {@code work/classes} with {@code pluginArgument} (which starts
   * with {@code -Xplugin:ErrorProne}).
   */
  static Result compile(Path work, String pluginArgument, Path... sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of(
        "-d", Files.createDirectories(work.resolve("classes")).toString(),
        "-processorpath", System.getProperty("java.class.path")));
    options.addAll(ERROR_PRONE_JAVAC_FLAGS);
    options.add(pluginArgument);
    options.addAll(List.of("-Xmaxwarns", "10000", "-cp", System.getProperty("java.class.path")));
    for (String compilerPackage : List.of(
        "api", "code", "comp", "file", "main", "model", "parser", "processing", "tree", "util")) {
      options.add("--add-exports=jdk.compiler/com.sun.tools.javac." + compilerPackage
          + "=ALL-UNNAMED");
    }
    StringWriter output = new StringWriter();
    boolean success;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(collector, Locale.ROOT, UTF_8)) {
      success = javac.getTask(output, files, collector, options, null,
          files.getJavaFileObjects(sources)).call();
    } catch (RuntimeException | AssertionError crash) {
      // javac's API rethrows a plugin's crash; a test wants to see it as text.
      StringWriter trace = new StringWriter();
      crash.printStackTrace(new java.io.PrintWriter(trace));
      return new Result(false, output + trace.toString(), collector.getDiagnostics());
    }
    return new Result(success, output.toString(), collector.getDiagnostics());
  }

  /** Writes a source file under {@code root} and returns its path. */
  static Path write(Path root, String relativePath, String... lines) throws IOException {
    Path file = root.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);
    return file;
  }
}
