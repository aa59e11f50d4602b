// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.IdentifierTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MemberSelectTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.matchers.method.MethodMatchers;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.PackageSymbol;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.PlumblineOptions;
import dev.plumbline.rules.utils.SourceContext;
import dev.plumbline.rules.utils.SuppressedRanges;
import java.util.Optional;
import javax.inject.Inject;

/**
 * Reports every use of a logging framework: imports, type references, fully qualified names,
 * Lombok's logger annotations and {@code System.getLogger}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "The rulebook forbids logging frameworks: print status-prefixed messages with"
        + " System.out / System.err instead",
    severity = WARNING,
    linkType = LinkType.CUSTOM,
    link = DocLinks.EXPLAIN + "NoLoggingFramework")
public final class NoLoggingFramework extends BugChecker
    implements CompilationUnitTreeMatcher,
        IdentifierTreeMatcher,
        MemberSelectTreeMatcher,
        MethodInvocationTreeMatcher {

  private static final long serialVersionUID = 1L;

  /** Packages of logging frameworks, with the framework's name for the message. */
  private static final ImmutableList<Framework> FRAMEWORKS =
      ImmutableList.of(
          new Framework("java.util.logging", "java.util.logging"),
          new Framework("org.slf4j", "SLF4J"),
          new Framework("org.apache.log4j", "Log4j 1"),
          new Framework("org.apache.logging.log4j", "Log4j 2"),
          new Framework("org.apache.commons.logging", "Commons Logging"),
          new Framework("org.jboss.logging", "JBoss Logging"),
          new Framework("ch.qos.logback", "Logback"),
          new Framework("com.google.common.flogger", "Flogger"),
          new Framework("org.tinylog", "tinylog"),
          new Framework("lombok.extern", "Lombok's logger annotations"));

  private static final String ADVICE =
      "print a status-prefixed message with System.out.println / System.err.println instead";

  private static final Matcher<ExpressionTree> SYSTEM_GET_LOGGER =
      MethodMatchers.staticMethod().onClass("java.lang.System").named("getLogger");

  private final FindingReporter reporter;

  /**
   * Creates the check with default options. Error Prone loads plugins with ServiceLoader, which
   * requires a public no-argument constructor; it then builds the check through the
   * {@code @Inject} constructor with the real flags.
   */
  public NoLoggingFramework() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Creates the check. It has no options of its own, but reports invalid
   * {@code -XepOpt:Plumbline:...} flags like every Plumbline check.
   *
   * @param flags Error Prone's flags
   */
  @Inject
  public NoLoggingFramework(ErrorProneFlags flags) {
    this.reporter = new FindingReporter(canonicalName(), PlumblineOptions.from(flags));
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree unit, VisitorState state) {
    reporter.standsDown(state);
    return Description.NO_MATCH;
  }

  @Override
  public Description matchIdentifier(IdentifierTree tree, VisitorState state) {
    return matchTypeReference(tree, state);
  }

  @Override
  public Description matchMemberSelect(MemberSelectTree tree, VisitorState state) {
    return matchTypeReference(tree, state);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (!SYSTEM_GET_LOGGER.matches(tree, state) || SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    return reporter.report(
        buildDescription(tree)
            .setMessage("System.getLogger is a logging framework (System.Logger); " + ADVICE),
        state);
  }

  private Description matchTypeReference(ExpressionTree tree, VisitorState state) {
    Optional<String> framework = loggingFramework(ASTHelpers.getSymbol(tree));
    if (framework.isEmpty() || isInsideFramework(state) || SourceContext.isGenerated(state)
        || isClassLiteral(state) || isPartOfLargerReference(state) || isSuppressedImport(state)) {
      return Description.NO_MATCH;
    }
    // javac writes the type of `var` itself: without a position on JDK 17, at the `var` keyword
    // but without source text on JDK 25.
    if (ASTHelpers.getStartPosition(tree) < 0 || state.getSourceForNode(tree) == null) {
      return inferredType(tree, framework.get(), state);
    }
    return reporter.report(
        buildDescription(tree)
            .setMessage(
                "'" + state.getSourceForNode(tree) + "' belongs to " + framework.get()
                    + ", a logging framework; " + ADVICE),
        state);
  }

  /**
   * A type javac wrote itself, without a source position: the inferred type of {@code var log =
   * ...}, {@code for (var handler : handlers)} or an implicitly typed lambda parameter. It is
   * reported on the variable that has it, unless the variable's initializer names the logging
   * type itself ({@code var log = LoggerFactory.getLogger(...)}), which is reported there.
   */
  private Description inferredType(ExpressionTree type, String framework, VisitorState state) {
    for (TreePath path = state.getPath(); path != null; path = path.getParentPath()) {
      if (path.getLeaf() instanceof VariableTree variable && variable.getType() == type) {
        if (namesLoggingType(variable.getInitializer())) {
          return Description.NO_MATCH;
        }
        return reporter.report(
            buildDescription(variable)
                .setMessage(
                    "'" + variable.getName() + "' has the inferred type "
                        + ASTHelpers.getType(type) + ", which belongs to " + framework
                        + ", a logging framework; " + ADVICE),
            state.withPath(path));
      }
    }
    return Description.NO_MATCH;
  }

  /** Whether an expression names a logging type in its source. */
  private static boolean namesLoggingType(Tree initializer) {
    if (initializer == null) {
      return false;
    }
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        found[0] |= loggingFramework(ASTHelpers.getSymbol(identifier)).isPresent();
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree select, Void unused) {
        found[0] |= loggingFramework(ASTHelpers.getSymbol(select)).isPresent();
        return super.visitMemberSelect(select, null);
      }
    }.scan(initializer, null);
    return found[0];
  }

  /**
   * Whether the reference is the type of a class literal ({@code LoggerFactory.class}), which
   * names the class (to find its jar, for instance) without logging anything.
   */
  private static boolean isClassLiteral(VisitorState state) {
    Tree parent = state.getPath().getParentPath().getLeaf();
    return parent instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("class");
  }

  /**
   * Whether the reference is the qualifier of a longer logging reference (such as
   * {@code System.Logger} in {@code System.Logger.Level}), which is reported instead.
   */
  private static boolean isPartOfLargerReference(VisitorState state) {
    Tree parent = state.getPath().getParentPath().getLeaf();
    return parent instanceof MemberSelectTree
        && loggingFramework(ASTHelpers.getSymbol(parent)).isPresent();
  }

  /**
   * Whether the reference is an import of a file whose top-level class suppresses this check:
   * imports lie outside every class, so Error Prone's own suppression never reaches them.
   */
  private boolean isSuppressedImport(VisitorState state) {
    if (ASTHelpers.findEnclosingNode(state.getPath(), ImportTree.class) == null) {
      return false;
    }
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    SuppressedRanges suppressed = SuppressedRanges.of(unit, canonicalName(), state);
    return unit.getTypeDecls().stream()
        .anyMatch(type -> suppressed.covers(ASTHelpers.getStartPosition(type)));
  }

  /** Whether the code being compiled is itself part of a logging framework. */
  private static boolean isInsideFramework(VisitorState state) {
    PackageSymbol packageSymbol =
        ((JCCompilationUnit) state.getPath().getCompilationUnit()).packge;
    if (packageSymbol == null) {
      return false;
    }
    String name = packageSymbol.getQualifiedName().toString();
    return FRAMEWORKS.stream().anyMatch(framework -> isInPackage(name, framework.packageName()));
  }

  private static boolean isInPackage(String name, String root) {
    return name.startsWith(root)
        && (name.length() == root.length() || name.charAt(root.length()) == '.');
  }

  /** The logging framework a class symbol belongs to, if any. */
  private static Optional<String> loggingFramework(Symbol symbol) {
    if (!(symbol instanceof ClassSymbol)) {
      return Optional.empty();
    }
    // Symbol.packge() rather than ASTHelpers.enclosingPackage, whose return type changed after
    // Error Prone 2.42: one jar serves both lines. Every type and identifier of the compilation
    // comes here, so the class's own name is read only for classes of java.lang.
    String packageName = symbol.packge().getQualifiedName().toString();
    if (packageName.equals("java.lang")) {
      String name = symbol.getQualifiedName().toString();
      if (name.equals("java.lang.System.Logger") || name.startsWith("java.lang.System.Logger.")
          || name.equals("java.lang.System.LoggerFinder")) {
        return Optional.of("System.Logger");
      }
    }
    for (Framework framework : FRAMEWORKS) {
      if (isInPackage(packageName, framework.packageName())) {
        return Optional.of(framework.displayName());
      }
    }
    return Optional.empty();
  }

  /** A logging framework: its root package and its display name. */
  private record Framework(String packageName, String displayName) {}
}
