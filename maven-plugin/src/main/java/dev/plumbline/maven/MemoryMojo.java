// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the {@code memory-*} goals share: they run once per build (at the top of the reactor) on
 * the project memory, the {@code .claude/} directory of the project root, found the way the
 * processor finds it.
 */
abstract class MemoryMojo extends AbstractMojo {

  private static final String MEMORY_DIRECTORY = ".claude";

  /** The build, to find the reactor's top directory. */
  @Parameter(defaultValue = "${session}", readonly = true)
  private MavenSession session;

  /**
   * The project root, the directory that holds {@code .claude/}. By default the nearest
   * directory, from the top of the reactor upwards, that has {@code .claude/}, else the top of
   * the reactor: so a module built from its own folder uses the project's one memory.
   */
  @Parameter(property = "plumbline.projectRoot")
  private File projectRoot;

  /** Skips the goal ({@code -Dplumbline.skip}). */
  @Parameter(property = "plumbline.skip", defaultValue = "false")
  private boolean skip;

  /** The {@code plumbline memory} sub-command this goal runs. */
  abstract String command();

  /** The sub-command's arguments, without {@code --project}. */
  abstract List<String> arguments();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("[plumbline] memory-" + command() + " skipped (plumbline.skip).");
      return;
    }
    List<String> line = new ArrayList<>(List.of("memory", command()));
    line.addAll(arguments());
    line.add("--project");
    line.add(root().toString());
    CliRun.run("memory-" + command(), line);
  }

  private Path root() {
    if (projectRoot != null) {
      return projectRoot.toPath().toAbsolutePath().normalize();
    }
    Path top = session.getTopLevelProject().getBasedir().toPath().toAbsolutePath().normalize();
    for (Path dir = top; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(MEMORY_DIRECTORY))) {
        return dir;
      }
    }
    return top;
  }
}
