// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Path;
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

  /**
   * Called by the JVM for {@code -javaagent:plumbline-agent.jar[=OPTIONS]} before {@code main}.
   *
   * @param options the text after {@code =}, or null
   * @param instrumentation the JVM's instrumentation
   */
  public static void premain(String options, Instrumentation instrumentation) {
    try {
      Path jar = Path.of(AgentLauncher.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      // Never closed: the agent's classes load from it until the JVM exits.
      ClassLoader own = new JarClassLoader(new ZipFile(jar.toFile()));
      Class.forName("dev.plumbline.agent.ActivityAgent", true, own)
          .getMethod("start", String.class, Instrumentation.class, Class.class)
          .invoke(null, options, instrumentation, AgentLauncher.class);
    } catch (ReflectiveOperationException | URISyntaxException | IOException e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      System.err.println("[ERROR] plumbline-agent: not started, the program runs without an"
          + " activity record: " + cause);
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
