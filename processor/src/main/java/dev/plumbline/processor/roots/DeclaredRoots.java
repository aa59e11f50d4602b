// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.roots;

import dev.plumbline.processor.wiring.Root;
import dev.plumbline.processor.wiring.RootKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Roots the user declares for what no analysis can see: classes a host loads by a name from its
 * configuration, a plug-in directory, a reflective registry. Two places, both with patterns of
 * the same form ({@code com.acme.Plugin} a class by binary name, {@code com.acme.plugins.*} every
 * class of a package, {@code com.acme.plugins.**} the package and its sub-packages):
 *
 * <ul>
 *   <li>{@code -Aplumbline.roots=pattern,pattern}: quick, in the build;
 *   <li>the file {@value #FILE} in the class output (so {@code src/main/resources/}{@value #FILE}
 *       in Maven): one pattern per line, then the reason, which reports show ({@code
 *       com.acme.plugins.* loaded by name from plugins.yaml}); {@code #} starts a comment. A line
 *       without a reason is an error: a root changes verdicts, and the next reader must know why
 *       it is there.
 * </ul>
 *
 * <p>Patterns match the classes of the sources; a library's declared roots travel in its index.
 */
public final class DeclaredRoots {

  /** The roots file, relative to the class output. */
  public static final String FILE = "META-INF/plumbline/roots.txt";

  private static final Pattern PATTERN =
      Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*(\\.\\*\\*?)?");

  /**
   * A declaration that cannot be used.
   *
   * @param where the option or the file and line
   * @param problem what is wrong and how to write it
   */
  public record Problem(String where, String problem) {}

  /**
   * What the declarations give.
   *
   * @param roots the classes they match, each with its reason
   * @param unmatchedInFile lines of the roots file that match no class of the sources, with
   *     where they are (a pattern of the option that matches nothing is not listed: the option is
   *     often set once for every module of a reactor)
   * @param problems declarations that cannot be read
   */
  public record Found(List<Root> roots, List<String> unmatchedInFile, List<Problem> problems) {}

  private record Declaration(String pattern, String reason, String where, boolean inFile) {}

  private DeclaredRoots() {}

  /**
   * Reads the declarations and matches them against the sources.
   *
   * @param option the values of {@code -Aplumbline.roots}
   * @param classOutput the class output directory, empty when it is not on disk
   * @param sourceClasses the binary names of the classes of the sources
   * @return the roots, and what is wrong with the declarations
   * @throws IOException when the roots file exists but cannot be read
   */
  public static Found find(
      List<String> option, Optional<Path> classOutput, Collection<String> sourceClasses)
      throws IOException {
    List<Declaration> declarations = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String pattern : option) {
      declarations.add(new Declaration(pattern, "declared by -Aplumbline.roots",
          "-Aplumbline.roots", false));
    }
    if (classOutput.isPresent()) {
      readFile(classOutput.get().resolve(FILE), declarations, problems);
    }
    Map<String, Root> roots = new LinkedHashMap<>();
    List<String> unmatched = new ArrayList<>();
    for (Declaration declaration : declarations) {
      if (!PATTERN.matcher(declaration.pattern()).matches()) {
        problems.add(new Problem(declaration.where(), "'" + declaration.pattern() + "' is not a"
            + " class or package pattern: write a binary class name (com.acme.Plugin), a package"
            + " (com.acme.plugins.*) or a package with its sub-packages (com.acme.plugins.**)."));
        continue;
      }
      boolean matched = false;
      for (String name : sourceClasses) {
        if (matches(declaration.pattern(), name)) {
          matched = true;
          roots.putIfAbsent(name, new Root(name, RootKind.DECLARED, declaration.reason()));
        }
      }
      if (!matched && declaration.inFile()) {
        unmatched.add("'" + declaration.pattern() + "' (" + declaration.where() + ")");
      }
    }
    return new Found(List.copyOf(roots.values()), List.copyOf(unmatched), List.copyOf(problems));
  }

  private static void readFile(Path file, List<Declaration> declarations, List<Problem> problems)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String text = (hash < 0 ? line : line.substring(0, hash)).trim();
      if (text.isEmpty()) {
        continue;
      }
      String where = FILE + ":" + (i + 1);
      String[] parts = text.split("\\s+", 2);
      if (parts.length < 2) {
        problems.add(new Problem(where, "'" + parts[0] + "' has no reason: write why something"
            + " loads it after the pattern, e.g. '" + parts[0] + " loaded by name from"
            + " plugins.yaml'."));
      } else {
        declarations.add(new Declaration(parts[0], parts[1] + " (" + where + ")", where, true));
      }
    }
  }

  private static boolean matches(String pattern, String binaryName) {
    int dot = binaryName.lastIndexOf('.');
    String pkg = dot < 0 ? "" : binaryName.substring(0, dot);
    if (pattern.endsWith(".**")) {
      String base = pattern.substring(0, pattern.length() - 3);
      return pkg.equals(base) || pkg.startsWith(base + ".");
    }
    if (pattern.endsWith(".*")) {
      return pkg.equals(pattern.substring(0, pattern.length() - 2));
    }
    return binaryName.equals(pattern) || binaryName.replace('$', '.').equals(pattern);
  }
}
