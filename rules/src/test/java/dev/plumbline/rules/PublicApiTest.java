package dev.plumbline.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module's public types are exactly the ones its README lists under "Public API". */
class PublicApiTest {

  @Test
  void publicTypesMatchTheDocumentedList() throws IOException, ClassNotFoundException {
    String readme = Files.readString(Path.of("README.md"), UTF_8);
    String section = readme.substring(readme.indexOf("## Public API"));
    int start = section.indexOf("```\n") + 4;
    String block = section.substring(start, section.indexOf("\n```", start));
    TreeSet<String> documented = new TreeSet<>(List.of(block.split("\n")));

    TreeSet<String> actual = new TreeSet<>();
    Path classes = Path.of("target/classes");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(file -> file.toString().endsWith(".class")).collect(Collectors.toList());
    }
    for (Path file : files) {
      String name = classes.relativize(file).toString().replace('/', '.')
          .replaceAll("\\.class$", "");
      if (name.endsWith("package-info")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      if (isPublicApi(type)) {
        actual.add(name);
      }
    }
    assertThat(actual).isEqualTo(documented);
  }

  /** Public, and reachable: every enclosing type public too. */
  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> current = type; current != null; current = current.getEnclosingClass()) {
      if (!Modifier.isPublic(current.getModifiers()) || current.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }
}
