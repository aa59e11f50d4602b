package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad {@code -XepOpt:Plumbline:...} value, compiled the way a user's build compiles (real javac,
 * the plugin found by ServiceLoader): one ordinary {@code error:} diagnostic that names the flag,
 * the value and what is accepted, and no compiler crash, whichever check is enabled.
 */
class OptionErrorsTest {

  private static final String CRASH = "exception has occurred in the compiler";

  @TempDir Path temp;
  private Path source;

  @BeforeEach
  void cleanSource() throws IOException {
    source = RealJavac.write(temp, "demo/Clean.java",
        "// Copyright (c) 2026 The Plumbline Authors",
        "package demo;",
        "/** Clean. */",
        "public final class Clean {",
        "  private Clean() {}",
        "}");
  }

  private RealJavac.Result compile(String flags) throws IOException {
    return RealJavac.compile(temp, "-Xplugin:ErrorProne " + flags, source);
  }

  /** The diagnostics of the compilation, each as {@code KIND message}; the error has no file. */
  private static List<String> diagnostics(RealJavac.Result result) {
    return result.diagnostics().stream()
        .map(d -> d.getKind() + (d.getSource() == null ? " " : " in a file: ")
            + d.getMessage(java.util.Locale.ROOT))
        .collect(Collectors.toList());
  }

  private static void assertSingleError(RealJavac.Result result, String message) {
    assertThat(result.everything()).doesNotContain(CRASH).doesNotContain("ProvisionException")
        .doesNotContain("An unhandled exception was thrown by the Error Prone");
    assertThat(result.success()).isFalse();
    assertThat(diagnostics(result)).containsExactly(Diagnostic.Kind.ERROR + " " + message);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "MemberNaming|CAMEL|Invalid -XepOpt:Plumbline:MemberNaming=CAMEL: accepted values are JAVA"
          + " or SNAKE",
      "CopyrightYears|26|Invalid -XepOpt:Plumbline:CopyrightYears=26: accepted values are a year"
          + " (2026) or an increasing range (2024-2026)",
      "SecretPatterns|[unclosed|Invalid -XepOpt:Plumbline:SecretPatterns=[unclosed: accepted"
          + " values are comma-separated Java regular expressions; '[unclosed' does not compile:"
          + " Unclosed character class",
      "CopyrightHolder|%zz|Invalid -XepOpt:Plumbline:CopyrightHolder=%zz: accepted values are a"
          + " URL-encoded name such as The+Plumbline+Authors",
      "AllowedBaseClasses|java.lang.Thread,9lives|Invalid"
          + " -XepOpt:Plumbline:AllowedBaseClasses=java.lang.Thread,9lives: accepted values are"
          + " comma-separated fully qualified class names (e.g. javax.swing.JPanel); '9lives' is"
          + " not one",
      "StatusPrefixes|OK,,FAIL|Invalid -XepOpt:Plumbline:StatusPrefixes=OK,,FAIL: accepted values"
          + " are comma-separated status prefixes without empty entries, such as [ERROR],[WARN]",
      "MemberNamin|SNAKE|Unknown option -XepOpt:Plumbline:MemberNamin=SNAKE: accepted options are"
          + " -XepOpt:Plumbline:CopyrightHolder, -XepOpt:Plumbline:CopyrightYears,"
          + " -XepOpt:Plumbline:MemberNaming, -XepOpt:Plumbline:SecretPatterns,"
          + " -XepOpt:Plumbline:AllowedBaseClasses, -XepOpt:Plumbline:StatusPrefixes,"
          + " -XepOpt:Plumbline:StderrPrefixes, -XepOpt:Plumbline:DocsUrl,"
          + " -XepOpt:Plumbline:Baseline, -XepOpt:Plumbline:BaselineRecord,"
          + " -XepOpt:Plumbline:Sarif, -XepOpt:Plumbline:ProjectRoot; did you mean"
          + " -XepOpt:Plumbline:MemberNaming?",
      "DocsUrl|docs/rules|Invalid -XepOpt:Plumbline:DocsUrl=docs/rules: accepted values are an"
          + " absolute URL such as https://example.com/plumbline/rules/ (a {check} in it is"
          + " replaced by the check's name)",
      "BaselineRecord|yes|Invalid -XepOpt:Plumbline:BaselineRecord=yes: accepted values are true"
          + " or false",
  })
  void eachBadValueIsOneErrorWithAllChecksOn(String key, String value, String message)
      throws IOException {
    assertSingleError(compile("-XepOpt:Plumbline:" + key + "=" + value), message);
  }

  static List<String> plumblineChecks() {
    TreeSet<String> names = new TreeSet<>();
    ServiceLoader.load(com.google.errorprone.bugpatterns.BugChecker.class).forEach(check -> {
      if (check.getClass().getName().startsWith("dev.plumbline.")) {
        names.add(check.canonicalName());
      }
    });
    return List.copyOf(names);
  }

  @ParameterizedTest
  @MethodSource("plumblineChecks")
  void everyCheckReportsTheSameErrorWhenItIsTheOnlyOneOn(String check) throws IOException {
    assertSingleError(
        compile("-XepDisableAllChecks -Xep:" + check + ":WARN -XepOpt:Plumbline:MemberNaming=CAMEL"),
        "Invalid -XepOpt:Plumbline:MemberNaming=CAMEL: accepted values are JAVA or SNAKE");
  }

  @org.junit.jupiter.api.Test
  void twoBadFlagsAreTwoErrorsAndTheGoodConfigurationCompiles() throws IOException {
    RealJavac.Result twoBad = compile(
        "-XepOpt:Plumbline:MemberNaming=CAMEL -XepOpt:Plumbline:CopyrightYears=26");
    assertThat(twoBad.everything()).doesNotContain(CRASH);
    assertThat(diagnostics(twoBad)).hasSize(2).allMatch(line -> line.startsWith("ERROR Invalid"));

    RealJavac.Result good = compile("-XepOpt:Plumbline:MemberNaming=SNAKE");
    assertThat(good.success()).isTrue();
    assertThat(diagnostics(good)).isEmpty();
  }
}
