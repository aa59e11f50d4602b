// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.plumbline.cli.mcp.McpCommand;
import dev.plumbline.cli.memory.MemoryCommand;
import dev.plumbline.cli.rules.RulesCommand;
import dev.plumbline.cli.verify.VerifyCommand;
import dev.plumbline.cli.wiring.WiringCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code plumbline} command: the entry point of the command line. */
@Command(
    name = "plumbline",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Plumbline: the team rulebook, enforced by the build.",
    subcommands = {
      MemoryCommand.class, WiringCommand.class, VerifyCommand.class, RulesCommand.class,
      McpCommand.class, HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:a memory file or wiring report is invalid, an entry is refused, or a @Critical module is"
          + " NOT WIRED (the message says which and where)",
      "2:wrong usage (unknown command or option, missing value)",
      "3:a file could not be read or written"
    })
public final class PlumblineCli implements Runnable {

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    // UTF-8 whatever the locale: under a POSIX locale the JVM would print '?' for the status
    // mark (JDK 17 follows file.encoding, later JDKs stdout.encoding, both from the locale).
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8));
    System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8));
    System.exit(execute(args));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the command-line arguments
   * @return the exit code (see {@link ExitCodes})
   */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new PlumblineCli());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    // "-e @notes.txt" is text to store, not a file to read: picocli's argument files are off.
    commandLine.setExpandAtFiles(false);
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    System.out.println("[INFO] Usage: plumbline memory show | log | archive | validate | digest |"
        + " check-docs | concept, plumbline wiring check, plumbline verify, plumbline rules"
        + " explain | baseline, plumbline mcp (plumbline --help for details)");
  }
}
