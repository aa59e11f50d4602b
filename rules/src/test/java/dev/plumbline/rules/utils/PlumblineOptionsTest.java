package dev.plumbline.rules.utils;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.errorprone.ErrorProneFlags;
import dev.plumbline.rules.bugpatterns.StatusPrefix;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlumblineOptionsTest {

  private static PlumblineOptions parse(String key, String value) {
    return PlumblineOptions.from(ErrorProneFlags.fromMap(Map.of(key, value)));
  }

  @Test
  void defaultsFollowTheRulebook() {
    PlumblineOptions options = PlumblineOptions.defaults();
    assertThat(options.copyrightHolder()).isEmpty();
    assertThat(options.copyrightYears()).isEmpty();
    assertThat(options.memberNaming()).isEqualTo(MemberNamingStyle.JAVA);
    assertThat(options.extraSecretPatterns()).isEmpty();
    assertThat(options.allowedBaseClasses()).isEmpty();
    assertThat(options.statusPrefixes()).containsExactly("✓", "[HF]", "[WARN]", "[ERROR]", "[INFO]");
    assertThat(options.stderrPrefixes()).containsExactly("[ERROR]", "[WARN]");
  }

  @Test
  void readsEveryOption() {
    PlumblineOptions options = PlumblineOptions.from(ErrorProneFlags.fromMap(Map.of(
        "Plumbline:CopyrightHolder", "The+Plumbline%20Authors",
        "Plumbline:CopyrightYears", "2024-2026",
        "Plumbline:MemberNaming", "snake",
        "Plumbline:SecretPatterns", "acme_[0-9a-f]{16,32},corp-(a|b)",
        "Plumbline:AllowedBaseClasses", "javax.swing.JPanel, java.lang.Thread",
        "Plumbline:StatusPrefixes", "OK,FAIL",
        "Plumbline:StderrPrefixes", "FAIL")));
    assertThat(options.copyrightHolder()).contains("The Plumbline Authors");
    assertThat(options.copyrightYears()).contains("2024-2026");
    assertThat(options.memberNaming()).isEqualTo(MemberNamingStyle.SNAKE);
    assertThat(options.extraSecretPatterns()).extracting(Pattern::pattern)
        .containsExactly("acme_[0-9a-f]{16,32}", "corp-(a|b)");
    assertThat(options.allowedBaseClasses()).containsExactly("javax.swing.JPanel", "java.lang.Thread");
    assertThat(options.statusPrefixes()).containsExactly("OK", "FAIL");
    assertThat(options.stderrPrefixes()).containsExactly("FAIL");
  }

  @Test
  void badValuesBecomeProblemsNamingTheFlagTheValueAndTheAcceptedValues() {
    assertThat(parse("Plumbline:MemberNaming", "CAMEL").problems()).containsExactly(
        "Invalid -XepOpt:Plumbline:MemberNaming=CAMEL: accepted values are JAVA or SNAKE");
    assertThat(parse("Plumbline:MemberNaming", "CAMEL").memberNaming())
        .isEqualTo(MemberNamingStyle.JAVA);
    assertThat(parse("Plumbline:CopyrightYears", "2026-2024").problems()).containsExactly(
        "Invalid -XepOpt:Plumbline:CopyrightYears=2026-2024:"
            + " accepted values are a year (2026) or an increasing range (2024-2026)");
    assertThat(parse("Plumbline:CopyrightHolder", "%").problems()).singleElement()
        .asString().contains("-XepOpt:Plumbline:CopyrightHolder=%", "URL-encoded name");
    assertThat(parse("Plumbline:SecretPatterns", "ok,[unclosed").problems()).singleElement()
        .asString().contains("-XepOpt:Plumbline:SecretPatterns=ok,[unclosed",
            "'[unclosed' does not compile");
    assertThat(parse("Plumbline:AllowedBaseClasses", "java.lang.Thread,9lives").problems())
        .singleElement().asString().contains("'9lives' is not one");
    assertThat(parse("Plumbline:StatusPrefixes", "OK,,FAIL").problems()).singleElement()
        .asString().contains("without empty entries");
  }

  @Test
  void everyBadFlagIsAProblemOfItsOwn() {
    PlumblineOptions options = PlumblineOptions.from(ErrorProneFlags.fromMap(Map.of(
        "Plumbline:MemberNaming", "CAMEL", "Plumbline:CopyrightYears", "26")));
    assertThat(options.problems()).hasSize(2);
  }

  @Test
  void unknownPlumblineFlagsNameTheKnownOnesAndTheLikelyOneButOtherChecksFlagsAreIgnored() {
    assertThat(parse("Plumbline:StatusPrefix", "OK").problems()).singleElement().asString()
        .startsWith("Unknown option -XepOpt:Plumbline:StatusPrefix=OK: accepted options are"
            + " -XepOpt:Plumbline:CopyrightHolder, ")
        .endsWith("; did you mean -XepOpt:Plumbline:StatusPrefixes?");
    assertThat(parse("Plumbline:Colour", "red").problems()).singleElement().asString()
        .doesNotContain("did you mean");
    assertThat(parse("SomeOtherCheck:Option", "x").problems()).isEmpty();
  }
}
