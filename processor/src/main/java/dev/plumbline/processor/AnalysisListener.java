// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.plumbline.processor.graph.ClassNaming;
import dev.plumbline.processor.graph.ReferenceScanner;
import dev.plumbline.processor.model.AnnotationLookup;
import dev.plumbline.processor.model.EnteredType;
import dev.plumbline.processor.model.SourceSet;
import dev.plumbline.processor.report.DiagnosticSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Scans each class when javac has finished analysing it, and runs the last step once every class
 * of the compilation has been seen.
 *
 * <p>Why a {@link TaskListener} on ANALYZE events and not the processing rounds: annotation
 * processing runs before attribution, so in a round {@code Trees.getElement} finds no symbol for
 * most expressions. After ANALYZE (attribution and flow analysis) every identifier of that class
 * is bound, and the tree has not yet been lowered (lambdas and inner classes are still as
 * written). javac raises the event once per top-level class.
 *
 * <p>When is the last class done? The classes to expect are announced by the processing rounds
 * (processor mode) or by {@link EnteredSources} (plugin mode), and by every ENTER event in both
 * modes: javac enters a file it compiles implicitly from {@code -sourcepath} only when some code
 * needs it, during the analysis of that code, so it is announced before the class that needed it
 * is done. The compilation's classes are then the ones javac analysed, with the elements and
 * files of their ANALYZE events: the same in both modes.
 */
final class AnalysisListener implements TaskListener {

  private final Trees trees;
  private final Elements elements;
  private final ReferenceScanner scanner;
  private final ClassNaming naming;
  private final WiringRun run;
  private final FailureGuard guard;
  private final AnchorPositions anchors;
  private final Set<String> announced = new HashSet<>();
  private final Set<String> pending = new HashSet<>();
  private final Map<String, EnteredType> analyzed = new LinkedHashMap<>();
  private final Set<String> packageInfos = new LinkedHashSet<>();
  private final List<PackageElement> packageElements = new ArrayList<>();
  private @Nullable AnnotationLookup annotations;
  private boolean processingOver;
  private boolean finished;

  AnalysisListener(
      Trees trees,
      Elements elements,
      ReferenceScanner scanner,
      ClassNaming naming,
      ProcessorOptions options,
      WiringRun run,
      FailureGuard guard) {
    this.trees = trees;
    this.elements = elements;
    this.scanner = scanner;
    this.naming = naming;
    this.run = run;
    this.guard = guard;
    this.anchors = new AnchorPositions(trees, elements, naming, options);
  }

  /** Announces a top-level class of the sources. */
  void expectType(String qualifiedName) {
    if (announced.add(qualifiedName) && !analyzed.containsKey(qualifiedName)) {
      pending.add(qualifiedName);
    }
  }

  /** Announces a package declared in a {@code package-info.java}. */
  void expectPackageInfo(String packageName) {
    packageInfos.add(packageName);
  }

  /** Called after the last processing round (or before the first analysis, in plugin mode). */
  void processingOver() {
    processingOver = true;
    guard.run(this::rememberPackageInfos);
    finishIfComplete();
  }

  /**
   * Remembers where each {@code package-info.java} is, while its tree is in place: an annotated
   * package is a module that diagnostics can point at.
   */
  private void rememberPackageInfos() {
    for (String name : packageInfos) {
      PackageElement pkg = elements.getPackageElement(name);
      if (pkg != null) {
        packageElements.add(pkg);
        anchors.rememberPackage(name, trees.getPath(pkg));
      }
    }
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.ENTER && event.getCompilationUnit() != null) {
      guard.run(() -> entered(event.getCompilationUnit()));
    } else if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getTypeElement() != null) {
      guard.run(() -> analyzed(event.getCompilationUnit(), event.getTypeElement()));
    }
  }

  /** Every class of an entered file will be analysed: the implicitly compiled ones too. */
  private void entered(CompilationUnitTree unit) {
    TreePath unitPath = new TreePath(unit);
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof ClassTree) {
        // A top-level declaration's path is the unit and itself; no search needed.
        Element element = trees.getElement(new TreePath(unitPath, declaration));
        if (element instanceof TypeElement type) {
          expectType(type.getQualifiedName().toString());
        }
      }
    }
  }

  private void analyzed(CompilationUnitTree unit, TypeElement type) {
    TreePath path = classPath(unit, type);
    if (unit != null && (unit.getSourceFile().isNameCompatible("package-info", Kind.SOURCE)
        || unit.getSourceFile().isNameCompatible("module-info", Kind.SOURCE))) {
      // javac analyses a package-info.java as a synthetic class; the package is announced as
      // such, and its annotations still count as references.
      if (path != null) {
        scanner.scanClass(path);
      }
      return;
    }
    if (path != null) {
      scanner.scanClass(path);
      if (annotations == null) {
        annotations = new AnnotationLookup(elements, Optional.of(type));
      }
      anchors.rememberClass(type, path, annotations);
    }
    String name = type.getQualifiedName().toString();
    String file = path == null ? "" : path.getCompilationUnit().getSourceFile().toUri().toString();
    analyzed.put(name, new EnteredType(type, file));
    pending.remove(name);
    finishIfComplete();
  }

  /**
   * The path of a top-level class's tree: found among the declarations of the event's compilation
   * unit by the symbol javac put on each, which spares {@code Trees.getPath(Element)} its search
   * through the unit's trees.
   */
  private TreePath classPath(CompilationUnitTree unit, TypeElement type) {
    if (unit != null) {
      TreePath unitPath = new TreePath(unit);
      for (Tree declaration : unit.getTypeDecls()) {
        TreePath path = new TreePath(unitPath, declaration);
        if (declaration instanceof ClassTree && type.equals(trees.getElement(path))) {
          return path;
        }
      }
    }
    return trees.getPath(type);
  }

  private void finishIfComplete() {
    if (!processingOver || !pending.isEmpty() || finished || scanner.sawErrors() || guard.failed()) {
      return;
    }
    finished = true;
    guard.run(this::finish);
  }

  private void finish() {
    SourceSet sources = new SourceSet(analyzed.values(), packageElements, naming);
    AnnotationLookup lookup = annotations != null
        ? annotations
        : new AnnotationLookup(elements, Optional.empty());
    DiagnosticSink sink = anchors.sink(run.messager());
    try {
      run.finish(new CompiledSources(sources, lookup, sink));
    } catch (IOException e) {
      guard.fail(e);
    }
  }
}
