package dev.plumbline.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's public types are exactly those its README lists: the API on purpose, and the
 * types other packages of the verifier need. A new public type fails here until it is listed
 * (or made package-private).
 */
class PublicTypesTest {

  private static final Pattern LISTED =
      Pattern.compile("^- `(dev\\.plumbline\\.processor[\\w.]*)`(?: \\(with (.+)\\))?$");

  @Test
  void thePublicTypesAreTheDocumentedOnes() throws IOException, ClassNotFoundException {
    assertThat(new TreeSet<>(compiledPublicTypes())).isEqualTo(new TreeSet<>(documented()));
  }

  private static List<String> documented() throws IOException {
    String readme = Files.readString(Path.of("README.md"), UTF_8);
    String section = readme.substring(readme.indexOf("## Public types"));
    section = section.substring(0, section.indexOf("\n## ", 3));
    List<String> names = new ArrayList<>();
    for (String line : section.lines().toList()) {
      Matcher matcher = LISTED.matcher(line);
      if (matcher.matches()) {
        names.add(matcher.group(1));
        if (matcher.group(2) != null) {
          for (String nested : matcher.group(2).split(", ", -1)) {
            names.add(matcher.group(1) + "$" + nested.replace("`", ""));
          }
        }
      }
    }
    return names;
  }

  private static List<String> compiledPublicTypes() throws IOException, ClassNotFoundException {
    Path classes = WiringCompiler.locationOf(WiringProcessor.class).toPath();
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
        if (name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, PublicTypesTest.class.getClassLoader());
        if (isPublicAllTheWay(type)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static boolean isPublicAllTheWay(Class<?> type) {
    for (Class<?> current = type; current != null; current = current.getDeclaringClass()) {
      if (!Modifier.isPublic(current.getModifiers()) || current.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }
}
