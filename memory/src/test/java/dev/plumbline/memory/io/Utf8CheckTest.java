package dev.plumbline.memory.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {

  private static final Path FILE = Path.of("/p/.claude/project_log.json");
  private static final String JSON = "[{\"notes\": \"Ärger über Öl\"}]";

  private static byte[] bytes(String text, String charset, byte... bom) {
    byte[] body = text.getBytes(Charset.forName(charset));
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  @Test
  void utf8WithAndWithoutByteOrderMarkIsAccepted() throws Exception {
    assertThat(Utf8Check.check(FILE, JSON.getBytes(StandardCharsets.UTF_8))).isZero();
    assertThat(Utf8Check.check(FILE, bytes(JSON, "UTF-8", (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)))
        .isEqualTo(3);
  }

  @Test
  void utf16AndUtf32AreNamedAndRefused() {
    assertRefused(bytes(JSON, "UTF-16BE", (byte) 0xFE, (byte) 0xFF),
        "is encoded as UTF-16BE (byte order mark FE FF), not UTF-8. Nothing was written",
        "iconv -f UTF-16BE -t UTF-8");
    assertRefused(bytes(JSON, "UTF-16LE", (byte) 0xFF, (byte) 0xFE),
        "is encoded as UTF-16LE (byte order mark FF FE), not UTF-8", "iconv -f UTF-16LE");
    assertRefused(bytes(JSON, "UTF-32BE", (byte) 0, (byte) 0, (byte) 0xFE, (byte) 0xFF),
        "is encoded as UTF-32BE (byte order mark 00 00 FE FF)", "iconv -f UTF-32BE");
    assertRefused(bytes(JSON, "UTF-32LE", (byte) 0xFF, (byte) 0xFE, (byte) 0, (byte) 0),
        "is encoded as UTF-32LE (byte order mark FF FE 00 00)", "iconv -f UTF-32LE");
    assertRefused(bytes(JSON, "UTF-16LE"), "is encoded as UTF-16LE (no byte order mark)",
        "iconv -f UTF-16LE");
    assertRefused(bytes(JSON, "UTF-32BE"), "is encoded as UTF-32BE (no byte order mark)",
        "iconv -f UTF-32BE");
  }

  @Test
  void latin1IsRefusedAtTheLineAndColumnOfTheFirstForeignByte() {
    byte[] latin1 = bytes("[\n  {\"notes\": \"caf\u00e9\"}]", "ISO-8859-1");

    assertThatThrownBy(() -> Utf8Check.check(FILE, latin1))
        .hasMessageStartingWith(FILE + ":2:17: is not UTF-8: the byte 0xE9 starts no valid UTF-8"
            + " character (the file looks like Latin-1 or Windows-1252). Nothing was written")
        .hasMessageContaining("iconv -f WINDOWS-1252 -t UTF-8");
  }

  @Test
  void malformedSequencesOverlongFormsAndSurrogatesAreInvalid() {
    assertThat(Utf8Check.firstInvalid(new byte[] {'a', (byte) 0xC3, '('}, 0)).isEqualTo(1);
    assertThat(Utf8Check.firstInvalid(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0)).isZero();
    assertThat(Utf8Check.firstInvalid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0))
        .isZero();
    assertThat(Utf8Check.firstInvalid(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80,
        (byte) 0x80}, 0)).isZero();
    assertThat(Utf8Check.firstInvalid(new byte[] {'x', (byte) 0xE2, (byte) 0x82}, 0))
        .isEqualTo(1);
    assertThat(Utf8Check.firstInvalid("✓ Ärger 𝄞".getBytes(StandardCharsets.UTF_8), 0))
        .isEqualTo(-1);
  }

  private static void assertRefused(byte[] content, String problem, String remedy) {
    assertThatThrownBy(() -> Utf8Check.check(FILE, content))
        .isInstanceOf(MemoryFileException.class)
        .hasMessageStartingWith(FILE + ": " + problem)
        .hasMessageContaining(remedy);
  }
}
