// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Marks the start of every constructor, static initialiser and static method of a class, and of
 * every method with a body in an interface (default, static and private methods run without any
 * constructor of the interface): the first execution of a mark records the class.
 */
final class MarkingClassVisitor extends ClassVisitor {

  private static final String RECORDER = RecorderInjection.RECORDER;

  /** The recorder's bootstrap method (see {@link RecorderTemplate}). */
  private static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, RECORDER, "executed",
      "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
          + "Ljava/lang/invoke/CallSite;",
      false);

  private final String binaryName;
  private boolean isInterface;
  private boolean canLinkDynamically;

  MarkingClassVisitor(ClassVisitor next, String binaryName) {
    super(Opcodes.ASM9, next);
    this.binaryName = binaryName;
  }

  @Override
  public void visit(int version, int access, String name, String signature, String superName,
      String[] interfaces) {
    isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
    // invokedynamic needs class file version 51 (Java 7); the minor version is the high half.
    canLinkDynamically = (version & 0xFFFF) >= Opcodes.V1_7;
    super.visit(version, access, name, signature, superName, interfaces);
  }

  @Override
  public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
      String[] exceptions) {
    MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
    boolean hasBody = (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
    boolean marked = hasBody && (isInterface || (access & Opcodes.ACC_STATIC) != 0
        || name.equals("<init>"));
    return marked ? new Mark(next) : next;
  }

  /** Puts the mark before the first instruction of a method. */
  private final class Mark extends MethodVisitor {

    Mark(MethodVisitor next) {
      super(Opcodes.ASM9, next);
    }

    @Override
    public void visitCode() {
      super.visitCode();
      if (canLinkDynamically) {
        super.visitInvokeDynamicInsn("executed", "()V", BOOTSTRAP);
      } else {
        super.visitLdcInsn(binaryName);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, RECORDER, "executed",
            "(Ljava/lang/String;)V", false);
      }
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
      // The invokedynamic mark uses no operand stack; the older mark pushes one name.
      super.visitMaxs(canLinkDynamically ? maxStack : Math.max(maxStack, 1), maxLocals);
    }
  }
}
