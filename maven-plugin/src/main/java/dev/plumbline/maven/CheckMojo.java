// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code plumbline:check}: the CI gate. Reads the wiring report the compilation of this module
 * wrote ({@code META-INF/plumbline/wiring.json} in the class output) and fails the build when a
 * {@code @Critical} module is NOT WIRED; NOT WIRED modules that are not critical are printed as
 * warnings. Declared once in a parent pom, it runs in every module (at {@code verify} by
 * default); {@code mvn plumbline:check} checks the reports of an already built reactor. A module
 * without a report (a pom module, or one compiled without Plumbline) is skipped with one line.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

  /** Where the compilation wrote its reports: the module's class output. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
  private File outputDirectory;

  /** The module's artifactId, for messages. */
  @Parameter(defaultValue = "${project.artifactId}", readonly = true)
  private String artifactId;

  /** The module's packaging: a pom module has no code and no report. */
  @Parameter(defaultValue = "${project.packaging}", readonly = true)
  private String packaging;

  /** Skips the check ({@code -Dplumbline.skip}). */
  @Parameter(property = "plumbline.skip", defaultValue = "false")
  private boolean skip;

  /** Creates the goal; Maven calls this. */
  public CheckMojo() {
    // Maven injects the parameters.
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("[plumbline] check skipped (plumbline.skip).");
      return;
    }
    if (packaging.equals("pom")) {
      getLog().debug("[plumbline] " + artifactId + ": a pom module, nothing to check.");
      return;
    }
    Path report = outputDirectory.toPath().resolve("META-INF/plumbline/wiring.json");
    if (!Files.isRegularFile(report)) {
      getLog().info("[plumbline] " + artifactId + ": no wiring report (" + report
          + "), nothing to check.");
      return;
    }
    CliRun.run("check", List.of("wiring", "check", report.toString()));
  }
}
