// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The agent, started by {@link AgentLauncher} from the boot class path: marks the program's
 * classes as they load and writes the {@link ActivityRecord} when the JVM exits, whether
 * {@code main} returned, threw, or the program called {@code System.exit} (a shutdown hook runs
 * in all three; only a killed JVM or {@code Runtime.halt} leaves no record).
 */
public final class ActivityAgent {

  private ActivityAgent() {}

  /**
   * Starts recording.
   *
   * @param optionText the agent's options, or null
   * @param instrumentation the JVM's instrumentation
   */
  public static void start(String optionText, Instrumentation instrumentation) {
    AgentOptions options = AgentOptions.parse(optionText);
    for (String problem : options.problems()) {
      System.err.println("[WARN] plumbline-agent: " + problem + "; ignored.");
    }
    Instant started = Instant.now();
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
    Runtime.getRuntime().addShutdownHook(new Thread(
        () -> writeRecord(options, started, recorder, marks), "plumbline-agent-record"));
  }

  private static void writeRecord(AgentOptions options, Instant started, Class<?> recorder,
      ExecutionMarks marks) {
    try {
      ActivityRecord record = new ActivityRecord(mainClass(), ProcessHandle.current().pid(),
          started, Instant.now(), options, executed(recorder), marks.loadedClasses(),
          marks.notInstrumentedClasses());
      record.write();
    } catch (IOException | ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      System.err.println("[ERROR] plumbline-agent: cannot write the activity record into "
          + options.out().toAbsolutePath() + ": " + cause);
    }
  }

  /** The classes the recorder saw run, sorted. */
  private static List<String> executed(Class<?> recorder) throws ReflectiveOperationException {
    String[] names = (String[]) recorder.getMethod("executedClasses").invoke(null);
    Arrays.sort(names);
    return List.of(names);
  }

  /** The main class or jar, without the program's arguments (they may hold anything). */
  private static String mainClass() {
    String command = System.getProperty("sun.java.command", "");
    int space = command.indexOf(' ');
    return space < 0 ? command : command.substring(0, space);
  }
}
