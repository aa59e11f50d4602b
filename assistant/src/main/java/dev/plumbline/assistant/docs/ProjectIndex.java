// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.assistant.docs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.assistant.view.ModuleView;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the code of a project has now, and what the project memory remembers it had: the
 * classes of every Java source file under the project root (build outputs, dependencies and
 * hidden directories skipped), their packages, the modules of {@code project_structure.json}
 * (live, planned and removed), the Maven/Gradle module directories, and every public type the
 * memory ever recorded (its {@code publicApi} keeps types that are gone, with a tombstone).
 */
public final class ProjectIndex {

  private static final Set<String> SKIPPED =
      Set.of("target", "build", "out", "node_modules", "bin", "dist");
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");
  private static final Pattern SOURCE_ROOT = Pattern.compile("(?:^|/)src/[^/]+/java/");

  private final Path root;
  private final Set<String> classes = new HashSet<>();
  private final Set<String> packages = new HashSet<>();
  private final Set<String> simpleNames = new HashSet<>();
  /** Java files outside any src/(set)/java root: code only when there is no standard root. */
  private final List<Path> looseSources = new ArrayList<>();
  private final Set<String> buildModules = new HashSet<>();
  private final Set<String> liveModules = new HashSet<>();
  private final Map<String, String> removedModules = new HashMap<>();
  private final Map<String, String> historicTypes = new HashMap<>();
  private final Map<String, String> typeModules = new HashMap<>();
  private final boolean hasStructure;
  private String commonPackage = "";

  private ProjectIndex(Path root, boolean hasStructure) {
    this.root = root;
    this.hasStructure = hasStructure;
  }

  /**
   * Indexes a project.
   *
   * @param root the project root
   * @param structure its {@code project_structure.json} document, or null when there is none
   * @return the index
   * @throws IOException when the tree cannot be walked
   */
  public static ProjectIndex of(Path root, @Nullable JsonNode structure) throws IOException {
    ProjectIndex index = new ProjectIndex(root, structure != null);
    index.walk();
    if (index.classes.isEmpty()) {
      // No Maven/Gradle source root: every Java file is code (read its package declaration).
      for (Path source : index.looseSources) {
        index.addLooseSource(source);
      }
    }
    if (structure != null) {
      index.remember(structure);
    }
    index.commonPackage = commonPrefix(index.packages);
    return index;
  }

  private void walk() throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        if (!dir.equals(root) && (name.startsWith(".") || SKIPPED.contains(name))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
          throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".java")) {
          addSource(file);
        } else if (name.equals("pom.xml") || name.startsWith("build.gradle")) {
          Path parent = file.getParent();
          if (parent != null && parent.getFileName() != null) {
            buildModules.add(parent.getFileName().toString());
          }
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private void addSource(Path file) throws IOException {
    String relative = root.relativize(file).toString().replace('\\', '/');
    String simple = file.getFileName().toString().replace(".java", "");
    if (simple.equals("package-info") || simple.equals("module-info")) {
      return;
    }
    Matcher sourceRoot = SOURCE_ROOT.matcher(relative);
    int last = -1;
    while (sourceRoot.find()) {
      last = sourceRoot.end();
    }
    if (last < 0) {
      // Outside a source root (data such as unpacked sources to train on, or a plain layout).
      looseSources.add(file);
      return;
    }
    int slash = relative.lastIndexOf('/');
    add(slash < last ? "" : relative.substring(last, slash).replace('/', '.'), simple);
  }

  private void addLooseSource(Path file) throws IOException {
    add(declaredPackage(file), file.getFileName().toString().replace(".java", ""));
  }

  private void add(String packageName, String simple) {
    simpleNames.add(simple);
    packages.add(packageName);
    classes.add(packageName.isEmpty() ? simple : packageName + "." + simple);
  }

  private static String declaredPackage(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 200; i++) {
        String line = reader.readLine();
        if (line == null) {
          break;
        }
        Matcher matcher = PACKAGE.matcher(line);
        if (matcher.find()) {
          return matcher.group(1);
        }
      }
    } catch (MalformedInputException e) {
      return "";
    }
    return "";
  }

  private void remember(JsonNode structure) {
    for (ModuleView module : ModuleView.all(structure)) {
      if (module.removed()) {
        removedModules.put(module.name(), module.entry().path("removed").asText());
      } else {
        liveModules.add(module.name());
      }
      String compiledIn = module.entry().path("compiledIn").asText("");
      if (!compiledIn.isEmpty()) {
        buildModules.add(compiledIn);
      }
      module.entry().path("publicApi").fieldNames().forEachRemaining(type -> {
        historicTypes.putIfAbsent(simpleName(type), type);
        typeModules.putIfAbsent(type, module.name());
      });
    }
  }

  /**
   * Whether a class (or a class nested in one) exists in the sources now.
   *
   * @param name a qualified name such as {@code a.b.Outer.Inner}
   * @return true when the name or one of its enclosing classes is a source file's class
   */
  public boolean hasClass(String name) {
    String candidate = name;
    while (!classes.contains(candidate)) {
      int dot = candidate.lastIndexOf('.');
      if (dot <= 0) {
        return false;
      }
      String outer = candidate.substring(0, dot);
      if (!Character.isUpperCase(simpleName(outer).charAt(0))) {
        return false;
      }
      candidate = outer;
    }
    return true;
  }

  /**
   * Whether a package is the project's: one of its source packages, inside or around one, or
   * inside the package all of them share (when that has two segments or more).
   *
   * @param packageName the package
   * @return true for a package of this project
   */
  public boolean ownsPackage(String packageName) {
    if (packages.contains(packageName)) {
      return true;
    }
    for (String own : packages) {
      if (!own.isEmpty() && (packageName.startsWith(own + ".") || own.startsWith(packageName
          + "."))) {
        return true;
      }
    }
    return commonPackage.contains(".") && (packageName.equals(commonPackage)
        || packageName.startsWith(commonPackage + "."));
  }

  /**
   * Whether a simple class name is a source file's class now.
   *
   * @param simpleName the name
   * @return true when some source file declares it
   */
  public boolean hasSimpleName(String simpleName) {
    return simpleNames.contains(simpleName);
  }

  /**
   * The qualified name of a public type the memory recorded under this simple name.
   *
   * @param simpleName the name
   * @return the qualified name, or null when the memory never had such a type
   */
  public @Nullable String historicType(String simpleName) {
    return historicTypes.get(simpleName);
  }

  /**
   * The module whose public API listed a type.
   *
   * @param type the qualified name
   * @return the module's name, or null
   */
  public @Nullable String moduleOfType(String type) {
    return typeModules.get(type);
  }

  /**
   * Whether the memory has a structure to judge module names by.
   *
   * @return true when {@code project_structure.json} was read
   */
  public boolean knowsModules() {
    return hasStructure;
  }

  /**
   * Whether a name is a live module of the memory or a Maven/Gradle module of the build.
   *
   * @param name the name
   * @return true when it is a module now
   */
  public boolean hasModule(String name) {
    return liveModules.contains(name) || buildModules.contains(name);
  }

  /**
   * When a module was marked removed.
   *
   * @param name the module's name
   * @return the instant, or null when it is not a removed module
   */
  public @Nullable String removedSince(String name) {
    return removedModules.get(name);
  }

  /**
   * The project root.
   *
   * @return the root
   */
  public Path root() {
    return root;
  }

  /**
   * How many Java classes the sources declare.
   *
   * @return the number of classes indexed
   */
  public int classCount() {
    return classes.size();
  }

  static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private static String commonPrefix(Set<String> packages) {
    List<String> named = packages.stream().filter(name -> !name.isEmpty()).sorted().toList();
    if (named.isEmpty()) {
      return "";
    }
    String[] first = named.get(0).split("\\.");
    String[] last = named.get(named.size() - 1).split("\\.");
    int common = 0;
    while (common < Math.min(first.length, last.length) && first[common].equals(last[common])) {
      common++;
    }
    return String.join(".", Arrays.copyOf(first, common));
  }
}
