// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.index;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Writes a library index as a class in the fixed package {@value #INDEX_PACKAGE}.
 *
 * <p>Why a class and not a resource: {@code Filer.getResource(CLASS_PATH, ...)} sees only the
 * first match on the class path and fails inside jars, while listing a package finds a class in
 * every jar. The index text is split into {@code static final String} constants, which javac reads
 * back from the class file ({@code VariableElement.getConstantValue}) without loading the class.
 *
 * <p>Why it is compiled here: the graph exists only after attribution, when annotation processing
 * is over and new sources would not be compiled any more. So the JavaPoet source is compiled in
 * memory by a nested javac and the class file goes out through the {@link Filer}.
 */
public final class IndexClassWriter {

  /** The package every Plumbline index class lives in. */
  public static final String INDEX_PACKAGE = "dev.plumbline.index";

  /** The simple-name prefix of index classes. */
  public static final String CLASS_PREFIX = "Wiring_";

  /** The prefix of the string constants that hold the index text. */
  public static final String FIELD_PREFIX = "INDEX_";

  /** Characters per constant: at most 3 bytes each in modified UTF-8, under the 65535 limit. */
  private static final int CHUNK_CHARS = 16_000;

  /**
   * The simple name of the index class of a library.
   *
   * @param library the library id
   * @return a valid Java identifier starting with {@value #CLASS_PREFIX}
   */
  public static String simpleName(String library) {
    StringBuilder name = new StringBuilder(CLASS_PREFIX);
    for (int i = 0; i < library.length(); i++) {
      char c = library.charAt(i);
      name.append(Character.isJavaIdentifierPart(c) ? c : '_');
    }
    return name.toString();
  }

  /**
   * Generates the source of the index class with JavaPoet.
   *
   * @param library the library id
   * @param json the index text
   * @return the Java source
   */
  public JavaFile source(String library, String json) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(simpleName(library))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Plumbline wiring index of library $S, read back by package scan. Generated.\n",
                library)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<String> chunks = chunks(json);
    for (int i = 0; i < chunks.size(); i++) {
      type.addField(
          FieldSpec.builder(
                  String.class,
                  FIELD_PREFIX + i,
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer("$S", chunks.get(i))
              .build());
    }
    return JavaFile.builder(INDEX_PACKAGE, type.build()).skipJavaLangImports(true).build();
  }

  private static List<String> chunks(String json) {
    List<String> chunks = new ArrayList<>();
    for (int start = 0; start < json.length(); start += CHUNK_CHARS) {
      chunks.add(json.substring(start, Math.min(json.length(), start + CHUNK_CHARS)));
    }
    if (chunks.isEmpty()) {
      chunks.add("");
    }
    return chunks;
  }

  /**
   * The qualified name of the index class of a library.
   *
   * @param library the library id
   * @return the class name in {@value #INDEX_PACKAGE}
   */
  public static String qualifiedName(String library) {
    return INDEX_PACKAGE + "." + simpleName(library);
  }

  /**
   * Compiles the index class and writes it into the class output.
   *
   * <p>The file is created with {@code Filer.createResource} on the class output rather than
   * {@code Filer.createClassFile}: after the rounds javac warns that a class created in the last
   * round is not processed (and, when created in an earlier round and filled later, that the
   * file was left unclosed). The index needs no processing, so a plain output file is honest.
   *
   * @param library the library id
   * @param json the index text
   * @param filer the processor's Filer
   * @throws IOException when the class cannot be compiled or written
   */
  public void write(String library, String json, Filer filer) throws IOException {
    JavaFile file = source(library, json);
    byte[] bytes = compile(qualifiedName(library), file.toString());
    FileObject target =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, INDEX_PACKAGE, simpleName(library) + ".class");
    try (OutputStream out = target.openOutputStream()) {
      out.write(bytes);
    }
  }

  private static byte[] compile(String qualifiedName, String source) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    ByteArrayOutputStream classBytes = new ByteArrayOutputStream();
    try (StandardJavaFileManager standard =
            javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        MemoryOutput output = new MemoryOutput(standard, classBytes)) {
      JavaFileObject input = new SourceText(qualifiedName, source);
      // No --release: reading the JDK's ct.sym for it costs more than the whole index compile.
      List<String> options = List.of("-proc:none", "-g:none", "-Xlint:none");
      boolean ok = javac.getTask(null, output, diagnostics, options, null, List.of(input)).call();
      if (!ok) {
        StringBuilder message = new StringBuilder("cannot compile index class " + qualifiedName);
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
          message.append(": ").append(diagnostic.getMessage(Locale.ROOT));
        }
        throw new IOException(message.toString());
      }
    }
    return classBytes.toByteArray();
  }

  /** The generated source, held in memory. */
  private static final class SourceText extends SimpleJavaFileObject {
    private final String text;

    SourceText(String qualifiedName, String text) {
      super(URI.create("string:///" + qualifiedName.replace('.', '/') + ".java"), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** Sends the one class file the nested compilation writes into a byte buffer. */
  private static final class MemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final ByteArrayOutputStream target;

    MemoryOutput(StandardJavaFileManager delegate, ByteArrayOutputStream target) {
      super(delegate);
      this.target = target;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      URI uri = URI.create("mem:///" + className.replace('.', '/') + kind.extension);
      return new SimpleJavaFileObject(uri, kind) {
        @Override
        public OutputStream openOutputStream() {
          return target;
        }
      };
    }
  }
}
