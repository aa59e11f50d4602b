// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

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
 * types, and neither it nor its loader is ever recorded.
 */
public final class AgentLauncher {

  private AgentLauncher() {}

  /** How long the exit waits for a start that is still under way before giving up the record. */
  private static final long START_WAIT_MILLIS = 30_000;

  /**
   * Called by the JVM for {@code -javaagent:plumbline-agent.jar[=OPTIONS]} before {@code main}.
   *
   * <p>Only the shutdown hook is registered here, so that every run that exits leaves its record.
   * The agent itself starts on a daemon thread while {@code main} runs (loading its classes and
   * getting ready to read the JVM's state cost a few milliseconds the program need not wait for),
   * unless the options may ask for bytecode marks: their transformer must be in place before the
   * program's first class loads.
   *
   * @param options the text after {@code =}, or null
   * @param instrumentation the JVM's instrumentation
   */
  public static void premain(@Nullable String options, Instrumentation instrumentation) {
    Start start = new Start(options, instrumentation, System.currentTimeMillis());
    Thread startThread = mayAskForBytecodeMarks(options)
        ? null : new Thread(start, "plumbline-agent-start");
    // Created before the start: the bytecode marks' transformer, registered by the start, would
    // otherwise see this class load and record the agent's own hook as the program's code.
    Thread hook = new Thread(new RecordAtExit(start, startThread), "plumbline-agent-record");
    if (startThread == null) {
      start.run();
    } else {
      startThread.setDaemon(true);
      startThread.start();
    }
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Whether the options may ask for {@code marks=bytecode}: any mention of it, whatever the case
   * or place (the agent's option parser decides what they mean; starting before {@code main} is
   * right for every option string, only slower).
   */
  static boolean mayAskForBytecodeMarks(@Nullable String options) {
    return options != null && options.toLowerCase(Locale.ROOT).contains("bytecode");
  }

  /** Starts the {@link ActivityAgent} in a class loader of its own and keeps its record writer. */
  private static final class Start implements Runnable {
    private final @Nullable String options;
    private final Instrumentation instrumentation;
    private final long started;
    private volatile @Nullable Runnable recordWriter;

    Start(@Nullable String options, Instrumentation instrumentation, long started) {
      this.options = options;
      this.instrumentation = instrumentation;
      this.started = started;
    }

    @Override
    public void run() {
      try {
        Path jar = Path.of(AgentLauncher.class.getProtectionDomain().getCodeSource()
            .getLocation().toURI());
        // Never closed: the agent's classes load from it until the JVM exits.
        ClassLoader own = new JarClassLoader(new ZipFile(jar.toFile()));
        recordWriter = (Runnable) Class.forName("dev.plumbline.agent.ActivityAgent", true, own)
            .getMethod("start", String.class, Instrumentation.class, Class.class, long.class)
            .invoke(null, options, instrumentation, AgentLauncher.class, started);
      } catch (ReflectiveOperationException | URISyntaxException | IOException e) {
        Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
        System.err.println("[ERROR] plumbline-agent: not started, the program runs without an"
            + " activity record: " + cause);
      }
    }
  }

  /** The shutdown hook: waits for the agent's start if it is still under way, then writes. */
  private static final class RecordAtExit implements Runnable {
    private final Start start;
    private final @Nullable Thread startThread;

    RecordAtExit(Start start, @Nullable Thread startThread) {
      this.start = start;
      this.startThread = startThread;
    }

    @Override
    public void run() {
      if (startThread != null) {
        try {
          startThread.join(START_WAIT_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        if (startThread.isAlive()) {
          System.err.println("[ERROR] plumbline-agent: still starting when the JVM exited, so no"
              + " activity record was written.");
          return;
        }
      }
      Runnable writer = start.recordWriter;
      if (writer != null) {
        writer.run();
      }
    }
  }

  /**
   * The agent's loader: defines the agent's classes from its jar, read as a zip file (which the
   * JVM already has open for the class path), rather than through a {@code URLClassLoader}, whose
   * URL connections and permission classes are not in the JDK's class data archive and cost
   * every run a few milliseconds.
   */
  private static final class JarClassLoader extends ClassLoader {
    private final ZipFile jar;

    JarClassLoader(ZipFile jar) {
      super("plumbline-agent", ClassLoader.getPlatformClassLoader());
      this.jar = jar;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      ZipEntry entry = jar.getEntry(name.replace('.', '/').concat(".class"));
      if (entry == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = jar.getInputStream(entry)) {
        byte[] classFile = in.readAllBytes();
        return defineClass(name, classFile, 0, classFile.length);
      } catch (IOException e) {
        throw new ClassNotFoundException(name, e);
      }
    }

    @Override
    public @Nullable InputStream getResourceAsStream(String name) {
      ZipEntry entry = jar.getEntry(name);
      if (entry == null) {
        return super.getResourceAsStream(name);
      }
      try {
        return jar.getInputStream(entry);
      } catch (IOException e) {
        return null;
      }
    }
  }
}
