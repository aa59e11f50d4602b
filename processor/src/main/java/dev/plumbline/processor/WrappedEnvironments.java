// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import com.sun.source.util.JavacTask;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Finds javac's own {@link ProcessingEnvironment} behind the wrappers that build tools put
 * around it, so that {@link JavacTask#instance} (and with it the attributed trees) works there
 * too. Only the compilation task comes from the unwrapped environment: the Filer, Messager and
 * options stay the wrapper's, so the build tool still sees every file and message.
 *
 * <p>The known wrappers, unwrapped the way established processors (Lombok, IntelliJ's own advice)
 * do it:
 *
 * <ul>
 *   <li>IntelliJ IDEA (2020.3 and later) hands processors a {@link Proxy} that also implements
 *       {@code org.jetbrains.jps.javac.APIWrappers$WrapperDelegateAccessor}; its
 *       {@code getWrapperDelegate()} returns the environment it wraps (when the accessor cannot be
 *       called, the proxy handler's captured {@code delegateTo} is read instead);
 *   <li>Gradle's incremental annotation processing hands isolating and aggregating processors an
 *       {@code IncrementalProcessingEnvironment}, a decorator with a {@code delegate} field (the
 *       same field name covers other delegating decorators).
 * </ul>
 *
 * <p>Wrappers may be nested; at most {@value #MAX_DEPTH} layers are unwrapped.
 */
final class WrappedEnvironments {

  /** The interface IntelliJ's wrapping proxies implement besides the wrapped one. */
  static final String INTELLIJ_ACCESSOR =
      "org.jetbrains.jps.javac.APIWrappers$WrapperDelegateAccessor";

  private static final String INTELLIJ_ACCESSOR_METHOD = "getWrapperDelegate";
  private static final String INTELLIJ_HANDLER_FIELD = "val$delegateTo";
  private static final String DELEGATE_FIELD = "delegate";
  private static final String ECLIPSE_PACKAGE = "org.eclipse.jdt.";
  private static final int MAX_DEPTH = 5;

  private WrappedEnvironments() {}

  /**
   * The javac compilation behind an environment, unwrapping known wrappers first.
   *
   * @param environment the environment the processor was given
   * @return the compilation, or empty when no javac environment was found
   */
  static Optional<JavacTask> javacTask(ProcessingEnvironment environment) {
    ProcessingEnvironment current = environment;
    for (int depth = 0; depth <= MAX_DEPTH && current != null; depth++) {
      try {
        return Optional.of(JavacTask.instance(current));
      } catch (IllegalArgumentException notJavac) {
        // JavacTask.instance accepts only javac's own class: look behind a wrapper.
        current = unwrapOnce(current).orElse(null);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the environment is the Eclipse compiler's (ecj, also behind Eclipse and VS Code):
   * it has no javac trees, so neither mode can verify there.
   *
   * @param environment the environment the processor was given
   * @return true for an Eclipse compiler environment
   */
  static boolean isEclipse(ProcessingEnvironment environment) {
    return environment.getClass().getName().startsWith(ECLIPSE_PACKAGE);
  }

  /** The environment one wrapper layer down, if {@code environment} is a known wrapper. */
  static Optional<ProcessingEnvironment> unwrapOnce(ProcessingEnvironment environment) {
    if (Proxy.isProxyClass(environment.getClass())) {
      Optional<ProcessingEnvironment> delegate = intellijAccessor(environment);
      return delegate.isPresent() ? delegate : intellijHandlerField(environment);
    }
    return delegateField(environment);
  }

  /** IntelliJ's documented way: the proxy's {@code WrapperDelegateAccessor} interface. */
  private static Optional<ProcessingEnvironment> intellijAccessor(ProcessingEnvironment proxy) {
    for (Class<?> type : proxy.getClass().getInterfaces()) {
      if (!type.getName().equals(INTELLIJ_ACCESSOR)) {
        continue;
      }
      try {
        Method accessor = type.getMethod(INTELLIJ_ACCESSOR_METHOD);
        return environmentOrEmpty(accessor.invoke(proxy));
      } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException
          | InaccessibleObjectException | SecurityException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Lombok's way for the same proxy: the field its anonymous handler captured. */
  private static Optional<ProcessingEnvironment> intellijHandlerField(ProcessingEnvironment proxy) {
    InvocationHandler handler = Proxy.getInvocationHandler(proxy);
    return readField(handler.getClass(), handler, INTELLIJ_HANDLER_FIELD);
  }

  /** Gradle's decorator (and any like it): a {@code delegate} field up the class hierarchy. */
  private static Optional<ProcessingEnvironment> delegateField(ProcessingEnvironment wrapper) {
    for (Class<?> type = wrapper.getClass(); type != null; type = type.getSuperclass()) {
      Optional<ProcessingEnvironment> delegate = readField(type, wrapper, DELEGATE_FIELD);
      if (delegate.isPresent()) {
        return delegate;
      }
    }
    return Optional.empty();
  }

  private static Optional<ProcessingEnvironment> readField(
      Class<?> type, Object instance, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return environmentOrEmpty(field.get(instance));
    } catch (NoSuchFieldException | IllegalAccessException | InaccessibleObjectException
        | SecurityException e) {
      return Optional.empty();
    }
  }

  private static Optional<ProcessingEnvironment> environmentOrEmpty(Object value) {
    return value instanceof ProcessingEnvironment environment
        ? Optional.of(environment) : Optional.empty();
  }
}
