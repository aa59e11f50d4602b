package dev.plumbline.memory.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

  private static final Path FILE = Path.of("/p/.claude/project_structure.json");

  private final JsonCodec codec = new JsonCodec();

  private JsonNode parse(String json) throws MemoryFileException {
    return codec.parse(FILE, json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void peoplesNumbersAreWrittenBackExactlyAsTheyWereWritten() throws Exception {
    String numbers = "[-0, -0.0, 1e2, 1E-7, 1e400, 1.50, 0.1, 12345678901234567890123, -17]";

    String written = new String(codec.toBytes(parse(numbers)), StandardCharsets.UTF_8);

    assertThat(written).isEqualTo("""
        [
          -0,
          -0.0,
          1e2,
          1E-7,
          1e400,
          1.50,
          0.1,
          12345678901234567890123,
          -17
        ]
        """);
  }

  @Test
  void verbatimNumbersStillCompareAndConvertByValue() throws Exception {
    JsonNode numbers = parse("[1e2, 7, 2.5, 12345678901234567890123]");

    assertThat(numbers.get(0).decimalValue()).isEqualByComparingTo("100");
    assertThat(numbers.get(0).isIntegralNumber()).isFalse();
    assertThat(numbers.get(1).isIntegralNumber()).isTrue();
    assertThat(numbers.get(1).canConvertToInt()).isTrue();
    assertThat(numbers.get(1).intValue()).isEqualTo(7);
    assertThat(numbers.get(2).doubleValue()).isEqualTo(2.5);
    assertThat(numbers.get(3).canConvertToLong()).isFalse();
    assertThat(parse("[1e2]")).isEqualTo(parse("[1e2]"));
    assertThat(parse("[1e2]")).isNotEqualTo(parse("[100]"));
  }

  @Test
  void nestingDeeperThanTheParsersLimitIsReportedWithLineAndColumn() {
    String deep = "{\"a\":\n" + "[".repeat(1500) + "]".repeat(1500) + "}";

    assertThatThrownBy(() -> parse(deep))
        .isInstanceOf(MemoryFileException.class)
        .hasMessageStartingWith(FILE + ":2:1001: not valid JSON (Document nesting depth (1001)"
            + " exceeds the maximum allowed");
  }

  @Test
  void aStringLongerThanTheParsersLimitIsReportedWithLineAndColumn() {
    String huge = "{\n  \"notes\": \"" + "x".repeat(20_000_001) + "\"\n}";

    assertThatThrownBy(() -> parse(huge))
        .isInstanceOf(MemoryFileException.class)
        .hasMessageMatching("\\Q" + FILE + ":2:\\E[0-9]+: not valid JSON \\(String value length"
            + " \\([0-9]+\\) exceeds the maximum allowed(.|\\n)*");
  }

  @Test
  void trailingContentAfterTheDocumentIsAnErrorAtItsPosition() {
    assertThatThrownBy(() -> parse("[1]\n {}"))
        .hasMessageStartingWith(FILE + ":2:2: not valid JSON (more content after the end of the"
            + " document)");
  }

  @Test
  void aUtf8ByteOrderMarkIsAcceptedAndKeptOnRequest() throws Exception {
    byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', '1', ']'};

    JsonNode node = codec.parse(FILE, withBom);

    assertThat(node.get(0).asText()).isEqualTo("1");
    assertThat(codec.toBytes(node, true)).startsWith(0xEF, 0xBB, 0xBF, '[');
    assertThat(codec.toBytes(node, false)).startsWith('[');
  }
}
