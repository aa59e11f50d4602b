package dev.plumbline.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line prints UTF-8 whatever the locale: run as {@code java -jar} would run it, in a
 * JVM started under the POSIX locale without any encoding flag, the status mark arrives as the
 * three UTF-8 bytes of '✓', not as '?'.
 */
class Utf8OutputTest {

  @TempDir Path root;

  @Test
  void theStatusMarkIsUtf8UnderThePosixLocale() throws IOException, InterruptedException {
    Path report = root.resolve("app/target/classes/META-INF/plumbline/wiring.json");
    Files.createDirectories(report.getParent());
    Files.writeString(report, "{ \"entryPoint\" : \"app.Main\", \"partial\" : false, \"modules\""
        + " : [ { \"name\" : \"cli\", \"declaration\" : \"app.Main\", \"status\" : \"WIRED\","
        + " \"critical\" : false, \"reachable\" : true } ] }", UTF_8);
    ProcessBuilder builder = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), PlumblineCli.class.getName(),
        "wiring", "check", "-p", root.toString()));
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("LC_") || name.equals("JAVA_TOOL_OPTIONS")
        || name.equals("JDK_JAVA_OPTIONS"));
    environment.put("LANG", "C");
    environment.put("LC_ALL", "C");
    Process cli = builder.redirectErrorStream(true).start();
    byte[] output = cli.getInputStream().readAllBytes();
    assertThat(cli.waitFor(1, TimeUnit.MINUTES)).isTrue();

    assertThat(cli.exitValue()).isZero();
    assertThat(new String(output, UTF_8)).contains("✓ No critical module is unwired (1 report).")
        .doesNotContain("?");
  }
}
