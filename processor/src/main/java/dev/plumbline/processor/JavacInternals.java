// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import com.sun.source.util.JavacTask;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Reaches javac's own {@link ProcessingEnvironment} from a plugin's {@link JavacTask}.
 *
 * <p>Why: a javac plugin gets no Filer, Messager or {@code -A} options, yet javac creates its
 * processing environment in every compilation (it loads plugins through it), even with {@code
 * -proc:none}. Using that very environment lets the plugin write the same files through the same
 * Filer as the annotation processor does. There is no public API from a task to its environment,
 * so this goes through two public methods of javac's internal packages, called by reflection so
 * that Plumbline itself compiles against the public API only ({@code --release 17}). The JVM that
 * runs javac must export those packages, exactly as Error Prone requires.
 */
final class JavacInternals {

  /** The JVM options that give access, for the error message and the documentation. */
  static final String REQUIRED_EXPORTS =
      "--add-exports jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED"
          + " --add-exports jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED";

  private JavacInternals() {}

  /**
   * The processing environment of the compilation that {@code task} runs.
   *
   * @param task the task handed to a javac plugin
   * @return javac's environment, with its Filer, Messager, options and element utilities
   * @throws InaccessibleCompilerException when the internal packages are not exported to
   *     Plumbline, or this javac lacks them
   */
  static ProcessingEnvironment processingEnvironmentOf(JavacTask task)
      throws InaccessibleCompilerException {
    try {
      Class<?> basicTask = Class.forName("com.sun.tools.javac.api.BasicJavacTask");
      Class<?> context = Class.forName("com.sun.tools.javac.util.Context");
      Class<?> environment =
          Class.forName("com.sun.tools.javac.processing.JavacProcessingEnvironment");
      Object taskContext = basicTask.getMethod("getContext").invoke(task);
      Method instance = environment.getMethod("instance", context);
      return (ProcessingEnvironment) instance.invoke(null, taskContext);
    } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
      throw new InaccessibleCompilerException(e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new InaccessibleCompilerException(cause != null ? cause : e);
    } catch (IllegalArgumentException | ClassCastException e) {
      // The task is not javac's own (another compiler implementing the javac plugin API).
      throw new InaccessibleCompilerException(e);
    }
  }

  /** javac's internals cannot be reached from this JVM. */
  static final class InaccessibleCompilerException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;

    InaccessibleCompilerException(Throwable cause) {
      this(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    }

    private InaccessibleCompilerException(String reason, Throwable cause) {
      super(reason, cause);
      this.reason = reason;
    }

    /** Never null, unlike {@link Throwable#getMessage()}: the reason is built from the cause. */
    @Override
    public String getMessage() {
      return reason;
    }
  }
}
