// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.wiring;

import dev.plumbline.cli.CliVersion;
import picocli.CommandLine.Command;

/** {@code plumbline wiring}: the wiring reports the build wrote. */
@Command(
    name = "wiring",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Read the wiring reports (META-INF/plumbline/wiring.json) the build wrote.",
    subcommands = {CheckCommand.class})
public final class WiringCommand implements Runnable {

  @Override
  public void run() {
    System.out.println("[INFO] Usage: plumbline wiring check (plumbline wiring --help for details)");
  }
}
