// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.testsupport;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A module's documented public API: the types its README lists between
 * {@value #START} and {@value #END} (one or more such lists, for instance one for the API on
 * purpose and one for what sub-packages force), in either of two forms:
 *
 * <ul>
 *   <li>a list line per type, {@code - `dev.plumbline.x.Type`} (a nested type by its canonical
 *       name, {@code dev.plumbline.x.Outer.Inner}), anything after the name being the reader's
 *       explanation;
 *   <li>a table row per package, for a module with many public types: the package in the first
 *       cell, {@code | `dev.plumbline.x` |}, and its types by simple name in the other cells,
 *       {@code `Type`, `Outer.Inner`} (the cells may sort them, e.g. "on purpose" and "forced").
 * </ul>
 *
 * <p>{@link #assertMatches} compares that list with the public types compiled from the module's
 * sources, so that the surface cannot grow (or shrink) by accident.
 */
public final class PublicApiList {

  /** The line that opens the list in a README. */
  public static final String START = "<!-- public-api:start -->";

  /** The line that closes the list. */
  public static final String END = "<!-- public-api:end -->";

  private static final Pattern ENTRY = Pattern.compile("^- `([a-z][\\w]*(?:\\.[\\w]+)+)`.*$");

  private static final Pattern PACKAGE_ROW =
      Pattern.compile("^\\| `([a-z][\\w]*(?:\\.[a-z][\\w]*)+)` \\|(.*)$");

  private static final Pattern SIMPLE_NAME = Pattern.compile("`([A-Z][\\w]*(?:\\.[A-Z][\\w]*)*)`");

  private PublicApiList() {}

  /**
   * Fails unless the public types compiled into the class directory of {@code anchor}
   * are exactly the ones {@code readme} lists, naming each type that differs and what to do.
   *
   * @param readme the module's README, which holds the list
   * @param anchor any class of the module: its class loader and location are the module's
   * @throws IOException when the README or the class directory cannot be read
   * @throws AssertionError naming every public type that is not listed, and every listed type
   *     that is not public
   */
  public static void assertMatches(Path readme, Class<?> anchor) throws IOException {
    List<String> problems = compare(readme.toString(), documented(readme), publicTypes(anchor));
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems));
    }
  }

  /**
   * The types the README lists, by canonical name.
   *
   * @param readme the module's README
   * @return the listed names, sorted
   * @throws IOException when the README cannot be read
   * @throws AssertionError when the README has no list or an empty one
   */
  public static Set<String> documented(Path readme) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Set<String> names = new TreeSet<>();
    int start = text.indexOf(START);
    if (start < 0) {
      throw new AssertionError(readme + " has no public API list: add one between the lines "
          + START + " and " + END + ", one `- `dev.plumbline.x.Type`` line per public type.");
    }
    while (start >= 0) {
      int end = text.indexOf(END, start);
      if (end < 0) {
        throw new AssertionError(readme + ": a public API list opened by " + START
            + " is not closed by " + END);
      }
      for (String line : text.substring(start, end).lines().toList()) {
        addListed(line, names);
      }
      start = text.indexOf(START, end);
    }
    if (names.isEmpty()) {
      throw new AssertionError("the public API list of " + readme + " names no type");
    }
    return names;
  }

  /** Adds the types one line of a list names: a list line's type, or a table row's types. */
  private static void addListed(String line, Set<String> names) {
    Matcher entry = ENTRY.matcher(line);
    if (entry.matches()) {
      names.add(entry.group(1));
      return;
    }
    Matcher row = PACKAGE_ROW.matcher(line);
    if (row.matches()) {
      Matcher type = SIMPLE_NAME.matcher(row.group(2));
      while (type.find()) {
        names.add(row.group(1) + "." + type.group(1));
      }
    }
  }

  /**
   * The public types compiled into the class directory that holds {@code anchor}: public
   * top-level types and the nested types that are public all the way out, by canonical name.
   *
   * @param anchor any class of the module
   * @return the names, sorted
   * @throws IOException when the class directory cannot be read
   */
  public static Set<String> publicTypes(Class<?> anchor) throws IOException {
    Path classes = classesOf(anchor);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(file -> file.toString().endsWith(".class")).toList();
    }
    Set<String> names = new TreeSet<>();
    for (Path file : files) {
      String relative = classes.relativize(file).toString();
      String binaryName = relative.substring(0, relative.length() - ".class".length())
          .replace(file.getFileSystem().getSeparator(), ".");
      if (binaryName.endsWith("package-info") || binaryName.endsWith("module-info")) {
        continue;
      }
      Class<?> type = load(binaryName, anchor.getClassLoader());
      String canonical = type.getCanonicalName();
      if (canonical != null && isPublicAllTheWay(type)) {
        names.add(canonical);
      }
    }
    return names;
  }

  /**
   * What differs between the documented and the compiled public types, one sentence per type
   * that says what to do.
   *
   * @param readme how to name the README in the sentences
   * @param documented the listed types
   * @param compiled the public types
   * @return the sentences, empty when both agree
   */
  public static List<String> compare(String readme, Set<String> documented,
      Set<String> compiled) {
    List<String> problems = new ArrayList<>();
    for (String name : new TreeSet<>(compiled)) {
      if (!documented.contains(name)) {
        problems.add(name + " is public but not in the public API list of " + readme
            + ": make it package-private if only its own package uses it, or add it to the list"
            + " with what it is for.");
      }
    }
    for (String name : new TreeSet<>(documented)) {
      if (!compiled.contains(name)) {
        problems.add(name + " is in the public API list of " + readme
            + " but is not a public type of this module: remove it from the list, or make it"
            + " public again if other packages need it.");
      }
    }
    return problems;
  }

  private static Path classesOf(Class<?> anchor) {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("no class directory for " + anchor.getName(), e);
    }
  }

  private static Class<?> load(String binaryName, ClassLoader loader) {
    try {
      return Class.forName(binaryName, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(binaryName + " is in the class directory but does not"
          + " load: " + e.getMessage(), e);
    }
  }

  private static boolean isPublicAllTheWay(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> current = type; current != null; current = current.getEnclosingClass()) {
      if (!Modifier.isPublic(current.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
