// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.memory;

import dev.plumbline.cli.ExitCodes;
import dev.plumbline.cli.ProjectDirectory;
import dev.plumbline.memory.MemoryFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --project} option every memory command shares, and what a command says when it
 * finds no project memory: where one is (a repository whose memory lives in a sub-project, such
 * as Plumbline's own {@code example-project/}), or how one is made.
 */
public final class ProjectOption {

  private static final int SEARCH_DEPTH = 3;
  private static final int MAX_HINTS = 5;
  private static final Set<String> NOT_SEARCHED =
      Set.of("target", "build", "out", "node_modules", "src");

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  private @Nullable Path project;

  /**
   * Sets the project root; picocli calls this for {@code -p DIR}.
   *
   * @param value the directory as given; it must exist
   */
  @Option(
      names = {"-p", "--project"},
      paramLabel = "DIR",
      description = "Project root (the directory that holds .claude/); it must exist. Default:"
          + " the nearest directory, from the current one upwards, that has a .claude/"
          + " directory; else the current directory.")
  public void setProject(String value) {
    this.project = ProjectDirectory.existing(spec, value);
  }

  /**
   * Returns the project root to work on.
   *
   * @return the given root, or the one found from the current directory
   */
  public Path root() {
    if (project != null) {
      return project;
    }
    Path current = Path.of("").toAbsolutePath();
    for (Path dir = current; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(MemoryFile.DIRECTORY))) {
        return dir;
      }
    }
    return current;
  }

  /**
   * Whether the project root has a {@code .claude/} directory.
   *
   * @return true when there is a project memory to read
   */
  public boolean hasMemory() {
    return Files.isDirectory(root().resolve(MemoryFile.DIRECTORY));
  }

  /**
   * Whether a new memory may be started at the root: always with {@code -p}; without it only
   * when no project memory exists below the current directory, which would be the one meant.
   *
   * @return true when the root is the place for a new {@code .claude/}
   */
  public boolean mayStartMemoryHere() {
    return project != null || hasMemory() || memoriesBelow().isEmpty();
  }

  /**
   * Reports that there is no project memory at the root, with the ones found below it.
   *
   * @param command the sub-command's name, for the suggested command line
   * @return the exit code: {@link ExitCodes#INVALID}
   */
  // The [INFO] lines are the error's own advice: they go to the error's stream, so that a caller
  // who keeps only stderr (or only stdout, for the data) sees the error and its fix together.
  @SuppressWarnings("StatusPrefix")
  public int reportNoMemory(String command) {
    Path root = root();
    System.err.println("[ERROR] No project memory in " + root + ": no " + MemoryFile.DIRECTORY
        + "/ directory there" + (project == null ? " or in any directory above." : "."));
    List<Path> below = memoriesBelow();
    for (Path found : below) {
      String relative = root.relativize(found).toString();
      System.err.println("[INFO] Project memory found in " + relative + "/" + MemoryFile.DIRECTORY
          + ": run plumbline memory " + command + " -p " + relative);
    }
    if (below.isEmpty()) {
      System.err.println("[INFO] A build with the Plumbline processor creates it (see the"
          + " README), or start one with plumbline memory log -p DIR.");
    }
    return ExitCodes.INVALID;
  }

  /** Directories below the root, nearest first, that hold a {@code .claude/} directory. */
  private List<Path> memoriesBelow() {
    List<Path> found = new ArrayList<>();
    Deque<Path> queue = new ArrayDeque<>(List.of(root()));
    while (!queue.isEmpty() && found.size() < MAX_HINTS) {
      Path dir = queue.poll();
      int depth = root().relativize(dir).getNameCount();
      try (Stream<Path> children = Files.list(dir)) {
        for (Path child : children.sorted().toList()) {
          String name = child.getFileName().toString();
          if (!Files.isDirectory(child) || name.startsWith(".") || NOT_SEARCHED.contains(name)) {
            continue;
          }
          if (Files.isDirectory(child.resolve(MemoryFile.DIRECTORY))) {
            found.add(child);
          } else if (depth + 1 < SEARCH_DEPTH) {
            queue.add(child);
          }
        }
      } catch (IOException e) {
        // An unreadable directory holds no memory this user could use: search the others.
        continue;
      }
    }
    return found.size() > MAX_HINTS ? found.subList(0, MAX_HINTS) : found;
  }
}
