// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.Set;

/**
 * Defines the recorder in {@code java.base}, as JaCoCo's agent defines its runtime: java.base
 * opens {@code java.lang} to the agent's own module (the agent runs in a class loader of its own,
 * so no class of the program gains that access), and a private lookup in {@code java.lang} defines
 * a renamed copy of {@link RecorderTemplate} there. The copy is renamed in its constant pool
 * ({@link ConstantPoolRenaming}), so ASM is loaded only when the first class in scope is marked.
 *
 * <p>Why not the boot class path: appending a jar to it makes the JVM print a warning into the
 * program's output and stop sharing the class data archive (CDS) of every class not loaded by the
 * boot loader.
 */
final class RecorderInjection {

  /** The recorder's internal name, as the marks refer to it. */
  static final String RECORDER = "java/lang/$PlumblineRecorder";

  private static final String TEMPLATE = "dev/plumbline/agent/RecorderTemplate";

  private RecorderInjection() {}

  /**
   * Defines the recorder.
   *
   * @param instrumentation the JVM's instrumentation
   * @return the recorder class
   * @throws IOException when the template cannot be read from the agent jar
   * @throws IllegalAccessException when java.base refuses the definition
   */
  static Class<?> inject(Instrumentation instrumentation)
      throws IOException, IllegalAccessException {
    Module javaBase = Object.class.getModule();
    instrumentation.redefineModule(javaBase, Set.of(), Map.of(),
        Map.of("java.lang", Set.of(RecorderInjection.class.getModule())), Set.of(), Map.of());
    MethodHandles.Lookup javaLang =
        MethodHandles.privateLookupIn(Object.class, MethodHandles.lookup());
    return javaLang.defineClass(renamedTemplate());
  }

  /** The template's class file renamed to {@link #RECORDER}. */
  private static byte[] renamedTemplate() throws IOException {
    byte[] template;
    try (InputStream in = RecorderInjection.class.getResourceAsStream("RecorderTemplate.class")) {
      if (in == null) {
        throw new IOException("RecorderTemplate.class is missing from the agent jar");
      }
      template = in.readAllBytes();
    }
    return ConstantPoolRenaming.rename(template, TEMPLATE, RECORDER);
  }
}
