// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.verify;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a module is declared, for SARIF: the file of its {@code @Module} type or its package
 * ({@code package-info.java} when it has one) and the line of the annotation or declaration.
 *
 * @param file the source file
 * @param line its line, 1-based
 */
record DeclarationSite(Path file, int line) {

  /** {@code @Module}, {@code @Critical}, also written with their package. */
  private static final Pattern MODULE_ANNOTATION =
      Pattern.compile("@(?:[\\w$]+\\.)*(?:Module|Critical)\\b");

  /**
   * Finds the declaration among the module's compilation units.
   *
   * @param module the module
   * @return the site; empty when no source file of it is on disk
   * @throws IOException when a source file cannot be read
   */
  static Optional<DeclarationSite> of(ModuleLevels module) throws IOException {
    String declaration = module.declaration();
    String topLevel = TestReports.topLevel(declaration);
    String typeFile = "/" + topLevel.replace('.', '/') + ".java";
    String packageInfo = "/" + declaration.replace('.', '/') + "/package-info.java";
    Optional<Path> file = find(module.sourceFiles(), typeFile)
        .or(() -> find(module.sourceFiles(), packageInfo))
        .or(() -> module.sourceFiles().stream().map(DeclarationSite::path).flatMap(Optional::stream)
            .filter(Files::isRegularFile).findFirst());
    if (file.isEmpty()) {
      return Optional.empty();
    }
    String simpleName = topLevel.substring(topLevel.lastIndexOf('.') + 1);
    return Optional.of(new DeclarationSite(file.get(), lineOf(file.get(), simpleName)));
  }

  private static Optional<Path> find(List<String> uris, String suffix) {
    return uris.stream()
        .filter(uri -> uri.endsWith(suffix))
        .map(DeclarationSite::path)
        .flatMap(Optional::stream)
        .filter(Files::isRegularFile)
        .findFirst();
  }

  private static Optional<Path> path(String uri) {
    URI parsed = URI.create(uri);
    return "file".equals(parsed.getScheme()) ? Optional.of(Path.of(parsed)) : Optional.empty();
  }

  /** The line of the module annotation, else of the type or package declaration, else 1. */
  private static int lineOf(Path file, String simpleName) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int declarationLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (MODULE_ANNOTATION.matcher(line).lookingAt()) {
        return i + 1;
      }
      boolean declares = line.matches(".*\\b(class|interface|enum|record)\\s+" + simpleName + "\\b.*")
          || line.startsWith("package ");
      if (declarationLine == 0 && declares) {
        declarationLine = i + 1;
      }
    }
    return declarationLine == 0 ? 1 : declarationLine;
  }
}
