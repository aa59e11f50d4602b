// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.plumbline.processor.graph.ClassNaming;
import dev.plumbline.processor.graph.ReferenceGraph;
import dev.plumbline.processor.graph.ReferenceScanner;
import dev.plumbline.processor.report.DiagnosticMessages;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;

/**
 * Wires the verifier's parts together for one compilation, the same way in both of its modes
 * (annotation processor and javac plugin): option checks, the reference scanner, the last step,
 * and the {@link AnalysisListener} registered on the task.
 */
final class VerifierSetup {

  private VerifierSetup() {}

  /**
   * Starts the verifier on a compilation.
   *
   * @param environment javac's processing environment (options, Filer, Messager, elements)
   * @param task the compilation, on which the analysis listener is registered
   * @return the registered listener, or empty when an option is invalid (already reported)
   */
  static Optional<AnalysisListener> start(ProcessingEnvironment environment, JavacTask task) {
    ProcessorOptions options = ProcessorOptions.parse(environment.getOptions());
    for (String problem : options.problems()) {
      environment.getMessager().printMessage(
          Diagnostic.Kind.ERROR, DiagnosticMessages.invalidOption(problem));
    }
    if (!options.problems().isEmpty()) {
      return Optional.empty();
    }
    Trees trees = Trees.instance(task);
    ClassNaming naming = new ClassNaming(environment.getElementUtils());
    ReferenceGraph graph = new ReferenceGraph();
    ReferenceScanner scanner =
        new ReferenceScanner(trees, environment.getTypeUtils(), naming, graph);
    WiringRun run = new WiringRun(environment, options, naming, graph);
    FailureGuard guard = new FailureGuard(environment.getMessager());
    AnalysisListener listener = new AnalysisListener(
        trees, environment.getElementUtils(), scanner, naming, options, run, guard);
    task.addTaskListener(listener);
    return Optional.of(listener);
  }
}
