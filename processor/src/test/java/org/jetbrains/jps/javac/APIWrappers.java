package org.jetbrains.jps.javac;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;

/**
 * Test fixture: the wrapping IntelliJ IDEA's build process (JPS, 2020.3 and later) applies to
 * annotation processors, rebuilt after the shape of {@code org.jetbrains.jps.javac.APIWrappers}
 * in intellij-community (Apache 2.0): the processor is given a {@link Proxy} that implements
 * {@link ProcessingEnvironment} and {@link WrapperDelegateAccessor}; its handler is an anonymous
 * class that captured {@code delegateTo} (javac names that field {@code val$delegateTo}); the
 * wrapper's {@code getFiler()} returns a proxied Filer that records what the processor creates.
 */
@SuppressWarnings("IdentifierName") // the name IntelliJ gives it, which the processor looks up
public final class APIWrappers {

  private APIWrappers() {}

  /** What IntelliJ's proxies implement besides the wrapped interface. */
  public interface WrapperDelegateAccessor<T> {
    /** The wrapped object. */
    T getWrapperDelegate();
  }

  /**
   * The same static entry point IntelliJ offers processors.
   *
   * @param iface the expected interface
   * @param wrapper a possibly wrapped object
   * @return the wrapped object, or null when {@code wrapper} is not a wrapper
   */
  public static <T> T unwrap(Class<? extends T> iface, T wrapper) {
    if (wrapper instanceof WrapperDelegateAccessor<?> accessor
        && iface.isInstance(accessor.getWrapperDelegate())) {
      return iface.cast(accessor.getWrapperDelegate());
    }
    return null;
  }

  /**
   * Wraps a processor the way JPS does: its {@code init} gets a proxied environment.
   *
   * @param delegate the real processor
   * @param createdResources receives the relative name of every resource the processor creates
   * @param withAccessor false to build a proxy without the accessor interface (older shape)
   * @return the wrapping processor
   */
  public static Processor wrapProcessor(
      Processor delegate, List<String> createdResources, boolean withAccessor) {
    return new ProcessorWrapper(delegate, createdResources, withAccessor);
  }

  /** Proxies {@code delegateTo} as {@code iface}, calling {@code wrapper}'s methods first. */
  static <T> T wrap(Class<T> iface, Object wrapper, T delegateTo, boolean withAccessor) {
    Class<?>[] interfaces = withAccessor
        ? new Class<?>[] {iface, WrapperDelegateAccessor.class}
        : new Class<?>[] {iface};
    return iface.cast(Proxy.newProxyInstance(APIWrappers.class.getClassLoader(), interfaces,
        new InvocationHandler() {
          @Override
          public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            try {
              if (method.getDeclaringClass().equals(WrapperDelegateAccessor.class)) {
                return delegateTo;
              }
              try {
                Method own = wrapper.getClass().getDeclaredMethod(
                    method.getName(), method.getParameterTypes());
                return own.invoke(wrapper, args);
              } catch (NoSuchMethodException notOverridden) {
                return method.invoke(delegateTo, args);
              }
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }
        }));
  }

  /** The processor wrapper: hands the real processor a proxied environment. */
  static final class ProcessorWrapper implements Processor {
    private final Processor delegate;
    private final List<String> createdResources;
    private final boolean withAccessor;

    ProcessorWrapper(Processor delegate, List<String> createdResources, boolean withAccessor) {
      this.delegate = delegate;
      this.createdResources = createdResources;
      this.withAccessor = withAccessor;
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
    public void init(ProcessingEnvironment environment) {
      delegate.init(wrap(ProcessingEnvironment.class,
          new EnvironmentWrapper(environment, createdResources, withAccessor), environment,
          withAccessor));
    }

    @SuppressWarnings("DoNotClaimAnnotations") // a delegating wrapper, as the tools' are
    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends javax.annotation.processing.Completion> getCompletions(
        javax.lang.model.element.Element element, javax.lang.model.element.AnnotationMirror mirror,
        javax.lang.model.element.ExecutableElement member, String userText) {
      return delegate.getCompletions(element, mirror, member, userText);
    }
  }

  /** The environment wrapper: only {@code getFiler} is its own. */
  static final class EnvironmentWrapper {
    private final ProcessingEnvironment delegate;
    private final List<String> createdResources;
    private final boolean withAccessor;

    EnvironmentWrapper(
        ProcessingEnvironment delegate, List<String> createdResources, boolean withAccessor) {
      this.delegate = delegate;
      this.createdResources = createdResources;
      this.withAccessor = withAccessor;
    }

    public Filer getFiler() {
      Filer javacFiler = delegate.getFiler();
      return wrap(Filer.class, new FilerWrapper(javacFiler, createdResources), javacFiler,
          withAccessor);
    }
  }

  /** The Filer wrapper: records each created resource, then lets javac's Filer create it. */
  static final class FilerWrapper {
    private final Filer delegate;
    private final List<String> createdResources;

    FilerWrapper(Filer delegate, List<String> createdResources) {
      this.delegate = delegate;
      this.createdResources = createdResources;
    }

    public FileObject createResource(javax.tools.JavaFileManager.Location location,
        CharSequence pkg, CharSequence relativeName,
        javax.lang.model.element.Element... originatingElements) throws java.io.IOException {
      createdResources.add(relativeName.toString());
      return delegate.createResource(location, pkg, relativeName, originatingElements);
    }
  }

  /** A list that tests can share with the compiler thread. */
  public static List<String> recorder() {
    return new CopyOnWriteArrayList<>();
  }
}
