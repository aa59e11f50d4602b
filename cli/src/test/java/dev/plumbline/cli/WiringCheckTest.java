package dev.plumbline.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code plumbline wiring check} on real report files in a project tree. */
class WiringCheckTest {

  @TempDir Path root;

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  /** A report in the format the processor writes (fields it does not need left out). */
  private static String report(String entryPoint, boolean partial, String... modules) {
    return "{\n  \"entryPoint\" : \"" + entryPoint + "\",\n  \"library\" : \"x\",\n"
        + "  \"partial\" : " + partial + ",\n  \"partialReasons\" : [ ],\n  \"modules\" : [ "
        + String.join(", ", modules) + " ],\n  \"summary\" : { }\n}\n";
  }

  private static String module(
      String name, String declaration, String status, boolean critical, String reason,
      boolean reachable) {
    return "{ \"name\" : \"" + name + "\", \"description\" : \"\", \"status\" : \"" + status
        + "\", \"critical\" : " + critical + ", \"criticalReason\" : \"" + reason
        + "\", \"origin\" : \"source\", \"declaration\" : \"" + declaration
        + "\", \"reachable\" : " + reachable + " }";
  }

  private Path write(String module, String json) throws IOException {
    Path file = root.resolve(module).resolve("target/classes/META-INF/plumbline/wiring.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, UTF_8);
    return file;
  }

  @Test
  void anUnwiredCriticalModuleFailsTheCheckNamingModuleReportAndReason() throws IOException {
    Path app = write("app", report("app.Main", false,
        module("cli", "app.Main", "WIRED", false, "", true),
        module("store", "store.Store", "NOT_WIRED", true, "holds the results", false),
        module("report", "extras.Report", "NOT_WIRED", false, "", false)));
    Path library = write("library", report("", false,
        module("text", "lib.Text", "UNVERIFIED", true, "", false)));

    int exit = PlumblineCli.execute("wiring", "check", "-p", root.toString());

    assertThat(exit).isEqualTo(ExitCodes.INVALID);
    assertThat(console.err()).isEqualTo(
        "[ERROR] " + app + ": module 'store' (store.Store) is @Critical and NOT WIRED from"
            + " app.Main. Critical because: holds the results.\n"
            + "[ERROR] 1 critical module NOT WIRED.\n");
    assertThat(console.out()).isEqualTo(
        "[WARN] " + app + ": module 'report' (extras.Report) is NOT WIRED from app.Main.\n"
            + "[INFO] " + app + ": entry point app.Main, 1 of 3 modules wired.\n"
            + "[INFO] " + library + ": library compilation (no entry point), 1 module, no"
            + " verdict.\n");
  }

  @Test
  void aProgramWhoseCriticalModulesAreWiredPassesWithWarningsForTheOthers() throws IOException {
    Path app = write("app", report("app.Main", false,
        module("store", "store.Store", "WIRED", true, "", true),
        module("stemmer", "app.Stemmer", "NOT_WIRED", false, "", false)));

    int exit = PlumblineCli.execute("wiring", "check", "-p", root.toString());

    assertThat(exit).isEqualTo(ExitCodes.OK);
    assertThat(console.err()).isEmpty();
    assertThat(console.out()).isEqualTo(
        "[WARN] " + app + ": module 'stemmer' (app.Stemmer) is NOT WIRED from app.Main.\n"
            + "[INFO] " + app + ": entry point app.Main, 1 of 2 modules wired.\n"
            + "✓ No critical module is unwired (1 report).\n");
  }

  @Test
  void aPartialReportConcludesNothing() throws IOException {
    Path app = write("app", report("app.Main", true,
        module("store", "store.Store", "UNVERIFIED", true, "", false)));

    int exit = PlumblineCli.execute("wiring", "check", app.toString());

    assertThat(exit).isEqualTo(ExitCodes.OK);
    assertThat(console.out()).startsWith(
        "[INFO] " + app + ": partial compilation, 1 module, no verdict.\n");
  }

  @Test
  void noReportIsAnErrorThatSaysToBuildFirst() {
    int exit = PlumblineCli.execute("wiring", "check", "-p", root.toString());

    assertThat(exit).isEqualTo(ExitCodes.INVALID);
    assertThat(console.err()).isEqualTo(
        "[ERROR] No wiring report under " + root.toAbsolutePath().normalize() + " (looked for */"
            + Path.of("target/classes/META-INF/plumbline/wiring.json") + "). Build the project"
            + " first (mvn compile) with the Plumbline processor or plugin.\n");
  }

  @Test
  void aCorruptReportIsNamedWithLineAndColumnAndTheOthersAreStillChecked() throws IOException {
    Path broken = write("a", "{\n  \"entryPoint\" : \"app.Main\",\n  \"modules\" : [ oops ]\n}\n");
    Path app = write("b", report("app.Main", false,
        module("store", "store.Store", "WIRED", true, "", true)));

    int exit = PlumblineCli.execute("wiring", "check", "-p", root.toString());

    assertThat(exit).isEqualTo(ExitCodes.INVALID);
    assertThat(console.err())
        .startsWith("[ERROR] " + broken + ": not valid JSON at line 3, column 17: ")
        .endsWith(". Rebuild the module to write a fresh report.\n");
    assertThat(console.out())
        .isEqualTo("[INFO] " + app + ": entry point app.Main, 1 of 1 module wired.\n");
  }

  @Test
  void aReportThatIsNotAWiringReportIsNamed() throws IOException {
    Path other = write("a", "{ \"version\" : \"2.1.0\" }");

    int exit = PlumblineCli.execute("wiring", "check", other.toString());

    assertThat(exit).isEqualTo(ExitCodes.INVALID);
    assertThat(console.err()).isEqualTo(
        "[ERROR] " + other + ": not a Plumbline wiring report (no 'entryPoint' and 'modules')."
            + " Rebuild the module to write a fresh report.\n");
  }

  @Test
  void aMissingReportFileIsAnInputOutputError() {
    Path missing = root.resolve("nowhere/wiring.json");

    int exit = PlumblineCli.execute("wiring", "check", missing.toString());

    assertThat(exit).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(console.err()).startsWith("[ERROR] Cannot read " + missing + ": ");
  }
}
