// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code plumbline help [COMMAND...]}: the usage help of any command, however deep
 * ({@code plumbline help memory log}). Picocli's own help command looks at the first name only.
 */
@Command(name = "help", helpCommand = true,
    description = "Print the usage help of a command, e.g. plumbline help memory log.")
final class HelpCommand implements IHelpCommandInitializable2, Runnable {

  @Parameters(paramLabel = "COMMAND", arity = "0..*",
      description = "The command (and sub-commands) to describe.")
  private List<String> names = new ArrayList<>();

  private CommandLine self;
  private PrintWriter out;
  private Help.ColorScheme colors;

  @Override
  public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out,
      PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine command = self.getParent();
    for (String name : names) {
      CommandLine sub = command.getSubcommands().get(name);
      if (sub == null) {
        throw new ParameterException(self, "Unknown command '" + String.join(" ", names)
            + "': '" + name + "' is not a sub-command of '"
            + command.getCommandSpec().qualifiedName() + "'");
      }
      command = sub;
    }
    command.usage(out, colors);
  }
}
