// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.utils;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Source ranges of the declarations annotated {@code @SuppressWarnings("<CheckName>")} (or
 * {@code "all"}) in one compilation unit.
 *
 * <p>Error Prone applies {@code @SuppressWarnings} only to findings reported while it visits the
 * annotated tree; a check that matches the whole compilation unit (comments, headers, imports)
 * is visited outside of every declaration and must consult these ranges itself.
 */
public final class SuppressedRanges {

  private final ImmutableList<Range<Integer>> ranges;

  private SuppressedRanges(ImmutableList<Range<Integer>> ranges) {
    this.ranges = ranges;
  }

  /**
   * Collects the suppressed declarations of a compilation unit.
   *
   * @param unit the compilation unit
   * @param checkName the check's name as used in {@code @SuppressWarnings}
   * @param state the visitor state, for end positions
   * @return the ranges, empty when nothing is suppressed
   */
  public static SuppressedRanges of(
      CompilationUnitTree unit, String checkName, VisitorState state) {
    List<Range<Integer>> found = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        record(tree, tree.getModifiers());
        return super.visitClass(tree, null);
      }

      @Override
      public Void visitMethod(MethodTree tree, Void unused) {
        record(tree, tree.getModifiers());
        return super.visitMethod(tree, null);
      }

      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        record(tree, tree.getModifiers());
        return super.visitVariable(tree, null);
      }

      private void record(Tree tree, ModifiersTree modifiers) {
        if (suppresses(modifiers, checkName)) {
          found.add(Range.closed(ASTHelpers.getStartPosition(tree), state.getEndPosition(tree)));
        }
      }
    }.scan(unit, null);
    return new SuppressedRanges(ImmutableList.copyOf(found));
  }

  /** Whether the source position lies inside a suppressed declaration. */
  public boolean covers(int position) {
    for (Range<Integer> range : ranges) {
      if (range.contains(position)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a comment belongs to a suppressed declaration. A comment that follows code on its
   * line ({@code int x; // ...}) belongs to that code; a comment on lines of its own belongs to
   * the declaration it precedes (its Javadoc, for instance) or to the one it lies in.
   *
   * @param commentStart the comment's start offset in the source
   * @param nextTokenStart the start offset of the first token after the comment
   * @param source the compilation unit's source text
   */
  public boolean coversComment(int commentStart, int nextTokenStart, CharSequence source) {
    if (covers(commentStart)) {
      return true;
    }
    int before = commentStart - 1;
    while (before >= 0 && (source.charAt(before) == ' ' || source.charAt(before) == '\t')) {
      before--;
    }
    boolean trailing =
        before >= 0 && source.charAt(before) != '\n' && source.charAt(before) != '\r';
    return trailing ? covers(before) : covers(nextTokenStart);
  }

  private static boolean suppresses(ModifiersTree modifiers, String checkName) {
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      String type = annotation.getAnnotationType().toString();
      if (!type.equals("SuppressWarnings") && !type.equals("java.lang.SuppressWarnings")) {
        continue;
      }
      for (ExpressionTree argument : annotation.getArguments()) {
        ExpressionTree value =
            argument instanceof AssignmentTree assignmentTree
                ? assignmentTree.getExpression()
                : argument;
        if (namesCheck(value, checkName)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean namesCheck(ExpressionTree value, String checkName) {
    if (value instanceof NewArrayTree newArrayTree) {
      for (ExpressionTree element : newArrayTree.getInitializers()) {
        if (namesCheck(element, checkName)) {
          return true;
        }
      }
      return false;
    }
    Object constant = ASTHelpers.constValue(value);
    return checkName.equals(constant) || "all".equals(constant);
  }
}
