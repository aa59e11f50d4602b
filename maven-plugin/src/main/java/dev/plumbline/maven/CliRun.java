// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.maven;

import dev.plumbline.cli.PlumblineCli;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Runs one {@code plumbline} command in Maven's JVM and turns its exit code into Maven's
 * outcome: the goals print exactly what the command line prints, and fail where it exits
 * non-zero.
 */
final class CliRun {

  private static final int INVALID = 1;
  private static final int USAGE = 2;

  private CliRun() {}

  /**
   * Runs the command.
   *
   * @param goal the goal's name, for the failure message
   * @param arguments the command line, without the leading {@code plumbline}
   * @throws MojoFailureException when the command found a problem in the project (exit 1)
   * @throws MojoExecutionException when the goal was misconfigured or a file could not be read
   *     or written (exit 2 or 3)
   */
  static void run(String goal, List<String> arguments)
      throws MojoFailureException, MojoExecutionException {
    int exit = PlumblineCli.execute(arguments.toArray(String[]::new));
    if (exit == INVALID) {
      throw new MojoFailureException("[plumbline] plumbline:" + goal
          + " failed: see the [ERROR] lines above.");
    }
    if (exit == USAGE) {
      throw new MojoExecutionException("[plumbline] plumbline:" + goal
          + " was given invalid parameters: see the [ERROR] line above.");
    }
    if (exit != 0) {
      throw new MojoExecutionException("[plumbline] plumbline:" + goal + " could not read or"
          + " write a file (exit " + exit + "): see the [ERROR] line above.");
    }
  }
}
