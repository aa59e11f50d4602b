// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * The {@code Premain-Class} of the agent jar: starts the {@link ActivityAgent} in a class loader
 * of its own.
 *
 * <p>Why a loader of its own: the JVM puts the agent jar on the program's class path, where the
 * agent's classes would share the program's unnamed module. The agent has java.base export
 * {@code jdk.internal.misc} to its module to read which classes the JVM initialized
 * ({@link InitializedClasses}), or open {@code java.lang} to define its recorder there
 * ({@link RecorderInjection}); in a loader of its own (parent: the platform loader, so it sees
 * the JDK and nothing of the program) that access stays the agent's. This class touches only JDK
 * types, and is itself never recorded.
 */
public final class AgentLauncher {

  private AgentLauncher() {}

  /**
   * Called by the JVM for {@code -javaagent:plumbline-agent.jar[=OPTIONS]} before {@code main}.
   *
   * @param options the text after {@code =}, or null
   * @param instrumentation the JVM's instrumentation
   */
  public static void premain(String options, Instrumentation instrumentation) {
    URL jar = AgentLauncher.class.getProtectionDomain().getCodeSource().getLocation();
    // Never closed: the agent's classes load from it until the JVM exits.
    ClassLoader own = new URLClassLoader("plumbline-agent", new URL[] {jar},
        ClassLoader.getPlatformClassLoader());
    try {
      Class.forName("dev.plumbline.agent.ActivityAgent", true, own)
          .getMethod("start", String.class, Instrumentation.class, Class.class)
          .invoke(null, options, instrumentation, AgentLauncher.class);
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      System.err.println("[ERROR] plumbline-agent: not started, the program runs without an"
          + " activity record: " + cause);
    }
  }
}
