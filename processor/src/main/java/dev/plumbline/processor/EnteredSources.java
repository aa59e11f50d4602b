// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import javax.tools.JavaFileObject;

/**
 * In plugin mode, tells the {@link AnalysisListener} what the processing rounds tell it in
 * processor mode: which packages have a {@code package-info.java}, and when the sources are all
 * entered. (The classes it learns from the ENTER events themselves, in both modes.)
 *
 * <p>javac raises ENTER once per compilation unit after entering all of them (and again for each
 * processing round, when other processors run). The first ANALYZE comes after the last ENTER of
 * the command line's files, so the sources are complete then. A compilation that stops before
 * analysis (a syntax error) announces nothing, as the processor's rounds report nothing after an
 * error.
 */
final class EnteredSources implements TaskListener {

  private final AnalysisListener analysis;
  private boolean announced;

  EnteredSources(AnalysisListener analysis) {
    this.analysis = analysis;
  }

  @Override
  public void started(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.ANALYZE && !announced) {
      announced = true;
      analysis.processingOver();
    }
  }

  @Override
  public void finished(TaskEvent event) {
    CompilationUnitTree unit = event.getCompilationUnit();
    if (event.getKind() == TaskEvent.Kind.ENTER && unit != null && unit.getPackageName() != null
        && unit.getSourceFile().isNameCompatible("package-info", JavaFileObject.Kind.SOURCE)) {
      analysis.expectPackageInfo(unit.getPackageName().toString());
    }
  }
}
