// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The code of the recorder the marked classes call: never used under this name. The agent
 * defines a copy of it in {@code java.base} as {@code java.lang.$PlumblineRecorder} ({@link
 * RecorderInjection}), because a class in {@code java.lang} is visible to every class loader and
 * readable from every module, whatever loader loads the program's classes (plug-in loaders that
 * do not delegate to the application's, OSGi bundles, named modules). It therefore uses JDK types
 * only, and no lambda or nested class (those would be classes of their own to copy).
 *
 * <p>How "executed" costs nothing after the first time: each mark is one {@code invokedynamic}
 * instruction at the start of a constructor, static initialiser or static method (or a method with
 * a body in an interface). The JVM runs an {@code invokedynamic}'s bootstrap method only the first
 * time that instruction executes; {@link #executed(MethodHandles.Lookup, String, MethodType)}
 * records the class there and links the instruction to a handle that does nothing, which the JIT
 * compiles away. Instance methods need no mark: they run on an object, and making the object ran
 * a constructor of the class (a subclass's constructor calls it too).
 */
public final class RecorderTemplate {

  private static final Set<String> EXECUTED = ConcurrentHashMap.newKeySet();

  private RecorderTemplate() {}

  /**
   * The bootstrap method of the marks: records the calling class and links the mark to a no-op.
   *
   * @param caller the lookup of the class whose code runs for the first time here
   * @param name the mark's name (unused)
   * @param type the mark's type, {@code ()V}
   * @return a call site that does nothing
   */
  public static CallSite executed(MethodHandles.Lookup caller, String name, MethodType type) {
    EXECUTED.add(caller.lookupClass().getName());
    return new ConstantCallSite(MethodHandles.empty(type));
  }

  /**
   * The mark of class files older than Java 7, which cannot hold {@code invokedynamic}: runs on
   * every execution of a marked method, so it only looks the name up.
   *
   * @param className the class's binary name
   */
  public static void executed(String className) {
    if (!EXECUTED.contains(className)) {
      EXECUTED.add(className);
    }
  }

  /**
   * The classes whose code ran so far.
   *
   * @return their binary names, in no order
   */
  public static String[] executedClasses() {
    return EXECUTED.toArray(new String[0]);
  }
}
