package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Issue #17's reproductions (points 1, 2, 5, 6, 8) and #16's newcomer points, command by command. */
class CliReliabilityTest {

  private static final String ENTRY = "{\"date\": \"2026-11-20\", \"time\": \"10:00\","
      + " \"requested\": \"r\", \"executed\": \"e\", \"files_touched\": [], \"status\":"
      + " \"success\", \"notes\": \"\"}";

  @TempDir Path root;

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  private Path log() throws Exception {
    return Files.createDirectories(root.resolve(".claude")).resolve("project_log.json");
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(file)));
  }

  private int run(String... args) {
    return PlumblineCli.execute(args);
  }

  private void writeEncoded(Path file, String charset, byte... bom) throws Exception {
    byte[] body = ("[" + ENTRY + "]").getBytes(Charset.forName(charset));
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    Files.write(file, all);
  }

  @Test
  void aUtf16BeLogIsRefusedByValidateAndLogAndStaysByteIdentical() throws Exception {
    Path log = log();
    writeEncoded(log, "UTF-16BE", (byte) 0xFE, (byte) 0xFF);
    String before = sha256(log);

    assertThat(run("memory", "validate", "-p", root.toString())).isEqualTo(ExitCodes.INVALID);
    assertThat(run("memory", "log", "-p", root.toString(), "-r", "r", "-e", "e"))
        .isEqualTo(ExitCodes.INVALID);
    assertThat(run("memory", "validate", "-p", root.toString())).isEqualTo(ExitCodes.INVALID);

    assertThat(sha256(log)).isEqualTo(before);
    assertThat(console.err().split("\n")).hasSize(3).allSatisfy(line -> assertThat(line)
        .startsWith("[ERROR] " + log + ": is encoded as UTF-16BE (byte order mark FE FF), not"
            + " UTF-8. Nothing was written"));
    assertThat(console.out()).doesNotContain("✓");
  }

  @Test
  void utf16LeAndUtf32LogsGetAClearErrorNotAStackTrace() throws Exception {
    Path log = log();
    for (String[] encoding : new String[][] {{"UTF-16LE", "FF FE"}, {"UTF-32LE", "FF FE 00 00"}}) {
      byte[] bom = encoding[0].equals("UTF-16LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE}
          : new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
      writeEncoded(log, encoding[0], bom);
      String before = sha256(log);

      assertThat(run("memory", "log", "-p", root.toString(), "-r", "r", "-e", "e"))
          .isEqualTo(ExitCodes.INVALID);

      assertThat(sha256(log)).isEqualTo(before);
      assertThat(console.err()).contains("[ERROR] " + log + ": is encoded as " + encoding[0]
          + " (byte order mark " + encoding[1] + "), not UTF-8.");
    }
    assertThat(console.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void anImpossibleDateStopsTheAppendBeforeAnythingIsWritten() throws Exception {
    Path log = log();
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < 201; i++) {
      json.append(i == 0 ? "" : ",\n").append(i == 100 ? ENTRY.replace("2026-11-20", "2026-02-30")
          : ENTRY.replace("2026-11-20", "2026-01-01"));
    }
    Files.writeString(log, json.append("\n]\n"));
    String before = sha256(log);

    assertThat(run("memory", "log", "-p", root.toString(), "-r", "r", "-e", "e"))
        .isEqualTo(ExitCodes.INVALID);

    assertThat(console.err()).startsWith("[ERROR] " + log + ":102:10: breaks its schema at"
        + " /100/date: '2026-02-30' is not a calendar date (YYYY-MM-DD).");
    assertThat(sha256(log)).isEqualTo(before);
    assertThat(root.resolve(".claude/project_log_archive.json")).doesNotExist();
  }

  @Test
  void showEscapesStoredControlCharactersSoNoLineCanBeForged() throws Exception {
    assertThat(run("memory", "log", "-p", root.toString(), "-r", "r", "-e",
        "real\n[INFO]   2020-01-01 00:00 success: FORGED entry")).isZero();
    assertThat(run("memory", "log", "-p", root.toString(), "-r", "r", "-e",
        "red \u001b[31mtext\u001b[0m, title \u001b]0;owned\u0007, bidi \u202eevil")).isZero();

    assertThat(run("memory", "show", "-p", root.toString())).isZero();

    String out = console.out();
    assertThat(out).doesNotContain("\u001b", "\u0007", "\u202e")
        .contains("success: real\\n[INFO]   2020-01-01 00:00 success: FORGED entry\n")
        .contains("success: red \\u001b[31mtext\\u001b[0m, title \\u001b]0;owned\\u0007, bidi"
            + " \\u202eevil\n");
    assertThat(out.lines().filter(line -> line.contains("FORGED"))).hasSize(2);
    assertThat(out.lines().filter(line -> line.startsWith("[INFO]   2020-01-01"))).isEmpty();
  }

  @Test
  void anArgumentStartingWithAtIsStoredAsTextNotReadAsAFile() throws Exception {
    Path notes = root.resolve("notes.txt");
    Files.writeString(notes, "secret content of the file");

    assertThat(run("memory", "log", "-p", root.toString(), "-r", "r", "-e", "@" + notes,
        "-n", "@notes.txt")).isZero();

    String log = Files.readString(root.resolve(".claude/project_log.json"));
    assertThat(log).contains("\"executed\": \"@" + notes + "\"", "\"notes\": \"@notes.txt\"")
        .doesNotContain("secret");
  }

  @Test
  void versionNamesTheCommandLineOnEveryCommand() {
    for (String[] args : List.of(new String[] {"--version"}, new String[] {"memory", "--version"},
        new String[] {"memory", "log", "-V"}, new String[] {"wiring", "check", "--version"})) {
      assertThat(run(args)).isZero();
    }
    assertThat(console.out()).matches(
        "(\\[INFO\\] plumbline [0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?\\n){4}");
  }

  @Test
  void helpShowsTheHelpOfTheCommandNamedAtAnyDepth() {
    assertThat(run("help", "memory", "log")).isZero();
    assertThat(console.out()).startsWith("Usage: plumbline memory log ")
        .contains("--requested=TEXT", "--executed=TEXT");

    assertThat(run("help", "memory", "lgo")).isEqualTo(ExitCodes.USAGE);
    assertThat(console.err()).startsWith("[ERROR] Unknown command 'memory lgo': 'lgo' is not a"
        + " sub-command of 'plumbline memory'");
  }

  @Test
  void aNegativeLastIsWrongUsage() throws Exception {
    assertThat(run("memory", "show", "-p", root.toString(), "--last", "-3"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(console.err()).startsWith("[ERROR] Invalid value for option '--last': -3 (it must"
        + " be 0 or more)\n[ERROR] See 'plumbline memory show --help'.");
  }

  @Test
  void aMistypedProjectDirectoryIsWrongUsageForEveryCommandAndCreatesNothing() {
    Path missing = root.resolve("no/such/dir");
    List<List<String>> commands = List.of(List.of("memory", "show"), List.of("memory", "archive"),
        List.of("memory", "validate"), List.of("memory", "log", "-r", "r", "-e", "e"),
        List.of("wiring", "check"));
    for (List<String> command : commands) {
      console.reset();
      String[] args = new String[command.size() + 2];
      command.toArray(args);
      args[command.size()] = "-p";
      args[command.size() + 1] = missing.toString();

      assertThat(run(args)).as(String.join(" ", command)).isEqualTo(ExitCodes.USAGE);
      assertThat(console.err()).startsWith("[ERROR] Invalid value for option '--project': "
          + missing + " does not exist\n[ERROR] See 'plumbline " + command.get(0) + " "
          + command.get(1) + " --help'.");
    }
    assertThat(root.resolve("no")).doesNotExist();
  }

  @Test
  void withoutAMemoryHereTheCommandsSayWhereOneIs() throws Exception {
    Path example = Files.createDirectories(root.resolve("example-project"));
    new MemoryStore(example).update(new StructureSnapshot(List.of(new ModuleSnapshot("core",
        ModuleStatus.ACTIVE, IntegrationLevel.EXISTS, false, List.of(), List.of("C.java"),
        Map.of(), null)), false), null);

    for (String command : List.of("show", "validate", "archive")) {
      console.reset();
      assertThat(run("memory", command, "-p", root.toString())).isEqualTo(ExitCodes.INVALID);
      assertThat(console.err()).isEqualTo("[ERROR] No project memory in " + root + ": no"
          + " .claude/ directory there.\n[INFO] Project memory found in example-project/.claude:"
          + " run plumbline memory " + command + " -p example-project\n");
    }
  }

  /** Runs the command line in a JVM of its own whose current directory is {@code directory}. */
  private static String[] runIn(Path directory, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp",
        System.getProperty("java.class.path"), PlumblineCli.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new String[] {String.valueOf(process.waitFor()), output};
  }

  @Test
  void atARepositoryRootWhoseMemoryIsInASubProjectTheCommandsPointThere() throws Exception {
    Path example = Files.createDirectories(root.resolve("example-project"));
    new MemoryStore(example).update(new StructureSnapshot(List.of(new ModuleSnapshot("core",
        ModuleStatus.ACTIVE, IntegrationLevel.EXISTS, false, List.of(), List.of("C.java"),
        Map.of(), null)), false), null);

    String[] show = runIn(root, "memory", "show");
    String[] log = runIn(root, "memory", "log", "-r", "r", "-e", "e");

    assertThat(show[0]).isEqualTo("1");
    assertThat(show[1]).isEqualTo("[ERROR] No project memory in " + root.toRealPath() + ": no"
        + " .claude/ directory there or in any directory above.\n[INFO] Project memory found in"
        + " example-project/.claude: run plumbline memory show -p example-project\n");
    assertThat(log[0]).isEqualTo("1");
    assertThat(log[1]).endsWith("run plumbline memory log -p example-project\n[INFO] Or pass -p ."
        + " to start a new project memory in " + root.toRealPath() + ". Nothing was written.\n");
    assertThat(root.resolve(".claude")).doesNotExist();
  }

  @Test
  void aFileThatIsADirectoryIsNamedInTheError() throws Exception {
    Files.createDirectories(log());

    assertThat(run("memory", "log", "-p", root.toString(), "-r", "r", "-e", "e"))
        .isEqualTo(ExitCodes.IO_ERROR);
    assertThat(console.err()).isEqualTo("[ERROR] cannot read " + log() + ": Is a directory."
        + " Nothing was written by this command.\n");
  }

  @Test
  void showPrintsUtf8TextUnchanged() throws Exception {
    assertThat(run("memory", "log", "-p", root.toString(), "-r", "r", "-e",
        "Ärger über Öl ✓ 𝄞")).isZero();
    assertThat(run("memory", "show", "-p", root.toString())).isZero();
    assertThat(console.out()).contains("success: Ärger über Öl ✓ 𝄞\n");
    assertThat(new String(Files.readAllBytes(log()), StandardCharsets.UTF_8))
        .contains("Ärger über Öl ✓ 𝄞");
  }
}
