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
import com.google.errorprone.bugpatterns.BugChecker.VariableTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.ImplicitMembers;
import dev.plumbline.rules.utils.PlumblineOptions;
import dev.plumbline.rules.utils.SourceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;

/**
 * Flags raw uses of generic types ({@code List} instead of {@code List<String>}) in method and
 * constructor signatures and record headers: the Java form of the rulebook's "type annotations
 * mandatory on all function signatures".
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Raw type in a signature: give the generic type its type arguments",
    severity = WARNING,
    linkType = CUSTOM,
    link = DocLinks.EXPLAIN + "RawTypeInSignature")
public final class RawTypeInSignature extends BugChecker
    implements ClassTreeMatcher,
        CompilationUnitTreeMatcher,
        MethodTreeMatcher,
        VariableTreeMatcher {

  private static final long serialVersionUID = 1L;

  private final FindingReporter reporter;

  /**
   * Creates the check with default options. Error Prone loads plugins with ServiceLoader, which
   * requires a public no-argument constructor; it then builds the check through the
   * {@code @Inject} constructor with the real flags.
   */
  public RawTypeInSignature() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Creates the check. It has no options of its own, but reports invalid
   * {@code -XepOpt:Plumbline:...} flags like every Plumbline check.
   *
   * @param flags Error Prone's flags
   */
  @Inject
  public RawTypeInSignature(ErrorProneFlags flags) {
    this.reporter = new FindingReporter(canonicalName(), PlumblineOptions.from(flags));
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree unit, VisitorState state) {
    reporter.standsDown(state);
    return Description.NO_MATCH;
  }

  /** The bounds of a class's type parameters: {@code class Range<C extends Comparable>}. */
  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    if (SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    List<Tree> rawTypes = new ArrayList<>();
    for (TypeParameterTree typeParameter : tree.getTypeParameters()) {
      for (Tree bound : typeParameter.getBounds()) {
        rawTypes.addAll(RawTypeFinder.find(bound));
      }
    }
    return reportAll(rawTypes, state);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    if (ImplicitMembers.isImplicitOrRecordMember(tree) || SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    Set<MethodSymbol> overridden = ASTHelpers.findSuperMethods(method, state.getTypes());
    boolean returnForced = overridden.stream().anyMatch(m -> containsRaw(m.getReturnType()));
    List<Tree> rawTypes = new ArrayList<>();
    if (tree.getReturnType() != null && !returnForced) {
      rawTypes.addAll(RawTypeFinder.find(tree.getReturnType()));
    }
    for (TypeParameterTree typeParameter : tree.getTypeParameters()) {
      for (Tree bound : typeParameter.getBounds()) {
        rawTypes.addAll(RawTypeFinder.find(bound));
      }
    }
    return reportAll(rawTypes, state);
  }

  @Override
  public Description matchVariable(VariableTree tree, VisitorState state) {
    VarSymbol variable = ASTHelpers.getSymbol(tree);
    Tree parent = state.getPath().getParentPath().getLeaf();
    boolean methodParameter = parent instanceof MethodTree && isParameter(tree, (MethodTree) parent);
    boolean recordComponent = parent instanceof ClassTree && (variable.flags() & Flags.RECORD) != 0;
    if ((!methodParameter && !recordComponent) || SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    if (methodParameter && (ImplicitMembers.isParameterOfImplicitMember(state)
        || parameterForced((MethodTree) parent, tree, state))) {
      return Description.NO_MATCH;
    }
    return reportAll(RawTypeFinder.find(tree.getType()), state);
  }

  private Description reportAll(List<Tree> rawTypes, VisitorState state) {
    // One finding per raw type, each with its own fix.
    for (Tree raw : rawTypes) {
      state.reportMatch(describe(raw, state));
    }
    return Description.NO_MATCH;
  }

  private Description describe(Tree raw, VisitorState state) {
    Type type = ASTHelpers.getType(raw);
    int parameters = type.tsym.type.getTypeArguments().size();
    String name = type.tsym.getSimpleName().toString();
    Description.Builder description = buildDescription(raw)
        .setMessage("Raw type " + name + " in a signature: write " + name
            + "<" + wildcards(parameters) + "> or name its type arguments");
    if (parameters == type.tsym.type.allparams().size()) {
      description.addFix(SuggestedFix.postfixWith(raw, "<" + wildcards(parameters) + ">"));
    }
    return reporter.report(description, state);
  }

  private static String wildcards(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private static boolean isParameter(VariableTree variable, MethodTree method) {
    return method.getParameters().contains(variable);
  }

  /** An override must repeat a raw parameter type its supertype declares. */
  private static boolean parameterForced(MethodTree method, VariableTree parameter,
      VisitorState state) {
    int index = method.getParameters().indexOf(parameter);
    return ASTHelpers.findSuperMethods(ASTHelpers.getSymbol(method), state.getTypes()).stream()
        .anyMatch(superMethod -> index < superMethod.getParameters().size()
            && containsRaw(superMethod.getParameters().get(index).asType()));
  }

  private static boolean containsRaw(Type type) {
    if (type == null) {
      return false;
    }
    if (type.isRaw()) {
      return true;
    }
    if (type instanceof Type.ArrayType) {
      return containsRaw(((Type.ArrayType) type).elemtype);
    }
    if (type instanceof Type.WildcardType) {
      return containsRaw(((Type.WildcardType) type).type);
    }
    return type.getTypeArguments().stream().anyMatch(RawTypeInSignature::containsRaw);
  }
}
