package org.gradle.api.internal.tasks.compile.processing;

import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Test fixture: the decorator Gradle's incremental annotation processing hands isolating and
 * aggregating processors, rebuilt after the shape of the class of this name in Gradle
 * (Apache 2.0): a package-private class with the fields {@code delegate} and {@code filer}; every
 * method but {@code getFiler} delegates.
 */
class IncrementalProcessingEnvironment implements ProcessingEnvironment {
  private final ProcessingEnvironment delegate;
  private final IncrementalFiler filer;

  IncrementalProcessingEnvironment(ProcessingEnvironment delegate, IncrementalFiler filer) {
    this.delegate = delegate;
    this.filer = filer;
  }

  @Override
  public Map<String, String> getOptions() {
    return delegate.getOptions();
  }

  @Override
  public Messager getMessager() {
    return delegate.getMessager();
  }

  @Override
  public Filer getFiler() {
    return filer;
  }

  @Override
  public Elements getElementUtils() {
    return delegate.getElementUtils();
  }

  @Override
  public Types getTypeUtils() {
    return delegate.getTypeUtils();
  }

  @Override
  public SourceVersion getSourceVersion() {
    return delegate.getSourceVersion();
  }

  @Override
  public Locale getLocale() {
    return delegate.getLocale();
  }
}
