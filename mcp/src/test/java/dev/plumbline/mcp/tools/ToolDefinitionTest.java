// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published tool definitions load, and the README documents every argument of each. */
class ToolDefinitionTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"memory_read", "memory_log", "module_info", "structure_plan",
      "concept_propose"})
  void theReadmeRowNamesEveryArgumentAndMarksTheRequiredOnesBold(String name) throws Exception {
    ToolDefinition definition = ToolDefinition.load(name);
    JsonNode schema = MAPPER.readTree(definition.inputSchema());
    String row = readmeRow(name);

    List<String> required = new ArrayList<>();
    schema.path("required").forEach(node -> required.add(node.asText()));
    schema.path("properties").fieldNames().forEachRemaining(argument -> {
      String documented = required.contains(argument) ? "**`" + argument + "`**"
          : "`" + argument + "`";
      assertThat(row).as("README.md row of %s documents argument %s as %s", name, argument,
          documented).contains(documented);
    });
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(row.contains("read-only")).as("README.md row of %s says read-only exactly when"
        + " the definition does", name).isEqualTo(definition.readOnly());
  }

  @Test
  void aMissingDefinitionNamesTheResourceAndTheFix() {
    assertThatThrownBy(() -> ToolDefinition.load("memory_erase"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The MCP tool definition dev/plumbline/mcp/tools/memory_erase.json is"
            + " missing: the plumbline-mcp jar is incomplete or was changed; rebuild it or use a"
            + " released jar.");
  }

  private static String readmeRow(String name) throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher row = Pattern.compile("(?m)^\\| `" + Pattern.quote(name) + "` \\|.*$")
        .matcher(readme);
    assertThat(row.find()).as("mcp/README.md has a table row for %s", name).isTrue();
    return row.group();
  }
}
