package dev.plumbline.memory.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.plumbline.memory.io.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogAppenderTest {

  private final JsonCodec codec = new JsonCodec();

  private LogEntry entry(String executed) {
    return LogEntry.at(LocalDateTime.of(2026, 11, 25, 9, 30), "r", executed, List.of("a/B.java"),
        LogStatus.SUCCESS, "");
  }

  private byte[] serialized(LogEntry... entries) {
    ArrayNode array = codec.mapper().createArrayNode();
    for (LogEntry entry : entries) {
      array.add(entry.toJson(codec.mapper()));
    }
    return codec.toBytes(array);
  }

  @Test
  void splicedBytesEqualAFullSerializationForFilesInTheCodecsLayout() {
    byte[] one = serialized(entry("first"));

    byte[] appended = LogAppender.append(one, codec.toBytes(entry("second").toJson(codec.mapper())));

    assertThat(new String(appended, StandardCharsets.UTF_8))
        .isEqualTo(new String(serialized(entry("first"), entry("second")), StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyArrayAndAPersonsFormattingAreHandledAndKeptExactly() throws Exception {
    byte[] entry = codec.toBytes(entry("x").toJson(codec.mapper()));

    assertThat(new String(LogAppender.append("[ ]\r\n".getBytes(StandardCharsets.UTF_8), entry),
        StandardCharsets.UTF_8)).isEqualTo(new String(serialized(entry("x")),
        StandardCharsets.UTF_8));
    String mine = "[{\"date\":\"2026-01-01\",\"time\":\"01:00\",\"requested\":\"r\","
        + "\"executed\":\"e\",\"files_touched\":[],\"status\":\"failed\",\"notes\":\"\"}]";
    byte[] result = LogAppender.append(mine.getBytes(StandardCharsets.UTF_8), entry);

    assertThat(new String(result, StandardCharsets.UTF_8)).startsWith(mine.substring(0,
        mine.length() - 1) + ",\n  {\n    \"date\": \"2026-11-25\"");
    assertThat(codec.parse(Path.of("log.json"), result).size()).isEqualTo(2);
  }
}
