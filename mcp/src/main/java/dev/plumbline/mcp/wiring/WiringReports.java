// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.wiring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The wiring reports ({@code target/classes/META-INF/plumbline/wiring.json}) the build left in
 * a project, and one module's verdict from them: an application's complete compilation decides,
 * a library or partial compilation only when nothing better exists.
 */
public final class WiringReports {

  /** Where a Maven build leaves each module's report. */
  public static final Path REPORT =
      Path.of("target", "classes", "META-INF", "plumbline", "wiring.json");

  private static final Set<String> SKIPPED = Set.of(".git", ".claude", ".mvn", "node_modules",
      "src");

  private final Path root;
  private final ObjectMapper mapper;

  /**
   * Creates the reader for one project.
   *
   * @param root the project root
   * @param mapper parses the reports
   */
  public WiringReports(Path root, ObjectMapper mapper) {
    this.root = root;
    this.mapper = mapper;
  }

  /**
   * One module's verdict.
   *
   * @param report the report's path, relative to the project root
   * @param entryPoint the report's entry point, empty for a library compilation
   * @param partial whether the compilation saw only part of the program
   * @param module the module's object in the report
   */
  public record Verdict(String report, String entryPoint, boolean partial, JsonNode module) {

    /**
     * Whether this verdict decides the module's wiring.
     *
     * @return true for a complete application compilation
     */
    public boolean decides() {
      return !entryPoint.isEmpty() && !partial;
    }
  }

  /**
   * The best verdict on a module: from a complete application compilation if any, else from a
   * library or partial one.
   *
   * @param name the module's name
   * @return the verdict, or empty when no report names the module
   * @throws IOException when the project cannot be searched
   */
  public Optional<Verdict> verdict(String name) throws IOException {
    List<Verdict> verdicts = new ArrayList<>();
    for (Path file : find()) {
      JsonNode report;
      try {
        report = mapper.readTree(Files.readAllBytes(file));
      } catch (JsonProcessingException e) {
        // A broken report is 'plumbline wiring check's to report; it decides nothing here.
        continue;
      }
      for (JsonNode module : report.path("modules")) {
        if (name.equals(module.path("name").asText())) {
          verdicts.add(new Verdict(root.relativize(file).toString().replace('\\', '/'),
              report.path("entryPoint").asText(""), report.path("partial").asBoolean(), module));
        }
      }
    }
    return verdicts.stream().max(Comparator.comparing(Verdict::decides));
  }

  private List<Path> find() throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        if (!dir.equals(root) && SKIPPED.contains(dir.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        if (Files.isRegularFile(dir.resolve(REPORT))) {
          found.add(dir.resolve(REPORT));
        }
        return dir.getFileName() != null && dir.getFileName().toString().equals("target")
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }
}
