// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.rules;

import picocli.CommandLine.Command;

/** {@code plumbline rules}: the Error Prone checks' pages and the findings baseline. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Explain a Plumbline check, or record the findings baseline.",
    subcommands = {ExplainCommand.class, BaselineCommand.class})
public final class RulesCommand implements Runnable {

  @Override
  public void run() {
    System.out.println("[INFO] Usage: plumbline rules explain [CHECK] | baseline"
        + " (plumbline rules --help for details)");
  }
}
