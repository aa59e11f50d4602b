// Copyright (c) 2026 The Plumbline Authors

import dev.plumbline.assistant.digest.DigestGenerator;
import dev.plumbline.assistant.digest.DigestOutcome;
import dev.plumbline.assistant.digest.DigestSettings;
import dev.plumbline.mcp.PlumblineMcpServer;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.concept.ProjectFacts;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import dev.plumbline.memory.schema.SchemaCheck;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What an assistant waits for on a large memory: a memory_read call through the MCP server (a
 * separate process, over stdio, with the SDK's client, as an assistant calls it), and the
 * digest regenerated into AGENTS.md, on a memory of MODULES modules and LOG_ENTRIES log entries.
 */
public final class AssistantMemoryBench {

  private AssistantMemoryBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args modules, log entries, measured runs, class path of the server, and optionally
   *     warm-up runs before them (default 10: run the same way, not counted in the medians)
   * @throws Exception when the store or the server fails
   */
  public static void main(String[] args) throws Exception {
    int modules = Integer.parseInt(args[0]);
    int entries = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    String classPath = args[3];
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    Path root = Files.createTempDirectory("plumbline-bench-assistant");
    MemoryStore store = new MemoryStore(root, Clock.systemDefaultZone(), new SchemaCheck());
    store.update(snapshot(modules), new ProjectFacts("Bench", "A large project.", "17"));
    for (int i = 0; i < entries; i++) {
      store.appendLog(LogEntry.at(LocalDateTime.now(), "bench", "entry " + i, List.of(),
          LogStatus.SUCCESS, ""));
    }
    System.out.printf("[INFO] memory: %,d modules (structure %,d bytes), %,d log entries%n",
        modules, Files.size(root.resolve(".claude/project_structure.json")), entries);

    ServerParameters server = ServerParameters.builder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString())
        .args("-Dfile.encoding=UTF-8", "-cp", classPath, PlumblineMcpServer.class.getName(),
            "-p", root.toString())
        .build();
    long[] read = new long[warmup + runs];
    long[] digest = new long[warmup + runs];
    DigestGenerator generator = new DigestGenerator(DigestSettings.defaults());
    try (McpSyncClient client = McpClient.sync(new StdioClientTransport(server,
            new JacksonMcpJsonMapper(new ObjectMapper())))
        .requestTimeout(Duration.ofMinutes(2)).initializationTimeout(Duration.ofMinutes(2))
        .build()) {
      client.initialize();
      for (int run = 0; run < warmup + runs; run++) {
        long start = System.nanoTime();
        McpSchema.CallToolResult result = client.callTool(
            new McpSchema.CallToolRequest("memory_read", Map.of()));
        read[run] = System.nanoTime() - start;
        if (Boolean.TRUE.equals(result.isError())) {
          throw new IllegalStateException(result.content().toString());
        }
        // A new log entry, so that every digest run really rewrites AGENTS.md (not timed).
        store.appendLog(LogEntry.at(LocalDateTime.now(), "bench", "digest run " + run, List.of(),
            LogStatus.SUCCESS, ""));
        start = System.nanoTime();
        List<DigestOutcome> outcomes = generator.generate(root, store);
        digest[run] = System.nanoTime() - start;
        if (!outcomes.get(0).written()) {
          throw new IllegalStateException("the digest was not rewritten: " + outcomes);
        }
        System.out.printf("[INFO] %s %d: memory_read %d ms (%,d characters), digest %d ms%n",
            run < warmup ? "warm-up run" : "run", run < warmup ? run + 1 : run + 1 - warmup,
            read[run] / 1_000_000,
            ((McpSchema.TextContent) result.content().get(0)).text().length(),
            digest[run] / 1_000_000);
      }
    }
    verdict("median memory_read over MCP (stdio, SDK client), %,d modules".formatted(modules),
        median(Arrays.copyOfRange(read, warmup, warmup + runs)), 100);
    verdict("median digest regeneration into AGENTS.md, %,d modules".formatted(modules),
        median(Arrays.copyOfRange(digest, warmup, warmup + runs)), 200);
    System.out.printf("[INFO] first warm-up run (cold JIT in both JVMs; the cost of a fresh"
        + " process): memory_read %d ms, digest %d ms%n",
        read[0] / 1_000_000, digest[0] / 1_000_000);
    deleteTree(root);
  }

  /** Prints a figure against its goal: a check mark only when the goal is met. */
  private static void verdict(String what, long milliseconds, long goal) {
    System.out.printf("%s %s: %d ms (goal < %d)%s%n", milliseconds < goal ? "✓" : "✗", what,
        milliseconds, goal, milliseconds < goal ? "" : ": not met");
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static StructureSnapshot snapshot(int modules) {
    List<ModuleSnapshot> list = new ArrayList<>(modules);
    for (int i = 0; i < modules; i++) {
      list.add(new ModuleSnapshot("m" + i, ModuleStatus.ACTIVE,
          i % 50 == 0 ? IntegrationLevel.EXISTS : IntegrationLevel.WIRED, i % 10 == 0,
          i == 0 ? List.of() : List.of("m" + (i - 1)),
          List.of("m" + i + "/src/main/java/dev/x/m" + i + "/Service.java",
              "m" + i + "/src/main/java/dev/x/m" + i + "/Model.java"),
          Map.of("dev.x.m" + i + ".Service", List.of("void run()", "int size(String)")),
          LocalDate.of(2026, 11, 1)));
    }
    return new StructureSnapshot(list, false);
  }

  private static long median(long[] nanos) {
    long[] sorted = Arrays.copyOf(nanos, nanos.length);
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1_000_000;
  }
}
