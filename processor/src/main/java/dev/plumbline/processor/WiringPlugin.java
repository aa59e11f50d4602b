// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.Trees;
import dev.plumbline.processor.report.DiagnosticMessages;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;

/**
 * The wiring verifier as a javac plugin: {@code -Xplugin:Plumbline}.
 *
 * <p>Why a second mode: any annotation processor makes javac run processing rounds, and javac
 * enters every source file again for the round after the last one, whatever the processor does.
 * On a large code base that alone costs more than the verifier's whole analysis (see {@code
 * bench/wiring-compile}). As a plugin the verifier runs on the same attributed trees, writes the
 * same files through javac's own Filer and reports the same diagnostics, with no rounds at all
 * when the build has no other processor ({@code -proc:none}).
 *
 * <p>It takes the same {@code -A} options as the processor. It needs javac's processing
 * environment, reached through javac's internal packages (see {@link JavacInternals}); when the
 * JVM does not export them, the compilation gets one ERROR that names the missing JVM options.
 */
@AutoService(Plugin.class)
public final class WiringPlugin implements Plugin {

  /** The name given to {@code -Xplugin:}. */
  public static final String NAME = "Plumbline";

  private static final Map<JavacTask, Boolean> RUNNING =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * Whether the plugin verifies the compilation of {@code task}; the annotation processor then
   * stays out of it. javac starts plugins before processors, so the answer is final by then.
   *
   * @param task a compilation
   * @return true when {@code -Xplugin:Plumbline} was started on it
   */
  static boolean isRunningOn(JavacTask task) {
    return RUNNING.containsKey(task);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    RUNNING.put(task, Boolean.TRUE);
    if (args.length > 0) {
      task.addTaskListener(new SetupErrorReporter(task, DiagnosticMessages.pluginArguments(args)));
      return;
    }
    ProcessingEnvironment environment;
    try {
      environment = JavacInternals.processingEnvironmentOf(task);
    } catch (JavacInternals.InaccessibleCompilerException e) {
      task.addTaskListener(
          new SetupErrorReporter(
              task,
              DiagnosticMessages.pluginWithoutInternals(
                  e.getMessage(), JavacInternals.REQUIRED_EXPORTS)));
      return;
    }
    VerifierSetup.start(environment, task)
        .ifPresent(listener -> task.addTaskListener(new EnteredSources(listener)));
  }

  /**
   * Reports a setup problem found in {@link #init}, where javac offers no way to print a
   * diagnostic, as one ERROR on the first source file once it is entered.
   */
  private static final class SetupErrorReporter implements TaskListener {
    private final Trees trees;
    private final String message;
    private boolean reported;

    SetupErrorReporter(JavacTask task, String message) {
      this.trees = Trees.instance(task);
      this.message = message;
    }

    @Override
    public void finished(TaskEvent event) {
      if (reported || event.getKind() != TaskEvent.Kind.ENTER
          || event.getCompilationUnit() == null) {
        return;
      }
      reported = true;
      trees.printMessage(
          Diagnostic.Kind.ERROR, message, event.getCompilationUnit(), event.getCompilationUnit());
    }
  }
}
