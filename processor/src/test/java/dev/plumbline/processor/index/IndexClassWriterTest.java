package dev.plumbline.processor.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written index class file is read back exactly, by javac and by the JVM. */
class IndexClassWriterTest {

  /** Longer than three chunks, with quotes, escapes, a NUL, non-ASCII and a surrogate pair. */
  private static final String TEXT =
      "{\"classes\":[\"a.B$C\"],\"note\":\"tab\\t \\\\ \u0000 é ü 日本 \uD83D\uDE00\"}".repeat(1_200);

  /**
   * Plain ASCII chunks (written as bytes in bulk) around a surrogate pair that the chunking cuts
   * in two, so that two chunks hold a lone surrogate each.
   */
  private static final String ASCII_AND_SPLIT_PAIR =
      "a".repeat(15_999) + "\uD83D\uDE00" + "b\\\"c".repeat(8_000);

  @Test
  void javacReadsTheConstantsBackAsTheWholeText(@TempDir Path classes) throws IOException {
    assertThat(readBack(TEXT, classes)).isEqualTo(TEXT);
  }

  @Test
  void asciiChunksAndLoneSurrogatesAreReadBackExactly(@TempDir Path classes) throws IOException {
    assertThat(readBack(ASCII_AND_SPLIT_PAIR, classes)).isEqualTo(ASCII_AND_SPLIT_PAIR);
  }

  /** Writes the index class for {@code text} and lets javac read its constants back. */
  private static String readBack(String text, Path classes) throws IOException {
    Path file = classes.resolve("dev/plumbline/index/Wiring_my_lib.class");
    Files.createDirectories(file.getParent());
    Files.write(file, new IndexClassWriter().classFile("Wiring_my_lib", text));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    SimpleJavaFileObject empty =
        new SimpleJavaFileObject(URI.create("string:///Empty.java"), SimpleJavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return "class Empty {}";
          }
        };
    JavacTask task =
        (JavacTask)
            javac.getTask(
                null, null, null, List.of("-classpath", classes.toString(), "-proc:none"), null,
                List.of(empty));
    task.analyze();
    TypeElement index = task.getElements().getTypeElement("dev.plumbline.index.Wiring_my_lib");

    List<VariableElement> fields =
        ElementFilter.fieldsIn(index.getEnclosedElements()).stream()
            .sorted(Comparator.comparingInt(f -> Integer.parseInt(
                f.getSimpleName().toString().substring(IndexClassWriter.FIELD_PREFIX.length()))))
            .toList();
    assertThat(fields).hasSize(text.length() / 16_000 + 1);
    StringBuilder read = new StringBuilder();
    fields.forEach(field -> read.append((String) field.getConstantValue()));
    return read.toString();
  }

  @Test
  void theJvmLoadsTheClassAndItsPublicStaticFinalFields() throws ReflectiveOperationException {
    byte[] bytes = new IndexClassWriter().classFile("Wiring_lib", "{\"format\":2}");
    Class<?> type =
        new ClassLoader(getClass().getClassLoader()) {
          Class<?> define() {
            return defineClass("dev.plumbline.index.Wiring_lib", bytes, 0, bytes.length);
          }
        }.define();

    Field field = type.getField("INDEX_0");
    assertThat(Modifier.toString(type.getModifiers())).isEqualTo("public final");
    assertThat(Modifier.toString(field.getModifiers())).isEqualTo("public static final");
    assertThat(field.get(null)).isEqualTo("{\"format\":2}");
  }
}
