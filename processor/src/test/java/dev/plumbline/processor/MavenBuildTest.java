package dev.plumbline.processor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.annotations.Module;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a real, offline Maven build of a small project whose {@code @Critical} module is not wired,
 * and checks that the build fails with the error on that module's declaration.
 *
 * <p>The reactor's own jars are not in the local repository during {@code mvn verify}, so the
 * project gets the processor through {@code -processorpath} (this module's classes and its
 * dependencies) and the annotations as a system-scope jar built here; everything else (the
 * compiler and resources plugins) comes from the local repository the outer build uses.
 */
class MavenBuildTest {

  /** JVM options of the short Maven runs below. */
  static final String SHORT_BUILD_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

  @TempDir Path project;

  /** How the generated project runs the verifier. */
  enum Mode {
    /** The annotation processor, found on the processor path. */
    PROCESSOR,
    /**
     * {@code -Xplugin:Plumbline} with {@code <proc>none</proc>}, and the JVM options it needs in
     * {@code .mvn/jvm.config}, as the README tells users to set it up.
     */
    PLUGIN
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aMavenBuildFailsOnAnUnwiredCriticalModuleWithTheErrorAtItsDeclaration(Mode mode)
      throws IOException, InterruptedException {
    Path annotationsJar = jarOf(WiringCompiler.locationOf(Module.class).toPath(), project);
    write("pom.xml", pom(processorPath(), mode));
    if (mode == Mode.PLUGIN) {
      write(
          ".mvn/jvm.config",
          "--add-exports jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
          "--add-exports jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED");
    }
    write(
        "src/main/java/it/app/Main.java",
        "package it.app;",
        "",
        "@dev.plumbline.annotations.EntryPoint",
        "public class Main {",
        "  public static void main(String[] args) {}",
        "}");
    write(
        "src/main/java/it/store/Store.java",
        "package it.store;",
        "",
        "import dev.plumbline.annotations.Critical;",
        "import dev.plumbline.annotations.Module;",
        "",
        "@Module(name = \"store\")",
        "@Critical(\"results are lost without it\")",
        "public class Store {}");

    ProcessBuilder build =
        new ProcessBuilder(
                mavenCommand(),
                "-B",
                "-o",
                "-Dmaven.repo.local="
                    + System.getProperty(
                        "maven.repo.local", System.getProperty("user.home") + "/.m2/repository"),
                "-Dplumbline.annotationsJar=" + annotationsJar.toAbsolutePath(),
                "compile")
            .directory(project.toFile())
            .redirectErrorStream(true);
    // A Maven run that compiles two classes: C1 alone and the serial collector finish it sooner.
    build.environment().merge("MAVEN_OPTS", SHORT_BUILD_JVM, (set, ours) -> set + " " + ours);
    Process maven = build.start();
    String output = new String(maven.getInputStream().readAllBytes(), UTF_8);
    assertThat(maven.waitFor(5, TimeUnit.MINUTES)).isTrue();

    Path store = project.resolve("src/main/java/it/store/Store.java").toRealPath();
    assertThat(maven.exitValue()).as(output).isNotZero();
    assertThat(output)
        .contains(
            "[ERROR] " + store + ":[8,8] [plumbline PL001] Module 'store' (it.store.Store) is @Critical"
                + " and NOT WIRED: none of its classes is reachable from the entry point"
                + " it.app.Main. Critical because: results are lost without it.")
        .contains("BUILD FAILURE");
  }

  private static String mavenCommand() {
    String home = System.getProperty("maven.home");
    if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
      return Path.of(home, "bin", "mvn").toString();
    }
    return "mvn";
  }

  /** The processor's classes and its run-time dependencies, as javac's -processorpath. */
  private static String processorPath() {
    return Stream.of(
            WiringProcessor.class, Module.class, ObjectMapper.class,
            JsonFactory.class, JsonProperty.class,
            // The project-memory store the processor merges into, and its run-time dependencies.
            dev.plumbline.memory.MemoryStore.class, com.networknt.schema.Schema.class,
            // The AGENTS.md digest and stale-reference check, run after the memory update.
            dev.plumbline.assistant.digest.DigestGenerator.class,
            com.ethlo.time.ITU.class, com.fasterxml.jackson.dataformat.yaml.YAMLFactory.class,
            org.yaml.snakeyaml.Yaml.class, org.slf4j.LoggerFactory.class)
        .map(WiringCompiler::locationOf)
        .map(File::getAbsolutePath)
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Path jarOf(Path classesOrJar, Path directory) throws IOException {
    if (Files.isRegularFile(classesOrJar)) {
      return classesOrJar;
    }
    Path jar = directory.resolve("plumbline-annotations.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classesOrJar)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new ZipEntry(classesOrJar.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, (OutputStream) out);
        out.closeEntry();
      }
    }
    return jar;
  }

  private void write(String relative, String... lines) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);
  }

  private static String[] pom(String processorPath, Mode mode) {
    List<String> compilerArguments =
        mode == Mode.PLUGIN
            ? List.of(
                "          <proc>none</proc>",
                "          <compilerArgs>",
                "            <arg>-Xplugin:Plumbline</arg>")
            : List.of("          <compilerArgs>");
    return List.of(
            "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">",
            "  <modelVersion>4.0.0</modelVersion>",
            "  <groupId>it.plumbline</groupId>",
            "  <artifactId>unwired-critical</artifactId>",
            "  <version>1.0</version>",
            "  <properties>",
            "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>",
            "    <maven.compiler.release>17</maven.compiler.release>",
            "  </properties>",
            "  <dependencies>",
            "    <dependency>",
            "      <groupId>dev.plumbline</groupId>",
            "      <artifactId>plumbline-annotations</artifactId>",
            "      <version>test</version>",
            "      <scope>system</scope>",
            "      <systemPath>${plumbline.annotationsJar}</systemPath>",
            "    </dependency>",
            "  </dependencies>",
            "  <build>",
            "    <plugins>",
            "      <plugin>",
            "        <groupId>org.apache.maven.plugins</groupId>",
            "        <artifactId>maven-resources-plugin</artifactId>",
            "        <version>" + System.getProperty("plumbline.resourcesPluginVersion") + "</version>",
            "      </plugin>",
            "      <plugin>",
            "        <groupId>org.apache.maven.plugins</groupId>",
            "        <artifactId>maven-compiler-plugin</artifactId>",
            "        <version>" + System.getProperty("plumbline.compilerPluginVersion") + "</version>",
            "        <configuration>",
            String.join("\n", compilerArguments),
            "            <arg>-processorpath</arg>",
            "            <arg>" + processorPath + "</arg>",
            "          </compilerArgs>",
            "        </configuration>",
            "      </plugin>",
            "    </plugins>",
            "  </build>",
            "</project>")
        .toArray(new String[0]);
  }
}
