// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/** Compiles small programs and runs them in real JVMs under the agent jar the build made. */
final class AgentRuns {

  /** The shaded agent jar (set by Failsafe). */
  static final Path AGENT = Path.of(System.getProperty("plumbline.agent.jar",
      "target/plumbline-agent-0.1.0-SNAPSHOT.jar")).toAbsolutePath();

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AgentRuns() {}

  /** What a run left: its exit code, its output, and the record (null when none was written). */
  record Run(int exitCode, String output, @Nullable JsonNode record) {
    List<String> executed() {
      return strings("executed");
    }

    List<String> loaded() {
      return strings("loaded");
    }

    /** The record the run wrote; fails the test, with the run's output, when there is none. */
    JsonNode written() {
      if (record == null) {
        throw new AssertionError("the run wrote no record (output: " + output + ")");
      }
      return record;
    }

    List<String> strings(String field) {
      List<String> values = new ArrayList<>();
      written().path(field).forEach(value -> values.add(value.asText()));
      return values;
    }
  }

  /**
   * Writes and compiles sources.
   *
   * @param directory where the sources and classes go
   * @param sources file name (relative, e.g. {@code p/Main.java}) to content
   * @param options extra javac options
   * @return the class directory
   */
  static Path compile(Path directory, Map<String, String> sources, String... options)
      throws IOException {
    Path src = directory.resolve("src");
    Path classes = directory.resolve("classes");
    Files.createDirectories(classes);
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString()));
    arguments.addAll(List.of(options));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      arguments.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, arguments.toArray(String[]::new)))
        .as("javac exit code").isZero();
    return classes;
  }

  /**
   * Runs {@code java -javaagent:AGENT=out=OUT[,agentOptions] jvmArguments...} and reads the one
   * record it left in OUT.
   */
  static Run run(Path out, String agentOptions, String... jvmArguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Fast start: each run is a short program; C2 and G1's threads would cost more than they save.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.add("-javaagent:" + AGENT + "=out=" + out
        + (agentOptions.isEmpty() ? "" : "," + agentOptions));
    command.addAll(List.of(jvmArguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
    JsonNode record = null;
    if (Files.isDirectory(out)) {
      try (Stream<Path> files = Files.list(out)) {
        List<Path> records = files.filter(f -> f.getFileName().toString().endsWith(".json"))
            .toList();
        assertThat(records).as("records in %s (output: %s)", out, output).hasSizeLessThan(2);
        if (!records.isEmpty()) {
          record = MAPPER.readTree(records.get(0).toFile());
        }
      }
    }
    return new Run(process.exitValue(), output, record);
  }
}
