package dev.plumbline.processor.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One project, one memory: where the memory goes for a reactor {@code project/} with a module
 * {@code project/core/}, inside a home directory {@code home/} whose {@code .claude/} belongs to
 * an assistant, not to the project.
 */
class ProjectRootLocatorTest {

  @TempDir Path home;
  private Path project;
  private Path module;
  private Optional<Path> moduleOutput;

  @BeforeEach
  void layout() throws IOException {
    Files.createDirectories(home.resolve(".claude"));
    project = Files.createDirectories(home.resolve("work/project"));
    module = Files.createDirectories(project.resolve("core"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.writeString(module.resolve("pom.xml"), "<project/>");
    moduleOutput = Optional.of(Files.createDirectories(module.resolve("target/classes")));
  }

  @Test
  void aFirstBuildPutsTheMemoryAtTheReactorRootNotInTheHomeDirectory() {
    assertThat(ProjectRootLocator.locate(options(), moduleOutput)).contains(project);
  }

  @Test
  void anExistingMemoryAtTheRootIsFoundFromAModule() throws IOException {
    Files.createDirectories(project.resolve(".claude"));

    assertThat(ProjectRootLocator.locate(options(), moduleOutput)).contains(project);
  }

  @Test
  void aModuleNamedAsProjectRootUsesTheMemoryOfTheProjectItBelongsTo() throws IOException {
    // mvn run in core/ without .mvn/: ${maven.multiModuleProjectDirectory} is core/.
    Files.createDirectories(project.resolve(".claude"));

    assertThat(ProjectRootLocator.locate(options(module), moduleOutput)).contains(project);
  }

  @Test
  void aConfiguredRootWithItsOwnMemoryKeepsIt() throws IOException {
    Files.createDirectories(project.resolve(".claude"));
    Files.createDirectories(module.resolve(".claude"));

    assertThat(ProjectRootLocator.locate(options(module), moduleOutput)).contains(module);
  }

  @Test
  void aConfiguredRootOutsideAnyProjectIsTakenAsGiven() throws IOException {
    Path elsewhere = Files.createDirectories(home.resolve("memories/project"));

    assertThat(ProjectRootLocator.locate(options(elsewhere), moduleOutput)).contains(elsewhere);
  }

  @Test
  void gradleBuildFilesMarkTheProjectToo() throws IOException {
    Path gradle = Files.createDirectories(home.resolve("gradle-project/app"));
    Files.writeString(gradle.getParent().resolve("settings.gradle.kts"), "");
    Files.writeString(gradle.resolve("build.gradle.kts"), "");
    Path output = Files.createDirectories(gradle.resolve("build/classes/java/main"));

    assertThat(ProjectRootLocator.locate(options(), Optional.of(output)))
        .contains(gradle.getParent());
  }

  private static MemoryOptions options() {
    return MemoryOptions.parse(Map.of());
  }

  private static MemoryOptions options(Path root) {
    return MemoryOptions.parse(Map.of(MemoryOptions.PROJECT_ROOT, root.toString()));
  }
}
