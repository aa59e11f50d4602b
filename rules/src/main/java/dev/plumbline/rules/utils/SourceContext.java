// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where the code under a check comes from: test sources, generated code, package-info and
 * module-info files. Checks use it to treat these the way a user expects (each check's page says
 * how).
 */
public final class SourceContext {

  private SourceContext() {}

  /** The compilation unit's path with forward slashes, as javac names it. */
  public static String sourcePath(CompilationUnitTree unit) {
    return unit.getSourceFile().toUri().getPath().replace('\\', '/');
  }

  /** Whether the file lies in a Maven or Gradle test source folder ({@code src/test/...}). */
  public static boolean isTestSource(VisitorState state) {
    String path = sourcePath(state.getPath().getCompilationUnit());
    return path.contains("/src/test/") || path.contains("/generated-test-sources/");
  }

  /** Whether the file is {@code package-info.java} or {@code module-info.java}. */
  public static boolean isPackageOrModuleInfo(CompilationUnitTree unit) {
    String path = sourcePath(unit).toLowerCase(Locale.ROOT);
    return path.endsWith("/package-info.java")
        || path.endsWith("/module-info.java")
        || path.equals("package-info.java")
        || path.equals("module-info.java");
  }

  /**
   * Whether the current node is generated code: the file lies under a generated-sources folder,
   * or the node or a tree around it carries an annotation named {@code Generated}
   * ({@code javax.annotation.processing.Generated}, {@code javax.annotation.Generated},
   * {@code jakarta.annotation.Generated}, {@code lombok.Generated}, ...).
   *
   * <p>Checks ask this for most nodes they match, and each answer depends on every tree up to the
   * file: the answers are kept for the compilation unit being checked (see
   * {@link GeneratedTrees}), so each tree's annotations are read once per unit, not once per
   * node below it and per check.
   */
  public static boolean isGenerated(VisitorState state) {
    return GeneratedTrees.of(state.context).isGenerated(state.getPath());
  }

  /** Whether the file lies under a Maven or Gradle generated-sources folder. */
  static boolean isGeneratedFile(CompilationUnitTree unit) {
    String path = sourcePath(unit);
    return path.contains("/generated-sources/") || path.contains("/generated-test-sources/");
  }

  /** Whether this tree itself carries (or its symbol has) an annotation named Generated. */
  static boolean hasGeneratedAnnotation(Tree tree) {
    ModifiersTree modifiers = modifiersOf(tree);
    if (modifiers != null) {
      for (AnnotationTree annotation : modifiers.getAnnotations()) {
        if (isNamedGenerated(annotation)) {
          return true;
        }
      }
    }
    Symbol symbol = tree instanceof JCTree jCTree ? TreeInfo.symbolFor(jCTree) : null;
    return symbol != null
        && symbol.getAnnotationMirrors().stream()
            .anyMatch(mirror -> mirror.getAnnotationType().asElement().getSimpleName()
                .contentEquals("Generated"));
  }

  private static boolean isNamedGenerated(AnnotationTree annotation) {
    Tree type = annotation.getAnnotationType();
    String name = type.toString();
    return name.equals("Generated") || name.endsWith(".Generated");
  }

  private static @Nullable ModifiersTree modifiersOf(Tree tree) {
    if (tree instanceof ClassTree classTree) {
      return classTree.getModifiers();
    }
    if (tree instanceof MethodTree methodTree) {
      return methodTree.getModifiers();
    }
    if (tree instanceof VariableTree variableTree) {
      return variableTree.getModifiers();
    }
    return null;
  }
}
