// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import dev.plumbline.processor.memory.AssistantDocsOptions;
import dev.plumbline.processor.memory.MemoryOptions;
import dev.plumbline.processor.report.DiagnosticMessages;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * The wiring verifier: Plumbline's annotation processor.
 *
 * <p>It claims no annotation ({@code "*"}, returning false) so it runs on every compilation,
 * including code without any Plumbline annotation. The rounds only collect the names of the
 * compiled classes; the work happens in {@link AnalysisListener} on attributed trees.
 *
 * <p>{@link WiringPlugin} runs the same verifier as a javac plugin, without processing rounds;
 * when both are present in one compilation, this processor leaves the work to the plugin.
 */
@AutoService(Processor.class)
public final class WiringProcessor extends AbstractProcessor {

  private @Nullable AnalysisListener listener;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    // IntelliJ and Gradle may wrap javac's environment: the task comes from behind the wrapper,
    // everything else (Filer, Messager, options) from the wrapper, so the tool sees our output.
    Optional<JavacTask> found = WrappedEnvironments.javacTask(environment);
    if (found.isEmpty()) {
      String given = environment.getClass().getName();
      environment.getMessager().printMessage(Diagnostic.Kind.NOTE,
          WrappedEnvironments.isEclipse(environment)
              ? DiagnosticMessages.eclipseCompiler(given)
              : DiagnosticMessages.unsupportedEnvironment(given));
      return;
    }
    JavacTask task = found.get();
    if (WiringPlugin.isRunningOn(task)) {
      // -Xplugin:Plumbline verifies this compilation already; a second verifier would report
      // every diagnostic twice.
      return;
    }
    listener = VerifierSetup.start(environment, task).orElse(null);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> names = new HashSet<>(ProcessorOptions.NAMES);
    names.addAll(MemoryOptions.NAMES);
    names.addAll(AssistantDocsOptions.NAMES);
    return names;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (listener == null) {
      return false;
    }
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        listener.expectType(type.getQualifiedName().toString());
      } else if (root instanceof PackageElement pkg) {
        listener.expectPackageInfo(pkg.getQualifiedName().toString());
      }
    }
    if (round.processingOver() && !round.errorRaised()) {
      listener.processingOver();
    }
    return false;
  }
}
