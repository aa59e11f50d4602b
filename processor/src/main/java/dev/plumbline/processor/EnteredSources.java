// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.plumbline.processor.model.EnteredType;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * In plugin mode, tells the {@link AnalysisListener} which classes the compilation has: what the
 * processing rounds' root elements tell it in processor mode.
 *
 * <p>javac raises ENTER once per compilation unit after entering all of them (and again for each
 * processing round, when other processors run). The first ANALYZE comes after the last ENTER, so
 * the classes are announced then. A compilation that stops before analysis (a syntax error)
 * announces nothing, as the processor's rounds report nothing after an error.
 */
final class EnteredSources implements TaskListener {

  private final Trees trees;
  private final AnalysisListener analysis;
  private final Map<JavaFileObject, CompilationUnitTree> units = new LinkedHashMap<>();
  private boolean announced;

  EnteredSources(Trees trees, AnalysisListener analysis) {
    this.trees = trees;
    this.analysis = analysis;
  }

  @Override
  public void started(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.ANALYZE) {
      announceOnce();
    }
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.ENTER && event.getCompilationUnit() != null) {
      // A later round enters the same file (the same file object) again: keep its latest tree.
      CompilationUnitTree unit = event.getCompilationUnit();
      units.put(unit.getSourceFile(), unit);
    }
  }

  private void announceOnce() {
    if (announced) {
      return;
    }
    announced = true;
    for (CompilationUnitTree unit : units.values()) {
      announce(unit);
    }
    analysis.processingOver();
  }

  private void announce(CompilationUnitTree unit) {
    if (unit.getSourceFile().isNameCompatible("package-info", JavaFileObject.Kind.SOURCE)) {
      if (unit.getPackageName() != null) {
        analysis.expectPackageInfo(unit.getPackageName().toString());
      }
      return;
    }
    TreePath unitPath = new TreePath(unit);
    String sourceFile = null;
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof ClassTree) {
        // A top-level declaration's path is the unit and itself; no search needed.
        Element element = trees.getElement(new TreePath(unitPath, declaration));
        if (element instanceof TypeElement type) {
          if (sourceFile == null) {
            sourceFile = unit.getSourceFile().toUri().toString();
          }
          analysis.expectType(
              type.getQualifiedName().toString(), new EnteredType(type, sourceFile));
        }
      }
    }
  }
}
