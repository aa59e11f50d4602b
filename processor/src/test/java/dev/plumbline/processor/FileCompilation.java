package dev.plumbline.processor;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A compilation on disk, as a build runs it: sources under {@code src/}, resources copied into the
 * class output before compiling (Maven's process-resources), the real javac through javax.tools,
 * the verifier as processor or plugin, and the test JVM's class path (the real framework jars).
 */
final class FileCompilation {

  /** How the verifier runs. */
  enum Mode { PROCESSOR, PLUGIN }

  private final Path root;
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final Map<String, String> resources = new LinkedHashMap<>();
  private final List<String> options = new ArrayList<>();
  private final List<Path> classpath = new ArrayList<>();
  private List<String> explicitSources;
  private boolean modulePath;

  FileCompilation(Path root) {
    this.root = root;
  }

  /** A source file, by the class it declares; lines joined with newlines. */
  FileCompilation source(String qualifiedName, String... lines) {
    sources.put(qualifiedName, String.join("\n", lines) + "\n");
    return this;
  }

  /** A file copied into the class output before compiling, by its path there. */
  FileCompilation resource(String path, String... lines) {
    resources.put(path, String.join("\n", lines) + "\n");
    return this;
  }

  FileCompilation options(String... values) {
    options.addAll(List.of(values));
    return this;
  }

  /** A directory or jar before the test JVM's class path. */
  FileCompilation classpath(Path entry) {
    classpath.add(entry);
    return this;
  }

  /**
   * Compiles only these sources and lets javac find the others through {@code -sourcepath}, as
   * it compiles what they need implicitly.
   */
  FileCompilation onlyWithSourcepath(String... qualifiedNames) {
    explicitSources = List.of(qualifiedNames);
    return this;
  }

  /**
   * Compiles a named module (the sources hold a {@code module-info}): the test JVM's class path
   * is left out, since a named module reads no class path.
   */
  FileCompilation modulePathOnly() {
    modulePath = true;
    return this;
  }

  Path classes(Mode mode) {
    return root.resolve("classes-" + mode.name().toLowerCase(Locale.ROOT));
  }

  /** Compiles; the result has javac's verdict, the diagnostics and the reports. */
  Result compile(Mode mode) throws IOException {
    Path src = root.resolve("src");
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), UTF_8);
    }
    Path classes = classes(mode);
    for (Map.Entry<String, String> resource : resources.entrySet()) {
      Path file = classes.resolve(resource.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, resource.getValue(), UTF_8);
    }
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        UTF_8)) {
      List<String> entries = new ArrayList<>();
      classpath.forEach(entry -> entries.add(entry.toString()));
      if (!modulePath) {
        entries.add(System.getProperty("java.class.path"));
      }
      List<String> all = new ArrayList<>(List.of("-d", classes.toString()));
      if (!entries.isEmpty()) {
        all.addAll(List.of("-classpath", String.join(File.pathSeparator, entries)));
      }
      if (explicitSources != null) {
        all.addAll(List.of("-sourcepath", src.toString()));
      }
      if (mode == Mode.PLUGIN) {
        all.addAll(List.of("-proc:none", "-Xplugin:" + WiringPlugin.NAME,
            "-processorpath", System.getProperty("java.class.path")));
      }
      all.addAll(options);
      List<File> inputs = new ArrayList<>();
      for (String name : explicitSources == null ? sources.keySet() : explicitSources) {
        inputs.add(src.resolve(name.replace('.', '/') + ".java").toFile());
      }
      JavaCompiler.CompilationTask task = javac.getTask(
          null, files, diagnostics, all, null, files.getJavaFileObjectsFromFiles(inputs));
      if (mode == Mode.PROCESSOR) {
        task.setProcessors(List.of(new WiringProcessor()));
      }
      boolean success = task.call();
      List<String> messages = diagnostics.getDiagnostics().stream()
          .map(WiringCompiler::describe).collect(Collectors.toList());
      return new Result(success, messages, classes);
    }
  }

  /** What a compilation left. */
  record Result(boolean success, List<String> diagnostics, Path classes) {

    List<String> plumbline() {
      return diagnostics.stream().filter(line -> line.contains("[plumbline")).toList();
    }

    String report(String name) {
      try {
        return Files.readString(classes.resolve("META-INF/plumbline/" + name), UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    JsonNode json() {
      try {
        return new ObjectMapper().readTree(report("wiring.json"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    JsonNode module(String name) {
      for (JsonNode module : json().get("modules")) {
        if (module.get("name").asText().equals(name)) {
          return module;
        }
      }
      throw new AssertionError("no module " + name + " in " + json());
    }

    String status(String module) {
      return module(module).get("status").asText();
    }

    List<String> pathKinds(String module) {
      return WiringCompiler.texts(module(module).get("pathKinds"));
    }

    /** The index classes written, by file name. */
    List<String> indexClasses() throws IOException {
      Path index = classes.resolve("dev/plumbline/index");
      if (!Files.isDirectory(index)) {
        return List.of();
      }
      try (Stream<Path> files = Files.list(index)) {
        return files.map(file -> file.getFileName().toString()).sorted().toList();
      }
    }
  }
}
