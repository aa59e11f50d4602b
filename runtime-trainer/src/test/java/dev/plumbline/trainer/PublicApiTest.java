package dev.plumbline.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.trainer.loop.Trainer;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
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
 * The module's public types are exactly the ones its README lists in the "Public API" table, so
 * that the surface cannot grow by accident.
 */
class PublicApiTest {

  private static final String START = "<!-- public-api:start -->";
  private static final String END = "<!-- public-api:end -->";
  private static final Pattern ROW = Pattern.compile("^\\| `(dev\\.plumbline\\.[a-z.]+)` \\|(.*)$");
  private static final Pattern TYPE = Pattern.compile("`([A-Z][A-Za-z0-9.]*)`");

  @Test
  void thePublicTypesAreExactlyTheDocumentedOnes() throws Exception {
    assertThat(publicTypesInClasses()).containsExactlyElementsOf(documentedTypes());
  }

  private static TreeSet<String> documentedTypes() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String table = readme.substring(readme.indexOf(START), readme.indexOf(END));
    TreeSet<String> types = new TreeSet<>();
    for (String line : table.lines().toList()) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        Matcher type = TYPE.matcher(row.group(2));
        while (type.find()) {
          types.add(row.group(1) + "." + type.group(1));
        }
      }
    }
    assertThat(types).as("the README's public API table").isNotEmpty();
    return types;
  }

  private static TreeSet<String> publicTypesInClasses() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path classes = Path.of(Trainer.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(classes)) {
      walk.filter(f -> f.toString().endsWith(".class")).forEach(files::add);
    }
    TreeSet<String> types = new TreeSet<>();
    for (Path file : files) {
      String relative = classes.relativize(file).toString();
      String binaryName = relative.substring(0, relative.length() - ".class".length())
          .replace(file.getFileSystem().getSeparator(), ".");
      if (binaryName.endsWith("package-info")) {
        continue;
      }
      Class<?> type = Class.forName(binaryName, false, PublicApiTest.class.getClassLoader());
      if (isPublicApi(type)) {
        types.add(type.getName().replace('$', '.'));
      }
    }
    return types;
  }

  private static boolean isPublicApi(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
