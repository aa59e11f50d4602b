// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Defines the recorder in {@code java.base}, as JaCoCo's agent defines its runtime: java.base
 * opens {@code java.lang} to the agent's own module (the agent runs in a class loader of its own,
 * so no class of the program gains that access), and a private lookup in {@code java.lang} defines
 * a renamed copy of {@link RecorderTemplate} there.
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

  /** The template's class file with every reference to its own name renamed. */
  private static byte[] renamedTemplate() throws IOException {
    byte[] template;
    try (InputStream in = RecorderInjection.class.getResourceAsStream("RecorderTemplate.class")) {
      if (in == null) {
        throw new IOException("RecorderTemplate.class is missing from the agent jar");
      }
      template = in.readAllBytes();
    }
    ClassReader reader = new ClassReader(template);
    ClassWriter writer = new ClassWriter(0);
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visit(int version, int access, String name, String signature,
          String superName, String[] interfaces) {
        super.visit(version, access, RECORDER, signature, superName, interfaces);
      }

      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor,
          String signature, String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9,
            super.visitMethod(access, name, descriptor, signature, exceptions)) {
          @Override
          public void visitFieldInsn(int opcode, String owner, String field, String type) {
            super.visitFieldInsn(opcode, renamed(owner), field, type);
          }

          @Override
          public void visitMethodInsn(int opcode, String owner, String method, String type,
              boolean isInterface) {
            super.visitMethodInsn(opcode, renamed(owner), method, type, isInterface);
          }
        };
      }
    }, 0);
    return writer.toByteArray();
  }

  private static String renamed(String owner) {
    return owner.equals(TEMPLATE) ? RECORDER : owner;
  }
}
