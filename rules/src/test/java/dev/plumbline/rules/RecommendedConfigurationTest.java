package dev.plumbline.rules;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.rules.bugpatterns.CatchAll;
import dev.plumbline.rules.bugpatterns.HardcodedSecret;
import dev.plumbline.rules.bugpatterns.NoPlaceholder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration the README recommends, checked against the real thing: the same flags as the
 * patch-demo sample, every registered check listed and documented, and a real javac + Error
 * Prone compilation that loads the checks through ServiceLoader as a user's build does.
 */
class RecommendedConfigurationTest {

  private static final Pattern PLUGIN_ARG = Pattern.compile("<arg>(-Xplugin:ErrorProne [^<]*)</arg>");
  private static final Pattern CHECK_FLAG = Pattern.compile("-Xep:([A-Za-z]+):(WARN|ERROR|OFF)");

  @TempDir Path temp;

  private static String pluginArgument(Path file) throws IOException {
    Matcher matcher = PLUGIN_ARG.matcher(Files.readString(file, UTF_8));
    assertThat(matcher.find()).as("-Xplugin:ErrorProne argument in %s", file).isTrue();
    return matcher.group(1);
  }

  private static List<String> registeredChecks() throws IOException {
    Path services = Path.of("target/classes/META-INF/services/"
        + "com.google.errorprone.bugpatterns.BugChecker");
    return Files.readAllLines(services, UTF_8).stream()
        .filter(line -> !line.isBlank())
        .map(name -> name.substring(name.lastIndexOf('.') + 1))
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void readmeAndPatchDemoUseTheSameChecksAndSeverities() throws IOException {
    String readme = pluginArgument(Path.of("README.md"));
    String sample = pluginArgument(Path.of("patch-demo/sample/pom.xml"));
    assertThat(flagsWithoutOptions(sample)).isEqualTo(flagsWithoutOptions(readme));
  }

  private static List<String> flagsWithoutOptions(String argument) {
    return Stream.of(argument.split("\\s+"))
        .filter(flag -> !flag.startsWith("-XepOpt:") && !flag.startsWith("${"))
        .collect(Collectors.toList());
  }

  @Test
  void everyRegisteredCheckIsConfiguredAndDocumented() throws IOException {
    String readme = pluginArgument(Path.of("README.md"));
    List<String> configured = new ArrayList<>();
    Matcher flag = CHECK_FLAG.matcher(readme);
    while (flag.find()) {
      configured.add(flag.group(1));
    }
    List<String> checks = registeredChecks();
    assertThat(checks).hasSize(12);
    assertThat(configured).containsAll(checks);
    for (String check : checks) {
      assertThat(Path.of("docs", check + ".md")).exists();
    }
    assertThat(readme).contains("-Xep:CatchAll:ERROR", "-Xep:NoPlaceholder:ERROR",
        "-Xep:HardcodedSecret:ERROR", "-Xep:WildcardImport:WARN", "-Xep:DefaultCharset:WARN",
        "-Xep:SystemOut:OFF");
  }

  @Test
  void realCompilationLoadsThePluginAndEnforcesTheConfiguration() throws IOException {
    Path source = temp.resolve("demo/Sample.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, String.join("\n",
        "// Copyright (c) 2026 The Plumbline Authors",
        "",
        "package demo;",
        "",
        "import java.util.*;",
        "",
        "/** Sample. */",
        "public final class Sample {",
        "  private Sample() {}",
        "",
        "  /**",
        "   * Decodes.",
        "   *",
        "   * @param bytes the bytes",
        "   * @return the text",
        "   */",
        "  public static List<String> decode(byte[] bytes) {",
        "    System.out.println(\"[INFO] decoding\");",
        "    try {",
        "      return List.of(new String(bytes));",
        "    } catch (Exception e) {",
        "      return List.of();",
        "    }",
        "  }",
        "}",
        ""), UTF_8);
    List<Diagnostic<? extends JavaFileObject>> diagnostics = compile(source);
    List<String> findings = diagnostics.stream()
        .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
        .filter(line -> line.matches("(WARNING|ERROR) \\[[A-Za-z]+\\].*"))
        .map(line -> line.substring(0, line.indexOf(']') + 1))
        .sorted()
        .collect(Collectors.toList());
    assertThat(findings).containsExactly(
        "ERROR [CatchAll]", "WARNING [DefaultCharset]", "WARNING [WildcardImport]");
  }

  /**
   * The rules module cannot run its checks while Maven builds it, so this test compiles its own
   * main sources with the recommended configuration: no finding of a rulebook check is allowed.
   */
  @Test
  void rulesModuleFollowsItsOwnRules() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      sources = files.filter(file -> file.toString().endsWith(".java")).sorted()
          .collect(Collectors.toList());
    }
    List<String> rulebookChecks = new ArrayList<>(registeredChecks());
    rulebookChecks.addAll(List.of("WildcardImport", "DefaultCharset", "IdentifierName"));
    List<String> findings = compile(sources.toArray(new Path[0])).stream()
        .map(d -> d.getKind() + " " + d.getSource().getName() + ":" + d.getLineNumber() + " "
            + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
        .filter(line -> rulebookChecks.stream().anyMatch(check -> line.contains("[" + check + "]")))
        .collect(Collectors.toList());
    assertThat(findings).isEmpty();
  }

  /** Compiles with the README's plugin argument; a compiler or plugin crash fails the test. */
  private List<Diagnostic<? extends JavaFileObject>> compile(Path... sources) throws IOException {
    RealJavac.Result result = RealJavac.compile(temp, pluginArgument(Path.of("README.md"))
        .replace("Your+Company", "The+Plumbline+Authors"), sources);
    assertThat(result.everything())
        .doesNotContain("An unhandled exception was thrown by the Error Prone")
        .doesNotContain("exception has occurred in the compiler");
    return result.diagnostics();
  }
}
