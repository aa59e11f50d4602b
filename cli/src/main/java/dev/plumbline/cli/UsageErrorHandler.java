// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Reports wrong usage as one {@code [ERROR]} line plus where to find help, exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine command = exception.getCommandLine();
    System.err.println("[ERROR] " + exception.getMessage());
    System.err.println("[ERROR] See '" + command.getCommandSpec().qualifiedName() + " --help'.");
    return ExitCodes.USAGE;
  }
}
