// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.assistant.docs;

import dev.plumbline.assistant.digest.DigestFiles;
import dev.plumbline.assistant.digest.DigestSection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds names in an assistant's instructions ({@code AGENTS.md}, {@code CLAUDE.md},
 * {@code .cursor/rules/*}) that no longer exist in the code: paths, Java classes and modules.
 *
 * <ul>
 *   <li>Paths (with a {@code /}, in inline code, links or prose; a file needs an extension, a
 *       directory a final {@code /}) must exist next to the document or at the project root.
 *       URLs, absolute paths, globs, placeholders and build outputs are not paths of the code.
 *   <li>A qualified class name ({@code a.b.Name}, also in code blocks) is stale when its package
 *       is the project's and no source file declares it; JDK and library classes are never the
 *       project's.
 *   <li>A simple class name in code is stale when the memory recorded a public type of that
 *       name and no source file declares it any more (a renamed or deleted class).
 *   <li>"module `x`" or "`x` module" is stale when {@code x} is neither a live module of the
 *       memory nor a Maven/Gradle module, and reported as removed when the memory marks it so.
 * </ul>
 *
 * <p>The generated project-memory section is skipped: it is rewritten from the memory.
 */
public final class StaleReferenceCheck {

  private static final Pattern QUALIFIED =
      Pattern.compile("\\b((?:[a-z_][a-z0-9_]*\\.)+)([A-Z][A-Za-z0-9_]*(?:\\.[A-Z][A-Za-z0-9_]*)*)"
          + "\\b");
  private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*\\b");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern MODULE_BEFORE =
      Pattern.compile("(?i)\\bmodules?\\s+[`'\"]([A-Za-z0-9_.:-]+)[`'\"]");
  private static final Pattern MODULE_AFTER =
      Pattern.compile("(?i)[`'\"]([A-Za-z0-9_.:-]+)[`'\"]\\s+modules?\\b");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
  private static final Pattern PATH_CHARS = Pattern.compile("[A-Za-z0-9_.@/+-]+");
  private static final String TRIM = ".,;:!?)('\"*_[]";

  private final ProjectIndex index;

  /**
   * Creates a check against one project's code and memory.
   *
   * @param index what the code has now and the memory remembers
   */
  public StaleReferenceCheck(ProjectIndex index) {
    this.index = index;
  }

  /**
   * The documents assistants read in a project: {@code AGENTS.md}, {@code CLAUDE.md} and every
   * file under {@code .cursor/rules/}, those that exist.
   *
   * @param root the project root
   * @return the documents, in that order
   * @throws IOException when {@code .cursor/rules} cannot be listed
   */
  public static List<Path> documents(Path root) throws IOException {
    List<Path> documents = new ArrayList<>();
    for (String name : List.of(DigestFiles.AGENTS, DigestFiles.CLAUDE)) {
      if (Files.isRegularFile(root.resolve(name))) {
        documents.add(root.resolve(name));
      }
    }
    Path rules = root.resolve(".cursor").resolve("rules");
    if (Files.isDirectory(rules)) {
      try (Stream<Path> files = Files.walk(rules)) {
        files.filter(Files::isRegularFile).sorted().forEach(documents::add);
      }
    }
    return documents;
  }

  /**
   * Checks every document of the project.
   *
   * @return the stale references, by document and position
   * @throws IOException when a document cannot be read
   */
  public List<StaleReference> checkAll() throws IOException {
    List<StaleReference> found = new ArrayList<>();
    for (Path document : documents(index.root())) {
      found.addAll(check(document));
    }
    return found;
  }

  /**
   * Checks one document.
   *
   * @param document the file
   * @return its stale references, by position
   * @throws IOException when it cannot be read
   */
  public List<StaleReference> check(Path document) throws IOException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(document))).toString();
    } catch (CharacterCodingException e) {
      return List.of();
    }
    String name = index.root().relativize(document).toString().replace('\\', '/');
    Path directory = Objects.requireNonNull(document.getParent(),
        "a document under the project root has a parent directory");
    int[] generated = sectionLines(text);
    List<StaleReference> found = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    boolean inCode = false;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i];
      if (FENCE.matcher(line).find()) {
        inCode = !inCode;
        continue;
      }
      if (generated != null && number >= generated[0] && number <= generated[1]) {
        continue;
      }
      Line context = new Line(name, directory, number, line, found, seen);
      if (inCode) {
        checkClasses(context, line, 0, true);
      } else {
        checkProse(context);
      }
    }
    return found;
  }

  private static int @Nullable [] sectionLines(String text) {
    try {
      return DigestSection.lines(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** One line being checked, and where its findings go. */
  private record Line(String file, Path directory, int number, String text,
      List<StaleReference> found, Set<String> seen) {

    void report(int column, StaleReference.Kind kind, String name, String message) {
      if (seen.add(number + ":" + column + ":" + name)) {
        found.add(new StaleReference(file, number, column + 1, kind, name, message));
      }
    }
  }

  private void checkProse(Line line) {
    String text = line.text();
    if (line.file().endsWith(DigestFiles.CLAUDE) && text.startsWith("@")) {
      checkPath(line, 1, text.substring(1).strip(), true);
      return;
    }
    StringBuilder prose = new StringBuilder(text);
    Matcher span = CODE_SPAN.matcher(text);
    while (span.find()) {
      String content = span.group(2).strip();
      int at = span.start(2) + span.group(2).indexOf(content);
      if (!content.contains(" ") && content.contains("/")) {
        checkPath(line, at, content, false);
      } else {
        checkClasses(line, content, at, true);
      }
      for (int i = span.start(); i < span.end(); i++) {
        prose.setCharAt(i, ' ');
      }
    }
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      String target = link.group(1).replaceFirst("#.*$", "").replace("%20", " ");
      if (!target.isEmpty()) {
        checkPath(line, link.start(1), target, true);
      }
      for (int i = link.start(); i < link.end(); i++) {
        prose.setCharAt(i, ' ');
      }
    }
    checkModules(line, text);
    Matcher word = Pattern.compile("\\S+").matcher(prose);
    while (word.find()) {
      String token = word.group();
      int start = 0;
      int end = token.length();
      while (start < end && TRIM.indexOf(token.charAt(start)) >= 0) {
        start++;
      }
      while (end > start && TRIM.indexOf(token.charAt(end - 1)) >= 0) {
        end--;
      }
      String candidate = token.substring(start, end);
      if (candidate.contains("/")) {
        checkPath(line, word.start() + start, candidate, false);
      }
    }
    checkClasses(line, prose.toString(), 0, false);
  }

  private void checkPath(Line line, int column, String candidate, boolean explicit) {
    if (!isPath(candidate, explicit)) {
      return;
    }
    String path = candidate.endsWith("/") ? candidate.substring(0, candidate.length() - 1)
        : candidate;
    try {
      if (Files.exists(line.directory().resolve(path)) || Files.exists(index.root().resolve(path))) {
        return;
      }
    } catch (InvalidPathException e) {
      return;
    }
    boolean atRoot = line.directory().equals(index.root());
    line.report(column, StaleReference.Kind.PATH, candidate, "`" + candidate + "` does not exist"
        + (atRoot ? " in the project" : " next to " + line.file() + " or at the project root")
        + "; correct or remove the reference");
  }

  /**
   * Whether a token names a file or directory of the code. Link targets and imports are paths
   * by construction; other tokens need a {@code /} and an extension or a final {@code /}.
   */
  private static boolean isPath(String candidate, boolean explicit) {
    if (candidate.isEmpty() || candidate.contains("://") || candidate.startsWith("/")
        || candidate.startsWith("~") || candidate.startsWith("mailto:")
        || candidate.contains("...") || !PATH_CHARS.matcher(candidate).matches()) {
      return false;
    }
    for (String segment : candidate.split("/")) {
      if (segment.equals("target") || segment.equals("build") || segment.equals("node_modules")) {
        return false;
      }
    }
    if (explicit) {
      return true;
    }
    if (!candidate.contains("/")) {
      return false;
    }
    String last = candidate.substring(candidate.lastIndexOf('/') + 1);
    return candidate.endsWith("/") || (last.lastIndexOf('.') > 0
        && last.lastIndexOf('.') < last.length() - 1);
  }

  private void checkClasses(Line line, String text, int offset, boolean code) {
    Matcher qualified = QUALIFIED.matcher(text);
    Set<Integer> covered = new java.util.HashSet<>();
    while (qualified.find()) {
      for (int i = qualified.start(); i < qualified.end(); i++) {
        covered.add(i);
      }
      String packageName = qualified.group(1).substring(0, qualified.group(1).length() - 1);
      String name = packageName + "." + qualified.group(2);
      if (isJdk(name) || !index.ownsPackage(packageName) || index.hasClass(name)) {
        continue;
      }
      String module = index.moduleOfType(name);
      line.report(offset + qualified.start(), StaleReference.Kind.CLASS, name, "`" + name
          + "` names no class in the code" + (module == null ? "" : " (it was a public type of"
          + " module '" + module + "')") + "; correct or remove the reference");
    }
    if (!code) {
      return;
    }
    Matcher identifier = IDENTIFIER.matcher(text);
    while (identifier.find()) {
      if (covered.contains(identifier.start())) {
        continue;
      }
      String simple = identifier.group();
      String type = index.historicType(simple);
      if (type == null || index.hasSimpleName(simple)) {
        continue;
      }
      String module = index.moduleOfType(type);
      line.report(offset + identifier.start(), StaleReference.Kind.CLASS, simple, "`" + simple
          + "` was a class of the project (" + type + (module == null ? "" : ", module '"
          + module + "'") + ") and no longer exists in the code; correct or remove the"
          + " reference");
    }
  }

  private void checkModules(Line line, String text) {
    if (!index.knowsModules()) {
      return;
    }
    for (Pattern pattern : List.of(MODULE_BEFORE, MODULE_AFTER)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        String name = matcher.group(1);
        if (index.hasModule(name)) {
          continue;
        }
        String removed = index.removedSince(name);
        line.report(matcher.start(1), StaleReference.Kind.MODULE, name, "module `" + name
            + (removed != null ? "` was removed from the code on " + removed
                : "` is not a module of the project (not in .claude/project_structure.json)")
            + "; correct or remove the reference");
      }
    }
  }

  private static boolean isJdk(String name) {
    for (String prefix : List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.w3c.",
        "org.xml.", "org.ietf.")) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    String binary = name;
    while (true) {
      try {
        Class.forName(binary, false, ClassLoader.getPlatformClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        int dot = binary.lastIndexOf('.');
        if (dot < 0 || !Character.isUpperCase(binary.charAt(dot + 1))
            || binary.substring(0, dot).chars().noneMatch(Character::isUpperCase)) {
          return false;
        }
        binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
      }
    }
  }
}
