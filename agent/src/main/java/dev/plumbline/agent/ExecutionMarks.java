// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

/**
 * {@code marks=bytecode}: puts the execution marks into each class of the program in scope as it
 * is loaded (never into the JDK's own classes, nor into classes already loaded: the agent does not
 * retransform).
 *
 * <p>The JVM calls a registered transformer for every class it loads, the JDK's included, so a
 * class outside the scope is turned away before any allocation: its loader first, then its
 * internal name against the scope's prefixes in internal form.
 *
 * <p>The class file is read and written with ASM, the reader handed to the writer, so every
 * method that gets no mark is copied byte for byte and the constant pool is kept; no stack map
 * frame is recomputed (the mark takes no operand stack and no branch), so no class is loaded to
 * compute one.
 */
final class ExecutionMarks implements ClassFileTransformer {

  private final List<String> include;
  private final List<String> exclude;
  private final ClassLoader platformLoader = ClassLoader.getPlatformClassLoader();
  private final ClassLoader agentLoader = ExecutionMarks.class.getClassLoader();
  private final Set<String> loaded = ConcurrentHashMap.newKeySet();
  private final Set<String> notInstrumented = ConcurrentHashMap.newKeySet();

  ExecutionMarks(AgentOptions options) {
    this.include = internalForm(options.include());
    this.exclude = internalForm(options.exclude());
  }

  @Override
  public byte @Nullable [] transform(Module module, @Nullable ClassLoader loader,
      @Nullable String internalName, @Nullable Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain, byte[] classFile) {
    if (loader == null || loader == platformLoader || loader == agentLoader
        || internalName == null || classBeingRedefined != null || isGenerated(internalName)
        || !AgentOptions.inScope(internalName, include, exclude)) {
      return null;
    }
    String binaryName = internalName.replace('/', '.');
    loaded.add(binaryName);
    byte[] marked;
    try {
      ClassReader reader = new ClassReader(classFile);
      ClassWriter writer = new ClassWriter(reader, 0);
      reader.accept(new MarkingClassVisitor(writer, binaryName), 0);
      marked = writer.toByteArray();
    } catch (IllegalArgumentException e) {
      // A class file version newer than this ASM reads: loaded as it is, and the record says so.
      notInstrumented.add(binaryName);
      return null;
    }
    return marked;
  }

  /** The classes in scope that were loaded, sorted. */
  List<String> loadedClasses() {
    return sorted(loaded);
  }

  /** The classes in scope loaded unchanged (a class file version this ASM does not read). */
  List<String> notInstrumentedClasses() {
    return sorted(notInstrumented);
  }

  static List<String> sorted(Collection<String> names) {
    return List.copyOf(new TreeSet<>(names));
  }

  /** Package prefixes with slashes, as the JVM hands class names to a transformer. */
  private static List<String> internalForm(List<String> prefixes) {
    List<String> internal = new ArrayList<>(prefixes.size());
    for (String prefix : prefixes) {
      internal.add(prefix.replace('.', '/'));
    }
    return List.copyOf(internal);
  }

  /** Classes the JDK generates at run time for reflection. */
  private static boolean isGenerated(String internalName) {
    return internalName.startsWith("jdk/internal/reflect/")
        || internalName.startsWith("sun/reflect/");
  }
}
