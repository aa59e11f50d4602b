// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import dev.plumbline.rules.baseline.Baseline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.StringJoiner;

/**
 * Where a finding is, in the two forms its consumers need: a region (line and column, for SARIF)
 * and a baseline key that survives line moves and reformatting (file, check, enclosing member and
 * a hash of the normalised snippet).
 *
 * @param file the file relative to the project root, with forward slashes
 * @param startLine 1-based line of the finding's start
 * @param startColumn 1-based column (UTF-16 code units)
 * @param key the baseline key
 */
record FindingSite(String file, int startLine, int startColumn, Baseline.Key key) {

  /** Longest snippet that is hashed, in characters before white space is removed. */
  private static final int SNIPPET_LIMIT = 300;

  /** The site of a finding of {@code check} at {@code position} in {@code unit}. */
  static FindingSite of(
      CompilationUnitTree unit, CharSequence source, int position, String check, Path root) {
    int start = Math.max(0, Math.min(position, source.length()));
    int lineStart = start;
    int line = 1;
    for (int i = 0; i < start; i++) {
      if (source.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String file = relativePath(unit, root);
    String member = enclosingMember(unit, start);
    String snippet = hash(snippet(source, start, lineStart));
    return new FindingSite(file, line, start - lineStart + 1,
        new Baseline.Key(file, check, member, snippet));
  }

  static String relativePath(CompilationUnitTree unit, Path root) {
    Path file = Path.of(unit.getSourceFile().toUri()).toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    Path relative = file.startsWith(base) ? base.relativize(file) : file;
    return relative.toString().replace('\\', '/');
  }

  /**
   * The finding's source text, without white space: from its start to the end of the statement
   * or declaration header it starts ({@code {} or {@code ;}), or of its line in a comment.
   */
  private static String snippet(CharSequence source, int start, int lineStart) {
    String before = source.subSequence(lineStart, start).toString().strip();
    boolean inComment = before.startsWith("//") || before.startsWith("*")
        || before.startsWith("/*");
    StringBuilder text = new StringBuilder();
    for (int i = start; i < source.length() && i < start + SNIPPET_LIMIT; i++) {
      char c = source.charAt(i);
      if (c == '{' || c == ';' || (inComment && c == '\n')) {
        break;
      }
      if (!Character.isWhitespace(c)) {
        text.append(c);
      }
    }
    return text.toString();
  }

  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java platform has SHA-256", impossible);
    }
  }

  /**
   * The innermost named class, method or field whose source contains the position:
   * {@code pkg.Outer$Inner#method(String,int)}, {@code pkg.Outer#field}, {@code pkg.Outer}, or
   * empty outside every class. Anonymous and local classes stand for their enclosing member, so
   * reordering them changes nothing.
   */
  private static String enclosingMember(CompilationUnitTree unit, int position) {
    String[] found = {""};
    new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree == null || !contains(tree, position, unit)) {
          return null;
        }
        String name = memberName(tree);
        if (name != null) {
          found[0] = name;
        }
        return super.scan(tree, null);
      }
    }.scan(unit, null);
    return found[0];
  }

  private static boolean contains(Tree tree, int position, CompilationUnitTree unit) {
    JCTree node = (JCTree) tree;
    int start = TreeInfo.getStartPos(node);
    int end = TreeInfo.getEndPos(node, ((com.sun.tools.javac.tree.JCTree.JCCompilationUnit) unit)
        .endPositions);
    return tree instanceof CompilationUnitTree || (start <= position && position <= end);
  }

  private static String memberName(Tree tree) {
    Symbol symbol = TreeInfo.symbolFor((JCTree) tree);
    if (tree instanceof ClassTree && symbol instanceof ClassSymbol type
        && !type.isAnonymous() && !type.isDirectlyOrIndirectlyLocal()) {
      return type.flatName().toString();
    }
    if (tree instanceof MethodTree && symbol instanceof MethodSymbol method
        && method.owner instanceof ClassSymbol owner && !owner.isDirectlyOrIndirectlyLocal()
        && !owner.isAnonymous()) {
      StringJoiner parameters = new StringJoiner(",", "(", ")");
      for (Symbol.VarSymbol parameter : method.getParameters()) {
        Type type = parameter.type;
        parameters.add(type == null ? "?" : type.tsym.getSimpleName().toString());
      }
      return owner.flatName() + "#" + method.getSimpleName() + parameters;
    }
    if (tree instanceof VariableTree && symbol != null && symbol.owner instanceof ClassSymbol owner
        && !owner.isDirectlyOrIndirectlyLocal() && !owner.isAnonymous()) {
      return owner.flatName() + "#" + symbol.getSimpleName();
    }
    return null;
  }
}
