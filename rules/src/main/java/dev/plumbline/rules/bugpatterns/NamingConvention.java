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
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.ImplicitMembers;
import dev.plumbline.rules.utils.MemberNamingStyle;
import dev.plumbline.rules.utils.PlumblineOptions;
import dev.plumbline.rules.utils.SourceContext;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * PascalCase type names (acronyms allowed: {@code HTTPClient}); member names in lowerCamelCase,
 * or in snake_case when the team opts in with {@code -XepOpt:Plumbline:MemberNaming=SNAKE}. This
 * check covers members itself instead of Error Prone's {@code IdentifierName}, whose type rule
 * rejects the acronyms this check accepts; the recommended configuration leaves IdentifierName
 * off.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Type names are PascalCase; member names follow the configured style",
    severity = WARNING,
    linkType = CUSTOM,
    link = DocLinks.EXPLAIN + "NamingConvention")
public final class NamingConvention extends BugChecker
    implements ClassTreeMatcher,
        CompilationUnitTreeMatcher,
        MethodTreeMatcher,
        VariableTreeMatcher {

  private static final long serialVersionUID = 1L;

  private final MemberNamingStyle memberStyle;
  private final FindingReporter reporter;

  /**
   * Creates the check with default options. Error Prone loads plugins with ServiceLoader, which
   * requires a public no-argument constructor; it then builds the check through the
   * {@code @Inject} constructor with the real flags.
   */
  public NamingConvention() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Creates the check with the {@code Plumbline:MemberNaming} option.
   *
   * @param flags Error Prone's flags
   */
  @Inject
  public NamingConvention(ErrorProneFlags flags) {
    PlumblineOptions options = PlumblineOptions.from(flags);
    this.memberStyle = options.memberNaming();
    this.reporter = new FindingReporter(canonicalName(), options);
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree unit, VisitorState state) {
    reporter.standsDown(state);
    return Description.NO_MATCH;
  }

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    ClassSymbol type = ASTHelpers.getSymbol(tree);
    String name = tree.getSimpleName().toString();
    if (name.isEmpty() || NameStyles.isPascalCase(name) || SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    String suggested = NameStyles.toPascalCase(name);
    Description.Builder description = buildDescription(tree)
        .setMessage("Type " + name + " is not PascalCase: name it " + suggested);
    if (ASTHelpers.canBeRemoved(type) && !suggested.equals(name)) {
      description.addFix(SuggestedFixes.renameClassWithUses(tree, suggested, state));
    }
    return reporter.report(description, state);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    String name = tree.getName().toString();
    if (method.isConstructor()
        || followsMemberStyle(name)
        || (memberStyle == MemberNamingStyle.JAVA && isTestMethod(tree)
            && NameStyles.isUnderscoredCamelCase(name))
        || ImplicitMembers.isImplicitOrRecordMember(tree)
        || SourceContext.isGenerated(state)
        || tree.getModifiers().getFlags().contains(Modifier.NATIVE)
        || !ASTHelpers.findSuperMethods(method, state.getTypes()).isEmpty()) {
      return Description.NO_MATCH;
    }
    String suggested = memberSuggestion(name);
    Description.Builder description = buildDescription(tree)
        .setMessage("Method " + name + " is not " + styleName() + ": name it " + suggested);
    if (method.isPrivate()) {
      description.addFix(SuggestedFixes.renameMethodWithInvocations(tree, suggested, state));
    }
    return reporter.report(description, state);
  }

  @Override
  public Description matchVariable(VariableTree tree, VisitorState state) {
    VarSymbol variable = ASTHelpers.getSymbol(tree);
    String name = tree.getName().toString();
    if (isExemptVariable(variable, name, state)
        || followsMemberStyle(name)
        || (isConstant(variable) && NameStyles.isUpperSnakeCase(name))) {
      return Description.NO_MATCH;
    }
    String suggested = memberSuggestion(name);
    Description.Builder description = buildDescription(tree)
        .setMessage("Variable " + name + " is not " + styleName() + ": name it " + suggested);
    if (variable.isPrivate() || variable.getKind() != ElementKind.FIELD) {
      description.addFix(SuggestedFixes.renameVariable(tree, suggested, state));
    }
    return reporter.report(description, state);
  }

  private boolean followsMemberStyle(String name) {
    return memberStyle == MemberNamingStyle.SNAKE
        ? NameStyles.isSnakeCase(name)
        : NameStyles.isLowerCamelCase(name);
  }

  private String memberSuggestion(String name) {
    return memberStyle == MemberNamingStyle.SNAKE
        ? NameStyles.toSnakeCase(name)
        : NameStyles.toLowerCamelCase(name);
  }

  private String styleName() {
    return memberStyle == MemberNamingStyle.SNAKE ? "snake_case" : "lowerCamelCase";
  }

  /**
   * JUnit and TestNG test methods may separate lowerCamelCase parts with underscores
   * ({@code parse_emptyInput_throws}), as Error Prone's IdentifierName allows.
   */
  private static boolean isTestMethod(MethodTree tree) {
    return tree.getModifiers().getAnnotations().stream()
        .map(annotation -> annotation.getAnnotationType().toString())
        .anyMatch(type -> type.endsWith("Test") || type.endsWith("TestFactory")
            || type.endsWith("TestTemplate"));
  }

  private static boolean isExemptVariable(VarSymbol variable, String name, VisitorState state) {
    Tree parent = state.getPath().getParentPath().getLeaf();
    return name.isEmpty()
        || name.equals("serialVersionUID")
        || variable.getKind() == ElementKind.ENUM_CONSTANT
        || ImplicitMembers.isParameterOfImplicitMember(state)
        || SourceContext.isGenerated(state)
        || isOverrideParameter(variable, parent, state)
        || (parent instanceof LambdaExpressionTree && name.equals("_"));
  }

  /** Parameters of an override keep the names its supertype gave them. */
  private static boolean isOverrideParameter(VarSymbol variable, Tree parent, VisitorState state) {
    return variable.getKind() == ElementKind.PARAMETER
        && parent instanceof MethodTree
        && !ASTHelpers.findSuperMethods(
            ASTHelpers.getSymbol((MethodTree) parent), state.getTypes()).isEmpty();
  }

  private static boolean isConstant(VarSymbol variable) {
    return variable.isStatic() && variable.getModifiers().contains(Modifier.FINAL);
  }
}
