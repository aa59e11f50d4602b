// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.wiring;

import dev.plumbline.cli.ExitCodes;
import dev.plumbline.cli.ProjectDirectory;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import dev.plumbline.cli.CliVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plumbline wiring check}: the rulebook's {@code verify_integration} as a command for CI
 * and hooks. Exits 1 when a {@code @Critical} module is not wired in any application the build
 * compiled, so a pipeline can gate on it without parsing the compiler's output.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Check the wiring reports of a built project: print every module that is not"
        + " wired and exit 1 if a @Critical one is not. Reports are found under the project's"
        + " target/ directories, or given as arguments.")
final class CheckCommand implements Callable<Integer> {

  /** Where a Maven build leaves the report of each module. */
  static final Path REPORT = Path.of("target", "classes", "META-INF", "plumbline", "wiring.json");

  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of(".git", ".claude", ".mvn", "node_modules", "src");

  @Spec private CommandSpec spec;

  private @Nullable Path project;

  @Parameters(
      paramLabel = "REPORT",
      arity = "0..*",
      description = "wiring.json files to check instead of searching the project.")
  private List<Path> reports = new ArrayList<>();

  /**
   * Sets the project root; picocli calls this for {@code -p DIR}.
   *
   * @param value the directory as given; it must exist
   */
  @Option(
      names = {"-p", "--project"},
      paramLabel = "DIR",
      description = "Project root to search for reports; it must exist. Default: the current"
          + " directory.")
  public void setProject(String value) {
    this.project = ProjectDirectory.existing(spec, value);
  }

  @Override
  public Integer call() {
    List<Path> files;
    try {
      files = reports.isEmpty() ? find(root()) : reports;
    } catch (IOException e) {
      System.err.println("[ERROR] Cannot search " + root() + ": " + e.getMessage());
      return ExitCodes.IO_ERROR;
    }
    if (files.isEmpty()) {
      System.err.println("[ERROR] No wiring report under " + root() + " (looked for */" + REPORT
          + "). Build the project first (mvn compile) with the Plumbline processor or plugin.");
      return ExitCodes.INVALID;
    }
    int exit = ExitCodes.OK;
    int critical = 0;
    for (Path file : files) {
      try {
        critical += check(WiringReport.read(file));
      } catch (WiringReport.InvalidReportException e) {
        System.err.println("[ERROR] " + e.getMessage());
        exit = Math.max(exit, ExitCodes.INVALID);
      } catch (IOException e) {
        System.err.println("[ERROR] Cannot read " + file + ": " + e.getMessage());
        exit = ExitCodes.IO_ERROR;
      }
    }
    if (critical > 0) {
      System.err.println("[ERROR] " + count(critical, "critical module") + " NOT WIRED.");
      return Math.max(exit, ExitCodes.INVALID);
    }
    if (exit == ExitCodes.OK) {
      System.out.println("✓ No critical module is unwired (" + count(files.size(), "report")
          + ").");
    }
    return exit;
  }

  private Path root() {
    return (project == null ? Path.of("") : project).toAbsolutePath().normalize();
  }

  /** Prints the report's findings; returns how many critical modules it found not wired. */
  private static int check(WiringReport report) {
    if (!report.hasVerdict()) {
      String why = report.entryPoint().isEmpty() ? "library compilation (no entry point)"
          : "partial compilation";
      System.out.println("[INFO] " + report.file() + ": " + why + ", "
          + count(report.modules().size(), "module") + ", no verdict.");
      return 0;
    }
    int wired = 0;
    int critical = 0;
    for (WiringReport.Module module : report.modules()) {
      if (module.reachable()) {
        wired++;
      } else if (module.critical()) {
        critical++;
        System.err.println("[ERROR] " + report.file() + ": module '" + module.name() + "' ("
            + module.declaration() + ") is @Critical and NOT WIRED from " + report.entryPoint()
            + (module.criticalReason().isEmpty() ? "" : ". Critical because: "
                + module.criticalReason()) + ".");
      } else {
        System.out.println("[WARN] " + report.file() + ": module '" + module.name() + "' ("
            + module.declaration() + ") is NOT WIRED from " + report.entryPoint() + ".");
      }
    }
    System.out.println("[INFO] " + report.file() + ": entry point " + report.entryPoint() + ", "
        + wired + " of " + count(report.modules().size(), "module") + " wired.");
    return critical;
  }

  /** "1 module", "2 modules". */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static List<Path> find(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        if (!dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Path report = dir.resolve(REPORT);
        if (Files.isRegularFile(report)) {
          found.add(report);
        }
        return dir.getFileName() != null && dir.getFileName().toString().equals("target")
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }
}
