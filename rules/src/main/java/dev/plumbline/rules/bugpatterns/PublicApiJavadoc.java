// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Kinds;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.tree.JCTree;
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.ImplicitMembers;
import dev.plumbline.rules.utils.PlumblineOptions;
import dev.plumbline.rules.utils.SourceContext;
import javax.inject.Inject;
import javax.lang.model.element.Modifier;

/**
 * Requires a Javadoc comment on every public type, method and constructor that code outside its
 * package can see. Overrides (with or without {@code @Override}) inherit their documentation;
 * generated members, anonymous and local classes are not API.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Public type, method or constructor without a Javadoc comment",
    // Called MissingJavadoc until Error Prone 2.51.0 shipped a check of that name: the old name
    // still suppresses it and still works in -Xep: flags.
    altNames = "MissingJavadoc",
    severity = WARNING,
    linkType = CUSTOM,
    link = DocLinks.EXPLAIN + "PublicApiJavadoc")
public final class PublicApiJavadoc extends BugChecker
    implements ClassTreeMatcher, CompilationUnitTreeMatcher, MethodTreeMatcher {

  private static final long serialVersionUID = 1L;

  private final FindingReporter reporter;

  /**
   * Creates the check with default options. Error Prone loads plugins with ServiceLoader, which
   * requires a public no-argument constructor; it then builds the check through the
   * {@code @Inject} constructor with the real flags.
   */
  public PublicApiJavadoc() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Creates the check. It has no options of its own, but reports invalid
   * {@code -XepOpt:Plumbline:...} flags like every Plumbline check.
   *
   * @param flags Error Prone's flags
   */
  @Inject
  public PublicApiJavadoc(ErrorProneFlags flags) {
    this.reporter = new FindingReporter(canonicalName(), PlumblineOptions.from(flags));
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree unit, VisitorState state) {
    reporter.standsDown(state);
    return Description.NO_MATCH;
  }

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    ClassSymbol type = ASTHelpers.getSymbol(tree);
    if (!isVisibleApi(type) || SourceContext.isGenerated(state) || hasJavadoc(tree, state)) {
      return Description.NO_MATCH;
    }
    return reporter.report(
        buildDescription(tree)
            .setMessage("Public " + kindName(type) + " " + type.getSimpleName()
                + " has no Javadoc: say what it is for in a /** ... */ comment"),
        state);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    if (!isVisibleApi(method)
        || ImplicitMembers.isImplicitOrRecordMember(tree)
        || SourceContext.isGenerated(state)
        || isOverride(method, state)
        || hasJavadoc(tree, state)) {
      return Description.NO_MATCH;
    }
    String what = method.isConstructor()
        ? "constructor of " + method.owner.getSimpleName()
        : "method " + method.getSimpleName();
    return reporter.report(
        buildDescription(tree)
            .setMessage("Public " + what + " has no Javadoc: describe it, its parameters and its"
                + " result in a /** ... */ comment"),
        state);
  }

  /** Public itself and inside public types only, so callers in other packages can reach it. */
  private static boolean isVisibleApi(Symbol symbol) {
    for (Symbol current = symbol; current.kind != Kinds.Kind.PCK; current = current.owner) {
      if (!(current instanceof ClassSymbol) && current != symbol) {
        return false; // inside a method or initializer: a local or anonymous class
      }
      if (current instanceof ClassSymbol && ((ClassSymbol) current).isAnonymous()) {
        return false;
      }
      if (!current.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOverride(MethodSymbol method, VisitorState state) {
    return !method.isStatic()
        && !method.isConstructor()
        && (ASTHelpers.hasAnnotation(method, "java.lang.Override", state)
            || !ASTHelpers.findSuperMethods(method, state.getTypes()).isEmpty());
  }

  private static boolean hasJavadoc(Tree tree, VisitorState state) {
    JCCompilationUnit unit = (JCCompilationUnit) state.getPath().getCompilationUnit();
    return unit.docComments != null && unit.docComments.hasComment((JCTree) tree);
  }

  private static String kindName(ClassSymbol type) {
    switch (type.getKind()) {
      case INTERFACE:
        return "interface";
      case ENUM:
        return "enum";
      case RECORD:
        return "record";
      case ANNOTATION_TYPE:
        return "annotation type";
      default:
        return "class";
    }
  }
}
