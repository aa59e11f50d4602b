// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.plumbline.processor.graph.ReferenceScanner;
import dev.plumbline.processor.model.EnteredType;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Scans each class when javac has finished analysing it, and runs the last step once every class
 * of the compilation has been seen.
 *
 * <p>Why a {@link TaskListener} on ANALYZE events and not the processing rounds: annotation
 * processing runs before attribution, so in a round {@code Trees.getElement} finds no symbol for
 * most expressions. After ANALYZE (attribution and flow analysis) every identifier of that class
 * is bound, and the tree has not yet been lowered (lambdas and inner classes are still as
 * written). javac raises the event once per top-level class, so counting the classes announced in
 * the rounds tells when the last one is done.
 */
final class AnalysisListener implements TaskListener {

  private final Trees trees;
  private final ReferenceScanner scanner;
  private final WiringRun run;
  private final FailureGuard guard;
  private final Set<String> topLevelTypes = new LinkedHashSet<>();
  private final Map<String, EnteredType> enteredTypes = new HashMap<>();
  private final Set<String> packageInfos = new LinkedHashSet<>();
  private final Set<String> pending = new HashSet<>();
  private boolean processingOver;
  private boolean finished;

  AnalysisListener(Trees trees, ReferenceScanner scanner, WiringRun run, FailureGuard guard) {
    this.trees = trees;
    this.scanner = scanner;
    this.run = run;
    this.guard = guard;
  }

  /** Announces a top-level class of the sources (called from the processing rounds). */
  void expectType(String qualifiedName) {
    if (topLevelTypes.add(qualifiedName)) {
      pending.add(qualifiedName);
    }
  }

  /** Announces a top-level class of the sources with its element and file (plugin mode). */
  void expectType(String qualifiedName, EnteredType entered) {
    enteredTypes.put(qualifiedName, entered);
    expectType(qualifiedName);
  }

  /** Announces a package declared in a {@code package-info.java}. */
  void expectPackageInfo(String packageName) {
    packageInfos.add(packageName);
  }

  /** Called after the last processing round; ANALYZE events follow. */
  void processingOver() {
    processingOver = true;
    guard.run(() -> run.sourcesComplete(topLevelTypes, enteredTypes, packageInfos));
    finishIfComplete();
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
      return;
    }
    guard.run(() -> analyzed(event.getCompilationUnit(), event.getTypeElement()));
  }

  private void analyzed(CompilationUnitTree unit, TypeElement type) {
    TreePath path = classPath(unit, type);
    if (path != null) {
      scanner.scanClass(path);
    }
    pending.remove(type.getQualifiedName().toString());
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
    try {
      run.finish();
    } catch (IOException e) {
      guard.fail(e);
    }
  }
}
