package dev.plumbline.processor;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.plumbline.annotations.Module;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Test helpers: real javac compilations with the processor, and readers for what it wrote. */
final class WiringCompiler {

  private WiringCompiler() {}

  /** The index class a compilation with this id and these packages writes. */
  static String indexClass(String library, String... packages) {
    return dev.plumbline.processor.index.LibraryId.of(
        java.util.Optional.of(library), "", List.of(packages)).className();
  }

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceString(qualifiedName, String.join("\n", lines) + "\n");
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new WiringProcessor()).withOptions(options).compile(sources);
  }

  /**
   * Compiles with the verifier as a javac plugin ({@code -Xplugin:Plumbline}, no processing
   * rounds). javac loads plugins from the processor path, here the test class path.
   */
  static Compilation compileWithPlugin(
      List<File> extraClasspath, List<String> options, JavaFileObject... sources) {
    List<File> classpath = new ArrayList<>(extraClasspath);
    classpath.add(locationOf(Module.class));
    List<String> pluginOptions = new ArrayList<>(List.of(
        "-proc:none", "-Xplugin:" + WiringPlugin.NAME,
        "-processorpath", System.getProperty("java.class.path")));
    pluginOptions.addAll(options);
    return Compiler.javac().withOptions(pluginOptions).withClasspath(classpath).compile(sources);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  static Compilation compileWithClasspath(
      List<File> extraClasspath, List<String> options, JavaFileObject... sources) {
    List<File> classpath = new ArrayList<>(extraClasspath);
    classpath.add(locationOf(Module.class));
    return Compiler.javac()
        .withProcessors(new WiringProcessor())
        .withOptions(options)
        .withClasspath(classpath)
        .compile(sources);
  }

  static File locationOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes every class file a compilation produced into {@code directory}. */
  static void writeClasses(Compilation compilation, Path directory) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      int marker = uri.indexOf("/CLASS_OUTPUT/");
      if (marker < 0) {
        continue;
      }
      Path target = directory.resolve(uri.substring(marker + "/CLASS_OUTPUT/".length()));
      Files.createDirectories(target.getParent());
      try (var in = file.openInputStream()) {
        Files.write(target, in.readAllBytes());
      }
    }
  }

  static String resource(Compilation compilation, String name) {
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, name)
            .orElseThrow(() -> new AssertionError("not generated: " + name));
    try (var in = file.openInputStream()) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode wiringJson(Compilation compilation) {
    try {
      return new ObjectMapper().readTree(resource(compilation, "META-INF/plumbline/wiring.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode module(Compilation compilation, String name) {
    for (JsonNode module : wiringJson(compilation).get("modules")) {
      if (module.get("name").asText().equals(name)) {
        return module;
      }
    }
    throw new AssertionError("no module " + name + " in " + wiringJson(compilation));
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  /** One line per diagnostic: KIND file:line message (file is the simple file name). */
  static List<String> diagnostics(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.OTHER)
        .map(WiringCompiler::describe)
        .collect(Collectors.toList());
  }

  /** Only the processor's diagnostics. */
  static List<String> plumblineDiagnostics(Compilation compilation) {
    return diagnostics(compilation).stream()
        .filter(line -> line.contains("[plumbline"))
        .collect(Collectors.toList());
  }

  static String describe(Diagnostic<? extends JavaFileObject> d) {
    String where = "";
    if (d.getSource() != null) {
      String path = d.getSource().toUri().getPath();
      where = " " + path.substring(path.lastIndexOf('/') + 1) + ":" + d.getLineNumber();
    }
    return d.getKind() + where + " " + d.getMessage(Locale.ROOT);
  }

  /** Compiles with the real javac into {@code classes} (a file-system class output). */
  static boolean realJavac(Path sources, Path classes, List<String> extraOptions)
      throws IOException {
    return realJavac(sources, classes, List.of(), extraOptions, new ArrayList<>());
  }

  /**
   * Compiles with the real javac into {@code classes}, with {@code classpath} before the
   * annotations jar (Maven's test compilation puts its own output first), and collects the
   * diagnostics as {@link #describe} lines into {@code messages}.
   */
  static boolean realJavac(
      Path sources, Path classes, List<Path> classpath, List<String> extraOptions,
      List<String> messages) throws IOException {
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    javax.tools.DiagnosticCollector<JavaFileObject> diagnostics =
        new javax.tools.DiagnosticCollector<>();
    try (javax.tools.StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      List<File> inputs;
      try (var walk = Files.walk(sources)) {
        inputs = walk.filter(Files::isRegularFile).map(Path::toFile).toList();
      }
      List<String> entries = new ArrayList<>();
      classpath.forEach(entry -> entries.add(entry.toString()));
      entries.add(locationOf(Module.class).toString());
      List<String> options = new ArrayList<>(List.of(
          "-d", classes.toString(), "-classpath", String.join(File.pathSeparator, entries)));
      options.addAll(extraOptions);
      javax.tools.JavaCompiler.CompilationTask task =
          javac.getTask(
              null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(inputs));
      task.setProcessors(List.of(new WiringProcessor()));
      boolean success = task.call();
      diagnostics.getDiagnostics().forEach(d -> messages.add(describe(d)));
      return success;
    }
  }

  /** Writes a test source below {@code root} at its package path. */
  static void writeSource(Path root, JavaFileObject source) throws IOException {
    String path = source.toUri().getPath();
    Path file = root.resolve(path.startsWith("/") ? path.substring(1) : path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source.getCharContent(true), UTF_8);
  }
}
