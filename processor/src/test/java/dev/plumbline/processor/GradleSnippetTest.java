package dev.plumbline.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.annotations.Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root README's Gradle snippets, as far as they can be tested without Gradle (no Gradle
 * distribution is on Maven Central): the compiler arguments and the forked compiler's JVM
 * arguments are read out of each snippet and handed to a real {@code javac} process, with the
 * processor path standing in for Gradle's {@code annotationProcessor} configuration. The build
 * must fail on the unwired {@code @Critical} module with the error on its declaration.
 */
class GradleSnippetTest {

  private static final Pattern STRING = Pattern.compile("\"(-[^\"]+)\"");

  @TempDir Path work;

  @ParameterizedTest
  @ValueSource(strings = {"processor", "plugin"})
  void theSnippetsArgumentsVerifyTheWiring(String mode) throws IOException, InterruptedException {
    List<String> compilerArgs = new ArrayList<>();
    List<String> jvmArgs = new ArrayList<>();
    Matcher strings = STRING.matcher(snippet(mode));
    while (strings.find()) {
      String argument = strings.group(1).replace("${project.name}", "app");
      (argument.startsWith("--add-exports") ? jvmArgs : compilerArgs).add(argument);
    }
    assertThat(compilerArgs).contains("-Aplumbline.library=app");

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    jvmArgs.forEach(argument -> command.add("-J" + argument));
    command.addAll(compilerArgs);
    command.addAll(List.of("-processorpath", System.getProperty("java.class.path"),
        "-classpath", WiringCompiler.locationOf(Module.class).toString(),
        "-d", Files.createDirectories(work.resolve("classes")).toString()));
    for (JavaFileObject source : new JavaFileObject[] {ClassificationTest.MAIN,
        ClassificationTest.PIPELINE, ClassificationTest.TOKENIZER, ClassificationTest.STORE}) {
      WiringCompiler.writeSource(work.resolve("src"), source);
    }
    try (var files = Files.walk(work.resolve("src"))) {
      files.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(command::add);
    }
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), UTF_8);
    assertThat(javac.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(javac.exitValue()).as(output).isEqualTo(1);
    assertThat(output).as(output)
        .contains("Store.java:8: error: [plumbline] Module 'store' (store.Store) is @Critical and"
            + " NOT WIRED")
        .doesNotContain("exception has occurred");
  }

  /** The code block after {@code <!-- gradle: MODE -->} in the root README. */
  private static String snippet(String mode) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), UTF_8);
    Matcher block = Pattern.compile("<!-- gradle: " + mode + " -->\\s*```kotlin\\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README has a Gradle snippet for " + mode).isTrue();
    return block.group(1);
  }
}
