// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javac the way build tools do: in-process through the {@code javax.tools} API, one
 * compilation task, the diagnostics printed to standard error. maven-compiler-plugin (unless told
 * to fork), Gradle and IDEs all compile like this, and it matters for the benchmark: a javac task
 * created through this API keeps every comment and every tree's end position while parsing,
 * whatever the plugins, so a plugin's TaskListener costs nothing extra there, while command-line
 * {@code javac} starts keeping them only once a TaskListener exists.
 *
 * <p>Usage: {@code java ToolsJavac [javac options] @source-list}; exits 0 when the compilation
 * succeeds, 1 otherwise.
 */
public final class ToolsJavac {

  private ToolsJavac() {}

  /**
   * Compiles.
   *
   * @param args javac options, and {@code @file} arguments naming files that list the sources
   * @throws IOException when a source list cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<String> options = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("@")) {
        sources.addAll(Files.readAllLines(Path.of(arg.substring(1)), StandardCharsets.UTF_8));
      } else {
        options.add(arg);
      }
    }
    System.exit(compile(options, sources, null, null) ? 0 : 1);
  }

  /**
   * One compilation task, as build tools run it.
   *
   * @param options javac options
   * @param sources source file paths
   * @param out where javac writes other output; null for standard error
   * @param diagnostics receives the diagnostics; null to have javac print them
   * @return whether the compilation succeeded
   * @throws IOException when the file manager cannot be closed
   */
  static boolean compile(
      List<String> options,
      List<String> sources,
      Writer out,
      DiagnosticListener<? super JavaFileObject> diagnostics)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      return javac
          .getTask(out, files, diagnostics, options, null,
              files.getJavaFileObjectsFromStrings(sources))
          .call();
    }
  }
}
