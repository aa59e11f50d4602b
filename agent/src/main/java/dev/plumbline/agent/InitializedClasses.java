// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The default way to tell which classes ran ({@code marks=initialized}): at JVM exit, the classes
 * the JVM has loaded, and of those the ones it has initialized. Nothing is rewritten and no
 * transformer is registered, so the program runs as it would without the agent.
 *
 * <p>Why initialized means ran: the JVM initializes a class right before the first execution of
 * any of its code (a constructor, a static method, its static initializer; an instance method needs
 * an instance, hence a constructor), and never for loading it, for {@code X.class}, {@code
 * instanceof}, a cast or {@code Class.forName(name, false, loader)}. Where the two differ: a class
 * is also initialized, without any of its own code running, when a static field of it is read or
 * written (and it has no static initializer), when a subclass is initialized, when
 * {@code Class.forName(name)} initializes it and nothing else follows, or when an interface that
 * declares default methods has an initialized implementation. And a class whose loader was
 * collected before the exit is no longer listed. {@code marks=bytecode} ({@link ExecutionMarks})
 * is exact in these cases, at the cost of rewriting every class in scope.
 *
 * <p>The state is read with {@code jdk.internal.misc.Unsafe#shouldBeInitialized(Class)}, which the
 * agent reaches by having java.base export {@code jdk.internal.misc} to the agent's own module
 * only (the agent runs in a class loader of its own, so the program gains no access).
 */
final class InitializedClasses {

  private final Instrumentation instrumentation;
  private final AgentOptions options;
  private final Class<?> launcher;
  private final ClassLoader platformLoader = ClassLoader.getPlatformClassLoader();
  private final ClassLoader agentLoader = InitializedClasses.class.getClassLoader();

  /**
   * A reader of the JVM's state for one run.
   *
   * @param instrumentation the JVM's instrumentation
   * @param options the agent's options (the scope)
   * @param launcher the agent's class in the program's class loader, never recorded (nor its
   *     nested classes)
   */
  InitializedClasses(Instrumentation instrumentation, AgentOptions options, Class<?> launcher) {
    this.instrumentation = instrumentation;
    this.options = options;
    this.launcher = launcher;
  }

  /** The classes in scope loaded now, and of those the ones initialized, both sorted. */
  record Scan(List<String> loaded, List<String> initialized) {}

  /**
   * Lists the classes in scope now.
   *
   * @return the loaded classes and the initialized ones
   * @throws ReflectiveOperationException when the JVM has no
   *     {@code jdk.internal.misc.Unsafe#shouldBeInitialized(Class)}
   */
  Scan scan() throws ReflectiveOperationException {
    Method shouldBeInitialized = shouldBeInitialized();
    Object unsafe = shouldBeInitialized.getDeclaringClass().getMethod("getUnsafe").invoke(null);
    Set<String> loaded = new TreeSet<>();
    Set<String> initialized = new TreeSet<>();
    for (Class<?> type : instrumentation.getAllLoadedClasses()) {
      if (!inScope(type)) {
        continue;
      }
      String name = type.getName();
      loaded.add(name);
      if (!isTrue(shouldBeInitialized, unsafe, type)) {
        initialized.add(name);
      }
    }
    return new Scan(List.copyOf(loaded), List.copyOf(initialized));
  }

  private boolean inScope(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null || loader == platformLoader || loader == agentLoader
        || type.isArray() || type.isPrimitive() || type.isHidden()
        || (loader == launcher.getClassLoader() && isLauncher(type))) {
      return false;
    }
    String name = type.getName();
    return !name.startsWith("jdk.internal.reflect.") && !name.startsWith("sun.reflect.")
        && options.records(name);
  }

  /**
   * The launcher and its nested loader class, in the program's class loader. By name: asking a
   * class for its declaring class loads that class, and a nested class whose enclosing class is
   * not on the class path (Apache POI's generated XMLBeans types) throws NoClassDefFoundError.
   */
  private boolean isLauncher(Class<?> type) {
    return type == launcher || type.getName().startsWith(launcher.getName() + "$");
  }

  /** {@code Unsafe#shouldBeInitialized}, once java.base exports its package to this module. */
  private Method shouldBeInitialized() throws ReflectiveOperationException {
    instrumentation.redefineModule(Object.class.getModule(), Set.of(),
        Map.of("jdk.internal.misc", Set.of(InitializedClasses.class.getModule())), Map.of(),
        Set.of(), Map.of());
    return Class.forName("jdk.internal.misc.Unsafe").getMethod("shouldBeInitialized", Class.class);
  }

  private static boolean isTrue(Method predicate, Object target, Class<?> type)
      throws IllegalAccessException, InvocationTargetException {
    return (Boolean) predicate.invoke(target, type);
  }
}
