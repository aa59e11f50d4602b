// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.util.Context;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answers of {@link SourceContext#isGenerated} for the compilation unit being checked, shared
 * by all checks of one compilation. A tree is generated when its file lies in a generated-sources
 * folder or when it or a tree above it carries a {@code Generated} annotation; the answer for a
 * tree is kept, so the trees above it are not read again for the next node or the next check.
 *
 * <p>Only one compilation unit is kept at a time: Error Prone checks a unit's trees together,
 * and the trees of a unit never move to another. When a node of another unit is asked about, the
 * kept answers are dropped (and recomputed if that unit comes back).
 */
final class GeneratedTrees {

  private static final Context.Key<GeneratedTrees> KEY = new Context.Key<>();

  private @Nullable CompilationUnitTree unit;
  private boolean generatedFile;
  private final Map<Tree, Boolean> answers = new IdentityHashMap<>();

  private GeneratedTrees() {}

  /** The answers of this compilation. */
  static GeneratedTrees of(Context context) {
    GeneratedTrees trees = context.get(KEY);
    if (trees == null) {
      trees = new GeneratedTrees();
      context.put(KEY, trees);
    }
    return trees;
  }

  /** Whether the path's leaf is generated code. */
  boolean isGenerated(TreePath path) {
    CompilationUnitTree pathUnit = path.getCompilationUnit();
    if (pathUnit != unit) {
      unit = pathUnit;
      generatedFile = SourceContext.isGeneratedFile(pathUnit);
      answers.clear();
    }
    return generatedFile || annotatedHereOrAbove(path);
  }

  /** Walks up to the first tree with a known answer, then answers the trees below it. */
  private boolean annotatedHereOrAbove(TreePath path) {
    Deque<Tree> unanswered = new ArrayDeque<>();
    boolean above = false;
    for (TreePath at = path; at != null; at = at.getParentPath()) {
      Boolean known = answers.get(at.getLeaf());
      if (known != null) {
        above = known;
        break;
      }
      unanswered.push(at.getLeaf());
    }
    while (!unanswered.isEmpty()) {
      Tree tree = unanswered.pop();
      above = above || SourceContext.hasGeneratedAnnotation(tree);
      answers.put(tree, above);
    }
    return above;
  }
}
