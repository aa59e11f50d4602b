package dev.plumbline.mcp;

import static dev.plumbline.mcp.ServerProcess.call;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two MCP servers (separate processes) and a real, offline Maven build (the processor merging
 * into the memory) write the same .claude/ at the same time: nothing is lost or duplicated and
 * every file stays valid.
 */
class ConcurrentWritersTest {

  private static final int MIN_ENTRIES = 20;
  private static final int PLANS = 10;

  /** Set when both builds are over: the servers write until then, so that all three overlap. */
  private final AtomicBoolean buildsDone = new AtomicBoolean();

  @TempDir Path project;

  private final Map<String, Integer> written = new java.util.concurrent.ConcurrentHashMap<>();

  @Test
  void twoServersAndAMavenBuildLoseNothing() throws Exception {
    writeProject();
    McpSyncClient first = ServerProcess.start(project);
    McpSyncClient second = ServerProcess.start(project);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<String> builds = pool.submit(this::buildTwice);
      Future<Integer> logsA = pool.submit(() -> log(first, "A"));
      Future<Integer> logsB = pool.submit(() -> {
        for (int i = 0; i < PLANS; i++) {
          McpSchema.CallToolResult plan = call(second, "structure_plan", Map.of(
              "name", "planned-" + i, "description", "Planned module " + i));
          assertThat(plan.isError()).as(ServerProcess.text(plan)).isFalse();
        }
        return log(second, "B");
      });
      String output;
      try {
        output = builds.get(10, TimeUnit.MINUTES);
        written.put("A", logsA.get(10, TimeUnit.MINUTES));
        written.put("B", logsB.get(10, TimeUnit.MINUTES));
      } catch (ExecutionException | TimeoutException e) {
        ServerProcess.dumpChildren();
        throw e;
      }
      assertThat(output).contains("BUILD SUCCESS");
    } finally {
      pool.shutdownNow();
      first.closeGracefully();
      second.closeGracefully();
    }

    assertThat(new MemoryStore(project).validate()).isEmpty();
    ObjectMapper mapper = new ObjectMapper();
    JsonNode log = mapper.readTree(MemoryFile.LOG.in(project.resolve(".claude")).toFile());
    List<String> executed = new ArrayList<>();
    log.forEach(entry -> executed.add(entry.path("executed").asText()));
    for (String server : List.of("A", "B")) {
      for (int i = 0; i < Objects.requireNonNull(written.get(server), "count of " + server); i++) {
        assertThat(executed).as("entry %s-%d", server, i).containsOnlyOnce(server + "-" + i);
      }
    }
    JsonNode modules = mapper.readTree(MemoryFile.STRUCTURE.in(project.resolve(".claude"))
        .toFile()).path("modules");
    for (int i = 0; i < PLANS; i++) {
      assertThat(modules.path("planned-" + i).path("status").asText()).isEqualTo("planned");
      assertThat(executed).containsOnlyOnce("Recorded planned module planned-" + i
          + " in .claude/project_structure.json");
    }
    assertThat(modules.path("counter").path("status").asText()).isEqualTo("active");
    assertThat(modules.path("extra").path("status").asText()).isEqualTo("active");
    assertThat(executed.stream().filter(text -> text.contains("from the compiled code")))
        .hasSize(2);
    assertThat(log.size()).isEqualTo(written.get("A") + written.get("B") + PLANS + 2);
    System.out.println("[INFO] concurrent writers: " + written + " entries from the two servers, "
        + PLANS + " plans, 2 builds; log holds " + log.size() + " entries");
  }

  private int log(McpSyncClient client, String server) {
    int i = 0;
    for (; i < MIN_ENTRIES || !buildsDone.get(); i++) {
      McpSchema.CallToolResult result = call(client, "memory_log", Map.of("requested",
          "concurrency test", "executed", server + "-" + i));
      assertThat(result.isError()).as(ServerProcess.text(result)).isFalse();
    }
    return i;
  }

  /** Two real Maven builds, the second after a new module was added. */
  private String buildTwice() throws IOException, InterruptedException {
    try {
      return buildTwiceUntilDone();
    } finally {
      buildsDone.set(true);
    }
  }

  private String buildTwiceUntilDone() throws IOException, InterruptedException {
    String output = maven();
    write("src/main/java/it/extra/Extra.java", "package it.extra;",
        "@dev.plumbline.annotations.Module(name = \"extra\")", "public class Extra {}");
    return output + maven();
  }

  private String maven() throws IOException, InterruptedException {
    ProcessBuilder build = new ProcessBuilder(mavenCommand(), "-B", "-o", "-q",
        "-Dmaven.repo.local=" + System.getProperty("maven.repo.local",
            System.getProperty("user.home") + "/.m2/repository"),
        "-Dplumbline.annotationsJar=" + project.resolve("annotations.jar"), "compile")
        .directory(project.toFile()).redirectErrorStream(true);
    // A Maven run that compiles three classes: C1 alone and the serial collector finish it
    // sooner (this test took 0.66 of the time, loaded).
    build.environment().merge("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
        (set, ours) -> set + " " + ours);
    Process maven = build.start();
    String output = new String(maven.getInputStream().readAllBytes(), UTF_8);
    assertThat(maven.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(maven.exitValue()).as(output).isZero();
    return output + "\nBUILD SUCCESS\n";
  }

  private void writeProject() throws IOException, URISyntaxException {
    jar(Path.of(dev.plumbline.annotations.Module.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI()), project.resolve("annotations.jar"));
    String processorPath = Stream.of(System.getProperty("java.class.path")
        .split(File.pathSeparator)).collect(Collectors.joining(File.pathSeparator));
    write("pom.xml",
        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">",
        "  <modelVersion>4.0.0</modelVersion>",
        "  <groupId>it.plumbline</groupId>",
        "  <artifactId>concurrent</artifactId>",
        "  <version>1.0</version>",
        "  <name>Concurrent</name>",
        "  <properties>",
        "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>",
        "    <maven.compiler.release>17</maven.compiler.release>",
        "  </properties>",
        "  <dependencies><dependency><groupId>dev.plumbline</groupId>",
        "    <artifactId>plumbline-annotations</artifactId><version>test</version>",
        "    <scope>system</scope><systemPath>${plumbline.annotationsJar}</systemPath>",
        "  </dependency></dependencies>",
        "  <build><plugins>",
        "    <plugin><groupId>org.apache.maven.plugins</groupId>",
        "      <artifactId>maven-resources-plugin</artifactId>",
        "      <version>" + System.getProperty("plumbline.resourcesPluginVersion") + "</version>",
        "    </plugin>",
        "    <plugin><groupId>org.apache.maven.plugins</groupId>",
        "      <artifactId>maven-compiler-plugin</artifactId>",
        "      <version>" + System.getProperty("plumbline.compilerPluginVersion") + "</version>",
        "      <configuration><compilerArgs>",
        "        <arg>-processorpath</arg><arg>" + processorPath + "</arg>",
        "        <arg>-Aplumbline.library=concurrent</arg>",
        "        <arg>-Aplumbline.projectRoot=${project.basedir}</arg>",
        "      </compilerArgs></configuration>",
        "    </plugin>",
        "  </plugins></build>",
        "</project>");
    write("src/main/java/it/app/Main.java", "package it.app;",
        "@dev.plumbline.annotations.EntryPoint", "public class Main {",
        "  public static void main(String[] args) { new it.count.Counter(); }", "}");
    write("src/main/java/it/count/Counter.java", "package it.count;",
        "@dev.plumbline.annotations.Module(name = \"counter\")", "public class Counter {}");
    Files.createDirectories(project.resolve(".claude"));
  }

  private static void jar(Path classes, Path jar) throws IOException {
    if (Files.isRegularFile(classes)) {
      Files.copy(classes, jar);
      return;
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, (OutputStream) out);
        out.closeEntry();
      }
    }
  }

  private void write(String relative, String... lines) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);
  }

  private static String mavenCommand() {
    String home = System.getProperty("maven.home");
    if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
      return Path.of(home, "bin", "mvn").toString();
    }
    return "mvn";
  }
}
