package org.gradle.api.internal.tasks.compile.processing;

import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Test fixture: how Gradle runs a processor declared aggregating (after Gradle's
 * {@code AggregatingProcessor} and {@code DelegatingProcessor}, Apache 2.0): its {@code init}
 * receives an {@link IncrementalProcessingEnvironment} around javac's environment.
 */
public final class AggregatingProcessor extends AbstractProcessor {
  private final Processor delegate;
  private final List<String> generated;

  /**
   * Wraps a processor.
   *
   * @param delegate the real processor
   * @param generated receives what the processor generates through the Filer
   */
  public AggregatingProcessor(Processor delegate, List<String> generated) {
    this.delegate = delegate;
    this.generated = generated;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    delegate.init(new IncrementalProcessingEnvironment(
        processingEnv, new IncrementalFiler(processingEnv.getFiler(), generated)));
  }

  @SuppressWarnings("DoNotClaimAnnotations") // a delegating wrapper, as the tools' are
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    return delegate.process(annotations, roundEnv);
  }
}
