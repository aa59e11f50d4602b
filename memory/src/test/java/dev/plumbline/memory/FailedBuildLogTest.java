package dev.plumbline.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.schema.SchemaCheck;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log entry of a build that failed says so: status failed, and why in the notes. */
class FailedBuildLogTest {

  @TempDir Path root;

  private MemoryStore memory() {
    return new MemoryStore(root,
        Clock.fixed(Instant.parse("2026-12-03T10:15:00Z"), ZoneOffset.UTC), new SchemaCheck());
  }

  @Test
  void aBuildThatFailedOnACriticalModuleLogsFailedWithTheReason() throws IOException, MemoryFileException {
    StructureSnapshot failing = new StructureSnapshot("app", List.of(storeModule()), false,
        Map.of(), "@Critical module store NOT WIRED.");

    memory().update(failing, null);

    JsonNode entry = last();
    assertThat(entry.get("status").asText()).isEqualTo("failed");
    assertThat(entry.get("notes").asText())
        .isEqualTo("The build failed: @Critical module store NOT WIRED.");
  }

  @Test
  void aBuildThatDidNotFailLogsSuccess() throws IOException, MemoryFileException {
    memory().update(new StructureSnapshot("app", List.of(storeModule()), false, Map.of()), null);

    JsonNode entry = last();
    assertThat(entry.get("status").asText()).isEqualTo("success");
    assertThat(entry.get("notes").asText()).isEmpty();
  }

  private static ModuleSnapshot storeModule() {
    return new ModuleSnapshot("store", ModuleStatus.ACTIVE, IntegrationLevel.EXISTS, true,
        List.of(), List.of("src/Store.java"), Map.of(), LocalDate.of(2026, 12, 1), null);
  }

  private JsonNode last() throws IOException {
    JsonNode log = new ObjectMapper().readTree(root.resolve(".claude/project_log.json").toFile());
    return log.get(log.size() - 1);
  }
}
