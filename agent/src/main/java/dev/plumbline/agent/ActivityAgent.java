// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The agent, started by {@link AgentLauncher} in a class loader of its own: writes the {@link
 * ActivityRecord} when the JVM exits, whether {@code main} returned, threw, or the program called
 * {@code System.exit} (a shutdown hook runs in all three; only a killed JVM or
 * {@code Runtime.halt} leaves no record).
 *
 * <p>By default ({@code marks=initialized}) it does nothing else until then: at exit it reads
 * which classes the JVM initialized ({@link InitializedClasses}). With {@code marks=bytecode} it
 * defines its recorder and marks each class in scope as it loads ({@link ExecutionMarks}).
 *
 * <p>Start-up is kept lean because it is paid by every run: no lambda and no string
 * concatenation on this path (each would bootstrap the JDK's method-handle machinery in a
 * program that may not use it), no ASM unless the bytecode marks are asked for.
 */
public final class ActivityAgent {

  private ActivityAgent() {}

  /**
   * Starts recording.
   *
   * @param optionText the agent's options, or null
   * @param instrumentation the JVM's instrumentation
   * @param launcher the agent's class in the program's class loader, never recorded
   */
  public static void start(String optionText, Instrumentation instrumentation,
      Class<?> launcher) {
    AgentOptions options = AgentOptions.parse(optionText);
    for (String problem : options.problems()) {
      System.err.println("[WARN] plumbline-agent: " + problem + "; ignored.");
    }
    long started = System.currentTimeMillis();
    Runnable writer;
    if (options.bytecodeMarks()) {
      Class<?> recorder;
      try {
        recorder = RecorderInjection.inject(instrumentation);
      } catch (IOException | IllegalAccessException e) {
        System.err.println("[ERROR] plumbline-agent: cannot define its recorder in java.base, the"
            + " program runs without an activity record: " + e);
        return;
      }
      ExecutionMarks marks = new ExecutionMarks(options);
      instrumentation.addTransformer(marks, false);
      writer = new BytecodeRecord(options, started, recorder, marks);
    } else {
      writer = new InitializedRecord(options, started,
          new InitializedClasses(instrumentation, options, launcher));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(writer, "plumbline-agent-record"));
  }

  /** Writes the record of {@code marks=initialized}: the JVM's state at exit. */
  private static final class InitializedRecord implements Runnable {
    private final AgentOptions options;
    private final long started;
    private final InitializedClasses classes;

    InitializedRecord(AgentOptions options, long started, InitializedClasses classes) {
      this.options = options;
      this.started = started;
      this.classes = classes;
    }

    @Override
    public void run() {
      try {
        InitializedClasses.Scan scan = classes.scan();
        write(options, started, scan.initialized(), scan.loaded(), List.of());
      } catch (ReflectiveOperationException e) {
        Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
        System.err.println("[ERROR] plumbline-agent: cannot read which classes the JVM"
            + " initialized (" + cause + "), so no activity record was written; run with"
            + " marks=bytecode on this JVM.");
      }
    }
  }

  /** Writes the record of {@code marks=bytecode}: what the marks saw. */
  private static final class BytecodeRecord implements Runnable {
    private final AgentOptions options;
    private final long started;
    private final Class<?> recorder;
    private final ExecutionMarks marks;

    BytecodeRecord(AgentOptions options, long started, Class<?> recorder,
        ExecutionMarks marks) {
      this.options = options;
      this.started = started;
      this.recorder = recorder;
      this.marks = marks;
    }

    @Override
    public void run() {
      try {
        String[] executed = (String[]) recorder.getMethod("executedClasses").invoke(null);
        write(options, started, ExecutionMarks.sorted(List.of(executed)), marks.loadedClasses(),
            marks.notInstrumentedClasses());
      } catch (ReflectiveOperationException e) {
        failed(options, e);
      }
    }
  }

  private static void write(AgentOptions options, long started, List<String> executed,
      List<String> loaded, List<String> notInstrumented) {
    ActivityRecord record = new ActivityRecord(mainClass(), pid(), started,
        System.currentTimeMillis(), options, executed, loaded, notInstrumented);
    try {
      record.write();
    } catch (IOException e) {
      failed(options, e);
    }
  }

  private static void failed(AgentOptions options, Exception e) {
    Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
    System.err.println("[ERROR] plumbline-agent: cannot write the activity record into "
        + options.out().toAbsolutePath() + ": " + cause);
  }

  /**
   * This process's id: on Linux the name {@code /proc/self} links to, elsewhere
   * {@link ProcessHandle}, whose class initialization starts the JDK's process-reaper machinery
   * (a thread pool, lambdas), a cost of tens of milliseconds at every exit.
   */
  private static long pid() {
    try {
      Path self = Files.readSymbolicLink(Path.of("/proc/self")).getFileName();
      if (self != null) {
        return Long.parseLong(self.toString());
      }
    } catch (IOException | UnsupportedOperationException | NumberFormatException e) {
      // Not Linux: ask the JDK.
    }
    return ProcessHandle.current().pid();
  }

  /** The main class or jar, without the program's arguments (they may hold anything). */
  private static String mainClass() {
    String command = System.getProperty("sun.java.command", "");
    int space = command.indexOf(' ');
    return space < 0 ? command : command.substring(0, space);
  }
}
