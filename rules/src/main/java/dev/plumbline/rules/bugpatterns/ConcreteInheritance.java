// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.PlumblineOptions;
import dev.plumbline.rules.utils.SourceContext;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Composition over inheritance: a class may extend only an abstract class. Exceptions, javac's and
 * the JDK's classes built for subclassing, classes whose constructors are all protected, and the
 * team's {@code Plumbline:AllowedBaseClasses} (with their subclasses) are allowed.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Class extends a concrete class: compose it, or extend an abstract base class",
    severity = WARNING,
    linkType = CUSTOM,
    link = DocLinks.EXPLAIN + "ConcreteInheritance")
public final class ConcreteInheritance extends BugChecker
    implements ClassTreeMatcher, CompilationUnitTreeMatcher {

  private static final long serialVersionUID = 1L;

  /**
   * Concrete JDK classes whose documented use is to be subclassed; their subclasses are allowed
   * too (every exception, WeakReference, the javac and annotation-processing visitors, AWT and
   * Swing components).
   */
  static final ImmutableSet<String> FRAMEWORK_BASE_CLASSES =
      ImmutableSet.of(
          "java.lang.Throwable",
          "java.lang.Thread",
          "java.lang.ThreadLocal",
          "java.lang.InheritableThreadLocal",
          "java.lang.ClassLoader",
          "java.lang.ref.Reference",
          "java.io.FilterInputStream",
          "java.io.FilterOutputStream",
          "java.io.FilterReader",
          "java.io.FilterWriter",
          "java.io.ObjectInputStream",
          "java.io.ObjectOutputStream",
          "java.io.PrintStream",
          "java.io.PrintWriter",
          "java.util.EventObject",
          "java.util.concurrent.FutureTask",
          "java.util.concurrent.ThreadPoolExecutor",
          "java.util.concurrent.ForkJoinTask",
          "java.util.concurrent.locks.ReentrantLock",
          "java.util.concurrent.locks.ReentrantReadWriteLock",
          "java.awt.Component",
          "com.sun.source.util.TreeScanner",
          "com.sun.source.util.DocTreeScanner",
          "javax.lang.model.util.AbstractElementVisitor6",
          "javax.lang.model.util.AbstractTypeVisitor6",
          "javax.lang.model.util.AbstractAnnotationValueVisitor6",
          "org.xml.sax.helpers.DefaultHandler",
          "org.xml.sax.helpers.XMLFilterImpl");

  private final ImmutableSet<String> allowedBaseClasses;
  private final FindingReporter reporter;

  /**
   * Creates the check with default options. Error Prone loads plugins with ServiceLoader, which
   * requires a public no-argument constructor; it then builds the check through the
   * {@code @Inject} constructor with the real flags.
   */
  public ConcreteInheritance() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Creates the check with the {@code Plumbline:AllowedBaseClasses} option.
   *
   * @param flags Error Prone's flags
   */
  @Inject
  public ConcreteInheritance(ErrorProneFlags flags) {
    PlumblineOptions options = PlumblineOptions.from(flags);
    this.allowedBaseClasses = ImmutableSet.<String>builder()
        .addAll(FRAMEWORK_BASE_CLASSES)
        .addAll(options.allowedBaseClasses())
        .build();
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
    if (tree.getExtendsClause() == null
        || type.getKind() != ElementKind.CLASS
        || type.isAnonymous()
        || SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    Type superType = ASTHelpers.getType(tree.getExtendsClause());
    if (superType == null || !(superType.tsym instanceof ClassSymbol)) {
      return Description.NO_MATCH;
    }
    ClassSymbol base = (ClassSymbol) superType.tsym;
    if (base.getModifiers().contains(Modifier.ABSTRACT)
        || isAllowed(superType, state)
        || onlyProtectedConstructors(base)
        || overridesProtectedHook(type, base, state)) {
      return Description.NO_MATCH;
    }
    return reporter.report(
        buildDescription(tree.getExtendsClause())
            .setMessage(type.getSimpleName() + " extends the concrete class "
                + base.getSimpleName() + ": hold " + withArticle(base.getSimpleName())
                + " in a field"
                + " instead, or extend an abstract base class (allow a framework base with"
                + " -XepOpt:Plumbline:AllowedBaseClasses)"),
        state);
  }

  /** "a HashMap", "an Element", "an ArrayList" (jsoup's Document extends Element). */
  private static String withArticle(CharSequence name) {
    return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  private boolean isAllowed(Type superType, VisitorState state) {
    Types types = state.getTypes();
    for (String allowed : allowedBaseClasses) {
      Type allowedType = state.getTypeFromString(allowed);
      if (allowedType != null && types.isSubtype(types.erasure(superType),
          types.erasure(allowedType))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A concrete class that offers a protected method for subclasses to override was written to be
   * extended there: {@code LinkedHashMap.removeEldestEntry} makes an LRU cache, and a subclass
   * that overrides it uses the class as documented.
   */
  private static boolean overridesProtectedHook(
      ClassSymbol type, ClassSymbol base, VisitorState state) {
    for (Symbol member : type.getEnclosedElements()) {
      if (member instanceof MethodSymbol method && !method.isConstructor() && !method.isStatic()) {
        for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, state.getTypes())) {
          if (overridden.getModifiers().contains(Modifier.PROTECTED)
              && !overridden.owner.getQualifiedName().contentEquals("java.lang.Object")
              && state.getTypes().isSubtype(
                  state.getTypes().erasure(base.type),
                  state.getTypes().erasure(overridden.owner.type))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A concrete class that only subclasses can construct was written to be extended. */
  private static boolean onlyProtectedConstructors(ClassSymbol base) {
    boolean anyConstructor = false;
    for (Symbol member : base.getEnclosedElements()) {
      if (member instanceof MethodSymbol && ((MethodSymbol) member).isConstructor()) {
        anyConstructor = true;
        if (!member.getModifiers().contains(Modifier.PROTECTED)) {
          return false;
        }
      }
    }
    return anyConstructor;
  }
}
