package dev.plumbline.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.memory.io.JsonCodec;
import dev.plumbline.memory.io.MemoryFileException;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import dev.plumbline.memory.schema.SchemaCheck;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue #17's encoding matrix: a log in each encoding goes through an append ({@code plumbline
 * memory log}), the archive rule, a build's update and validation. UTF-8, with or without a byte
 * order mark, is accepted and appended correctly (the mark kept); every other encoding is
 * refused with every file byte-identical (SHA-256 before and after).
 */
class EncodingMatrixTest {

  private static final SchemaCheck SCHEMAS = new SchemaCheck();
  private static final String TODAY = "2026-11-25";
  private static final String OLD = "2026-10-01";

  @TempDir Path root;
  private final JsonCodec codec = new JsonCodec();

  /** The encodings a person's editor (or PowerShell's Out-File) may save a log in. */
  enum Encoding {
    UTF_8("UTF-8", "", true),
    UTF_8_BOM("UTF-8", "EFBBBF", true),
    UTF_16LE_BOM("UTF-16LE", "FFFE", false),
    UTF_16BE_BOM("UTF-16BE", "FEFF", false),
    UTF_32LE_BOM("UTF-32LE", "FFFE0000", false),
    UTF_32BE_BOM("UTF-32BE", "0000FEFF", false),
    UTF_32BE("UTF-32BE", "", false),
    LATIN_1("ISO-8859-1", "", false),
    INVALID_UTF_8("UTF-8", "", false);

    final String charset;
    final String bomHex;
    final boolean accepted;

    Encoding(String charset, String bomHex, boolean accepted) {
      this.charset = charset;
      this.bomHex = bomHex;
      this.accepted = accepted;
    }

    byte[] encode(String json) {
      byte[] bom = HexFormat.of().parseHex(bomHex);
      byte[] body = json.getBytes(Charset.forName(charset));
      if (this == INVALID_UTF_8) {
        // A lone continuation byte inside the notes: what a file cut in mid-character holds.
        body = new String(body, Charset.forName(charset)).replace("caf\u00e9", "caf\u0080")
            .getBytes(Charset.forName("ISO-8859-1"));
      }
      byte[] all = new byte[bom.length + body.length];
      System.arraycopy(bom, 0, all, 0, bom.length);
      System.arraycopy(body, 0, all, bom.length, body.length);
      return all;
    }
  }

  private MemoryStore store() {
    return new MemoryStore(root, Clock.fixed(Instant.parse(TODAY + "T12:00:00Z"), ZoneOffset.UTC),
        SCHEMAS);
  }

  private static String entries(int count, String date) {
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < count; i++) {
      json.append("  {\"date\": \"").append(date).append("\", \"time\": \"08:00\", \"requested\":"
          + " \"r\", \"executed\": \"Ärger über café ").append(i).append("\", \"files_touched\":"
          + " [], \"status\": \"success\", \"notes\": \"caf\u00e9\"}")
          .append(i + 1 < count ? ",\n" : "\n");
    }
    return json.append("]\n").toString();
  }

  private Path claude() throws Exception {
    return Files.createDirectories(root.resolve(MemoryFile.DIRECTORY));
  }

  private Path writeLog(Encoding encoding, String json) throws Exception {
    Path log = MemoryFile.LOG.in(claude());
    Files.write(log, encoding.encode(json));
    return log;
  }

  private Map<String, String> digests() throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.list(claude())) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("project_"))
          .toList()) {
        digests.put(file.getFileName().toString(), HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
      }
    }
    return digests;
  }

  private JsonNode readBack(Path file) throws Exception {
    return codec.parse(file, Files.readAllBytes(file));
  }

  private static LogEntry entry() {
    return LogEntry.at(LocalDateTime.parse(TODAY + "T12:00"), "asked", "appended ✓", List.of(),
        LogStatus.SUCCESS, "");
  }

  private static StructureSnapshot snapshot(String module) {
    return new StructureSnapshot(List.of(new ModuleSnapshot(module, ModuleStatus.ACTIVE,
        IntegrationLevel.EXISTS, false, List.of(), List.of(module + "/X.java"), Map.of(), null)),
        false);
  }

  private void assertRefusedUnchanged(Encoding encoding, Map<String, String> before,
      ThrowingAction action) throws Exception {
    assertThatThrownBy(action::run)
        .isInstanceOf(MemoryFileException.class)
        .hasMessageContaining("project_log.json")
        .hasMessageContaining(encoding.name().startsWith("UTF_") ? "is encoded as " + encoding.charset
            : "is not UTF-8: the byte 0x");
    assertThat(digests()).isEqualTo(before);
  }

  @FunctionalInterface
  interface ThrowingAction {
    void run() throws Exception;
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void logAppend(Encoding encoding) throws Exception {
    Path log = writeLog(encoding, entries(1, TODAY));
    byte[] original = Files.readAllBytes(log);
    Map<String, String> before = digests();

    if (!encoding.accepted) {
      assertRefusedUnchanged(encoding, before, () -> store().appendLog(entry()));
      return;
    }
    store().appendLog(entry());

    byte[] after = Files.readAllBytes(log);
    JsonNode entries = readBack(log);
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).path("notes").asText()).isEqualTo("caf\u00e9");
    assertThat(entries.get(1).path("executed").asText()).isEqualTo("appended ✓");
    // The person's bytes, byte order mark included, stay a prefix of the file.
    assertThat(new String(after, 0, original.length - 3, "ISO-8859-1"))
        .isEqualTo(new String(original, 0, original.length - 3, "ISO-8859-1"));
    assertThat(after[0] == (byte) 0xEF).isEqualTo(!encoding.bomHex.isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void archiveRule(Encoding encoding) throws Exception {
    Path log = writeLog(encoding, entries(201, OLD));
    Map<String, String> before = digests();

    if (!encoding.accepted) {
      assertRefusedUnchanged(encoding, before, () -> store().archive());
      return;
    }
    assertThat(store().archive()).isEqualTo(201);

    assertThat(readBack(log)).isEmpty();
    JsonNode archived = readBack(MemoryFile.ARCHIVE.in(claude()));
    assertThat(archived).hasSize(201);
    assertThat(archived.get(200).path("executed").asText()).isEqualTo("Ärger über café 200");
    assertThat(Files.readAllBytes(log)[0] == (byte) 0xEF).isEqualTo(!encoding.bomHex.isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void buildThatChangesTheStructure(Encoding encoding) throws Exception {
    store().update(snapshot("core"), null);
    Path log = writeLog(encoding, entries(1, TODAY));
    Map<String, String> before = digests();

    if (!encoding.accepted) {
      assertRefusedUnchanged(encoding, before, () -> store().update(snapshot("web"), null));
      return;
    }
    UpdateOutcome outcome = store().update(snapshot("web"), null);

    assertThat(outcome.logAppended()).isTrue();
    JsonNode entries = readBack(log);
    assertThat(entries).hasSize(2);
    assertThat(entries.get(1).path("executed").asText()).endsWith("added: web; removed: core");
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void validate(Encoding encoding) throws Exception {
    Path log = writeLog(encoding, entries(3, TODAY));
    Map<String, String> before = digests();

    List<MemoryFileException> problems = store().validate();

    if (encoding.accepted) {
      assertThat(problems).isEmpty();
    } else {
      assertThat(problems).singleElement().extracting(MemoryFileException::file).isEqualTo(log);
    }
    assertThat(digests()).isEqualTo(before);
  }
}
