package dev.plumbline.mcp;

import static dev.plumbline.mcp.ServerProcess.call;
import static dev.plumbline.mcp.ServerProcess.json;
import static dev.plumbline.mcp.ServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.memory.MemoryFile;
import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.concept.ProjectFacts;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as a separate process over stdio, driven by the SDK's own client: initialize, list
 * tools and resources, every tool with good and bad arguments, on a real memory and wiring report.
 */
class McpServerTest {

  @TempDir static Path root;

  private static McpSyncClient client;

  @BeforeAll
  static void startServer() throws Exception {
    new MemoryStore(root).update(new StructureSnapshot("app", List.of(
        module("counting", IntegrationLevel.WIRED, true, List.of(), "app/src/Counter.java",
            Map.of("app.Counter", List.of("count(java.lang.String): int"))),
        module("stemmer", IntegrationLevel.EXISTS, false, List.of(), "app/src/Stemmer.java",
            Map.of("app.Stemmer", List.of("stem(java.lang.String): java.lang.String"))),
        module("report", IntegrationLevel.WIRED, false, List.of("counting"), "app/src/Report.java",
            Map.of())), false, Map.of()), new ProjectFacts("Wordy", "Counts words.", "17"));
    Path report = root.resolve("app/target/classes/META-INF/plumbline/wiring.json");
    Files.createDirectories(report.getParent());
    Files.writeString(report, """
        {"entryPoint": "app.Main", "library": "app", "partial": false, "modules": [
          {"name": "counting", "status": "WIRED", "critical": true, "reachable": true,
           "classes": ["app.Counter"], "path": ["app.Main", "app.Counter"]},
          {"name": "stemmer", "status": "NOT_WIRED", "critical": false, "reachable": false,
           "classes": ["app.Stemmer"], "path": []}]}
        """, StandardCharsets.UTF_8);
    client = ServerProcess.start(root);
  }

  @AfterAll
  static void stopServer() {
    client.closeGracefully();
  }

  private static ModuleSnapshot module(String name, IntegrationLevel level, boolean critical,
      List<String> dependencies, String file, Map<String, List<String>> api) {
    return new ModuleSnapshot(name, ModuleStatus.ACTIVE, level, critical, dependencies,
        List.of(file), api, LocalDate.of(2026, 11, 1));
  }

  private String read(MemoryFile file) throws Exception {
    Path path = file.in(root.resolve(".claude"));
    return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
  }

  @Test
  void initializeNamesTheServerAndItsProtocol() {
    assertThat(client.getServerInfo().name()).isEqualTo("plumbline");
    assertThat(client.getServerInstructions()).startsWith("Project memory of this code base")
        .contains("call memory_read first");
  }

  @Test
  void listsTheFiveToolsWithTheirSchemasAndTheThreeResources() {
    List<McpSchema.Tool> tools = client.listTools().tools();
    assertThat(tools).extracting(McpSchema.Tool::name).containsExactly("memory_read",
        "memory_log", "module_info", "structure_plan", "concept_propose");
    McpSchema.Tool log = tools.get(1);
    JsonNode schema = ServerProcess.MAPPER.valueToTree(log.inputSchema());
    assertThat(schema.path("required")).extracting(JsonNode::asText)
        .containsExactly("requested", "executed");
    assertThat(schema.path("properties").fieldNames()).toIterable().containsExactly("requested",
        "executed", "files_touched", "status", "notes");
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(tools.get(0).annotations().readOnlyHint()).isTrue();
    assertThat(log.annotations().readOnlyHint()).isFalse();
    assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri)
        .containsExactlyInAnyOrder("plumbline://memory/project_concept.json",
            "plumbline://memory/project_structure.json", "plumbline://memory/project_log.json");
  }

  @Test
  void resourcesAreTheFilesAsStored() throws Exception {
    McpSchema.ReadResourceResult concept = client.readResource(
        new McpSchema.ReadResourceRequest("plumbline://memory/project_concept.json"));
    assertThat(((McpSchema.TextResourceContents) concept.contents().get(0)).text())
        .isEqualTo(read(MemoryFile.CONCEPT));
  }

  @Test
  void memoryReadRanksFiltersAndCutsToTheBudget() throws Exception {
    JsonNode all = json(call(client, "memory_read", Map.of("status", "active")));
    assertThat(all.at("/concept/name").asText()).isEqualTo("Wordy");
    assertThat(all.at("/modules/items")).extracting(item -> item.path("name").asText())
        .containsExactly("stemmer", "counting", "report");
    assertThat(all.at("/modules/items/0/files").asInt()).isEqualTo(1);
    assertThat(all.at("/log/order").asText()).isEqualTo("newest first");
    assertThat(all.at("/log/total").asInt()).isEqualTo(all.at("/log/entries").size());

    JsonNode critical = json(call(client, "memory_read", Map.of("sections", List.of("modules"),
        "critical", true)));
    assertThat(critical.has("concept")).isFalse();
    assertThat(critical.at("/modules/items")).extracting(item -> item.path("name").asText())
        .containsExactly("counting");
    JsonNode named = json(call(client, "memory_read", Map.of("name", "*ing", "level", "WIRED")));
    assertThat(named.at("/modules/matching").asInt()).isEqualTo(1);

    JsonNode small = json(call(client, "memory_read", Map.of("token_budget", 200,
        "sections", List.of("modules"))));
    assertThat(small.at("/modules/omitted").asInt()).isPositive();
    assertThat(small.at("/modules/hint").asText()).contains("raise token_budget");
  }

  @Test
  void memoryReadRefusesBadArgumentsWithWhatToFix() {
    McpSchema.CallToolResult tooSmall = call(client, "memory_read", Map.of("token_budget", 5));
    assertThat(tooSmall.isError()).isTrue();
    assertThat(text(tooSmall)).contains("token_budget").contains("200");
    McpSchema.CallToolResult unknown = call(client, "memory_read", Map.of("modul", "x"));
    assertThat(unknown.isError()).isTrue();
    assertThat(text(unknown)).contains("modul");
    McpSchema.CallToolResult level = call(client, "memory_read", Map.of("level", "wired"));
    assertThat(level.isError()).isTrue();
    assertThat(text(level)).contains("/level: does not have a value in the enumeration"
        + " [\"EXISTS\", \"TESTED\", \"WIRED\", \"ACTIVE\", \"COMPLETE\"]");
  }

  @Test
  void memoryLogAppendsExactlyOneValidatedEntry() throws Exception {
    String before = read(MemoryFile.LOG);
    JsonNode answer = json(call(client, "memory_log", Map.of("requested", "Add stemming",
        "executed", "Wired the stemmer into the report", "files_touched",
        List.of("app/src/Report.java"), "status", "partial", "notes", "tests pending")));
    assertThat(answer.at("/appended/status").asText()).isEqualTo("partial");
    String after = read(MemoryFile.LOG);
    assertThat(after).startsWith(before.substring(0, before.lastIndexOf(']')).stripTrailing())
        .contains("\"executed\": \"Wired the stemmer into the report\"")
        .contains("\"notes\": \"tests pending\"");
    assertThat(new MemoryStore(root).validate()).isEmpty();
  }

  @Test
  void memoryLogRefusesBadEntriesAndWritesNothing() throws Exception {
    String before = read(MemoryFile.LOG);
    McpSchema.CallToolResult missing = call(client, "memory_log", Map.of("requested", "x"));
    assertThat(missing.isError()).isTrue();
    assertThat(text(missing)).contains("executed");
    McpSchema.CallToolResult status = call(client, "memory_log", Map.of("requested", "x",
        "executed", "y", "status", "done"));
    assertThat(status.isError()).isTrue();
    assertThat(text(status)).contains("/status: does not have a value in the enumeration"
        + " [\"success\", \"partial\", \"failed\"]");
    McpSchema.CallToolResult blank = call(client, "memory_log", Map.of("requested", "  ",
        "executed", "y"));
    assertThat(text(blank)).isEqualTo("memory_log: 'requested' is required and"
        + " must not be empty. Nothing was written.");
    assertThat(read(MemoryFile.LOG)).isEqualTo(before);
  }

  @Test
  void moduleInfoExplainsWhyAModuleIsWiredOrWhatWouldWireIt() throws Exception {
    JsonNode counting = json(call(client, "module_info", Map.of("name", "counting")));
    assertThat(counting.at("/wiring/explanation").asText())
        .isEqualTo("Wired: reachable from app.Main through app.Main -> app.Counter.");
    assertThat(counting.at("/publicApi/app.Counter/0").asText())
        .isEqualTo("count(java.lang.String): int");
    assertThat(counting.at("/dependents/0/name").asText()).isEqualTo("report");
    assertThat(counting.at("/files/0").asText()).isEqualTo("app/src/Counter.java");

    JsonNode stemmer = json(call(client, "module_info", Map.of("name", "stemmer")));
    assertThat(stemmer.at("/wiring/explanation").asText()).isEqualTo("Not wired: none of its"
        + " classes is reachable from app.Main. To wire it, call, construct or reference one of"
        + " its classes (app.Stemmer) from code reachable from app.Main, or register it for"
        + " ServiceLoader under a service type that code uses.");

    McpSchema.CallToolResult unknown = call(client, "module_info", Map.of("name", "count"));
    assertThat(unknown.isError()).isTrue();
    assertThat(text(unknown)).isEqualTo("module_info: there is no module 'count' (did you mean"
        + " counting?); memory_read lists every module.");
  }

  @Test
  void structurePlanRecordsAPlannedModuleAndRefusesExistingCode() throws Exception {
    JsonNode planned = json(call(client, "structure_plan", Map.of("name", "search",
        "description", "Find words", "dependencies", List.of("counting"))));
    assertThat(planned.path("changed").asBoolean()).isTrue();
    assertThat(planned.at("/entry/status").asText()).isEqualTo("planned");
    assertThat(read(MemoryFile.STRUCTURE)).contains("\"search\": {\n      \"status\":"
        + " \"planned\"");
    JsonNode again = json(call(client, "structure_plan", Map.of("name", "search",
        "description", "Find words")));
    assertThat(again.path("changed").asBoolean()).isFalse();

    String before = read(MemoryFile.STRUCTURE);
    McpSchema.CallToolResult existing = call(client, "structure_plan", Map.of("name", "stemmer",
        "description", "Stems"));
    assertThat(existing.isError()).isTrue();
    assertThat(text(existing)).startsWith("structure_plan: module 'stemmer' already exists in"
        + " the code (status active)").endsWith("Nothing was written.");
    assertThat(call(client, "structure_plan", Map.of("description", "no name")).isError())
        .isTrue();
    assertThat(read(MemoryFile.STRUCTURE)).isEqualTo(before);
  }

  @Test
  void conceptProposeWritesAProposalAndLeavesTheConcept() throws Exception {
    String concept = read(MemoryFile.CONCEPT);
    JsonNode answer = json(call(client, "concept_propose", Map.of("reason", "User wants PDFs",
        "add", Map.of("goals", List.of("Count words in PDF files")))));
    assertThat(answer.path("approveWith").asText())
        .isEqualTo("plumbline memory concept approve --id " + answer.path("proposal").asInt());
    assertThat(read(MemoryFile.CONCEPT)).isEqualTo(concept);
    assertThat(read(MemoryFile.CONCEPT_PROPOSALS)).contains("Count words in PDF files");

    McpSchema.CallToolResult wrong = call(client, "concept_propose", Map.of("reason", "r",
        "set", Map.of("goals", "one goal")));
    assertThat(wrong.isError()).isTrue();
    assertThat(text(wrong)).isEqualTo("concept_propose: 'goals' is a list: propose its new items"
        + " under 'add', not 'set'. Nothing was written.");
    assertThat(read(MemoryFile.CONCEPT)).isEqualTo(concept);
  }
}
