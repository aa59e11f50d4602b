// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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

  // Set by init(), which picocli calls before run().
  private @Nullable CommandLine self;
  private @Nullable PrintWriter out;
  private Help.@Nullable ColorScheme colors;

  @Override
  public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out,
      PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine helpLine = Objects.requireNonNull(self, "picocli calls init() before run()");
    CommandLine command = helpLine.getParent();
    for (String name : names) {
      CommandLine sub = command.getSubcommands().get(name);
      if (sub == null) {
        throw new ParameterException(helpLine, "Unknown command '" + String.join(" ", names)
            + "': '" + name + "' is not a sub-command of '"
            + command.getCommandSpec().qualifiedName() + "'");
      }
      command = sub;
    }
    command.usage(Objects.requireNonNull(out, "picocli calls init() before run()"),
        Objects.requireNonNull(colors, "picocli calls init() before run()"));
  }
}
