package org.gradle.api.internal.tasks.compile.processing;

import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Test fixture: Gradle's Filer decorator (after the class of this name in Gradle, Apache 2.0),
 * recording what the processor generates, as Gradle's processing strategies do.
 */
public class IncrementalFiler implements Filer {
  private final Filer delegate;
  private final List<String> generated;

  IncrementalFiler(Filer delegate, List<String> generated) {
    this.delegate = delegate;
    this.generated = generated;
  }

  @Override
  public final JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
      throws IOException {
    generated.add(name.toString());
    return delegate.createSourceFile(name, originatingElements);
  }

  @Override
  public final JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
      throws IOException {
    generated.add(name.toString());
    return delegate.createClassFile(name, originatingElements);
  }

  @Override
  public final FileObject createResource(JavaFileManager.Location location, CharSequence pkg,
      CharSequence relativeName, Element... originatingElements) throws IOException {
    FileObject resource = delegate.createResource(location, pkg, relativeName, originatingElements);
    generated.add(relativeName.toString());
    return resource;
  }

  @Override
  public final FileObject getResource(JavaFileManager.Location location, CharSequence pkg,
      CharSequence relativeName) throws IOException {
    return delegate.getResource(location, pkg, relativeName);
  }
}
