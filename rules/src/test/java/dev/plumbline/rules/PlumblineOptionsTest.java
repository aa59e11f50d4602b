package dev.plumbline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.ErrorProneFlags;
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
  void rejectsBadValuesNamingTheFlagAndTheAcceptedValues() {
    assertThatThrownBy(() -> parse("Plumbline:MemberNaming", "camel"))
        .isInstanceOf(InvalidPlumblineOptionException.class)
        .hasMessage("[ERROR] Invalid -XepOpt:Plumbline:MemberNaming=camel:"
            + " accepted values are JAVA or SNAKE");
    assertThatThrownBy(() -> parse("Plumbline:CopyrightYears", "2026-2024"))
        .hasMessage("[ERROR] Invalid -XepOpt:Plumbline:CopyrightYears=2026-2024:"
            + " accepted values are a year (2026) or an increasing range (2024-2026)");
    assertThatThrownBy(() -> parse("Plumbline:CopyrightHolder", "%"))
        .hasMessageContaining("-XepOpt:Plumbline:CopyrightHolder=%")
        .hasMessageContaining("URL-encoded name");
    assertThatThrownBy(() -> parse("Plumbline:SecretPatterns", "ok,[unclosed"))
        .hasMessageContaining("-XepOpt:Plumbline:SecretPatterns=ok,[unclosed")
        .hasMessageContaining("'[unclosed' does not compile");
    assertThatThrownBy(() -> parse("Plumbline:AllowedBaseClasses", "java.lang.Thread,9lives"))
        .hasMessageContaining("'9lives' is not one");
    assertThatThrownBy(() -> parse("Plumbline:StatusPrefixes", "OK,,FAIL"))
        .hasMessageContaining("without empty entries");
  }

  @Test
  void rejectsUnknownPlumblineFlagsButIgnoresOtherChecksFlags() {
    assertThatThrownBy(() -> parse("Plumbline:StatusPrefix", "OK"))
        .hasMessageContaining("-XepOpt:Plumbline:StatusPrefix=OK")
        .hasMessageContaining("unknown flag; known flags are");
    assertThat(parse("SomeOtherCheck:Option", "x").memberNaming())
        .isEqualTo(MemberNamingStyle.JAVA);
  }

  @Test
  void aBadFlagStopsTheCompilationWithTheMessage() {
    CompilationTestHelper helper = CompilationTestHelper.newInstance(StatusPrefix.class, getClass())
        .setArgs("-XepOpt:Plumbline:StderrPrefixes=")
        .addSourceLines("A.java", "class A {}");
    assertThatThrownBy(helper::doTest)
        .hasStackTraceContaining("[ERROR] Invalid -XepOpt:Plumbline:StderrPrefixes=");
  }
}
