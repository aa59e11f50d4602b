package dev.plumbline.assistant.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.concept.ProjectFacts;
import dev.plumbline.memory.log.LogEntry;
import dev.plumbline.memory.log.LogStatus;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The section in real files: hand-written text kept byte for byte, no-op, refusals. */
class DigestFilesTest {

  private static final String SECTION = DigestRenderer.BEGIN + "\nfresh\n" + DigestRenderer.END;

  @TempDir Path root;

  private byte[] bytes(String name) throws Exception {
    return Files.readAllBytes(root.resolve(name));
  }

  @Test
  void handWrittenTextAroundTheMarkersIsKeptByteForByte() throws Exception {
    byte[] before = ("\uFEFF# Team rules\r\n\r\nUse tabs.  \r\n" + DigestRenderer.BEGIN
        + "\r\nold digest\r\n" + DigestRenderer.END + "\r\n\r\nMore rules ünïcödé\tno final newline")
        .getBytes(StandardCharsets.UTF_8);
    Files.write(root.resolve("AGENTS.md"), before);

    List<DigestOutcome> outcomes = DigestFiles.write(root, SECTION);

    assertThat(outcomes).extracting(DigestOutcome::result)
        .containsExactly(DigestOutcome.Result.UPDATED);
    assertThat(new String(bytes("AGENTS.md"), StandardCharsets.UTF_8)).isEqualTo(
        "\uFEFF# Team rules\r\n\r\nUse tabs.  \r\n" + DigestRenderer.BEGIN + "\r\nfresh\r\n"
            + DigestRenderer.END + "\r\n\r\nMore rules ünïcödé\tno final newline");
  }

  @Test
  void anUnchangedSectionLeavesTheFileUntouched() throws Exception {
    DigestFiles.write(root, SECTION);
    Path agents = root.resolve("AGENTS.md");
    Files.setLastModifiedTime(agents, FileTime.fromMillis(1_000_000_000_000L));
    byte[] before = bytes("AGENTS.md");

    assertThat(DigestFiles.write(root, SECTION)).extracting(DigestOutcome::result)
        .containsExactly(DigestOutcome.Result.UNCHANGED);
    assertThat(bytes("AGENTS.md")).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(agents).toMillis()).isEqualTo(1_000_000_000_000L);
  }

  @Test
  void agentsMdIsCreatedAndAnExistingFileGetsTheSectionAppended() throws Exception {
    Files.writeString(root.resolve("CLAUDE.md"), "# Claude\nBe brief.", StandardCharsets.UTF_8);

    assertThat(DigestFiles.write(root, SECTION)).extracting(DigestOutcome::result)
        .containsExactly(DigestOutcome.Result.CREATED, DigestOutcome.Result.UPDATED);
    assertThat(Files.readString(root.resolve("AGENTS.md"))).isEqualTo(SECTION + "\n");
    assertThat(Files.readString(root.resolve("CLAUDE.md")))
        .isEqualTo("# Claude\nBe brief.\n\n" + SECTION + "\n");
  }

  @Test
  void claudeMdThatImportsAgentsMdIsLeftAlone() throws Exception {
    Files.writeString(root.resolve("CLAUDE.md"), "See\n@AGENTS.md\n", StandardCharsets.UTF_8);
    List<DigestOutcome> outcomes = DigestFiles.write(root, SECTION);
    assertThat(outcomes.get(1).result()).isEqualTo(DigestOutcome.Result.SKIPPED);
    assertThat(Files.readString(root.resolve("CLAUDE.md"))).isEqualTo("See\n@AGENTS.md\n");
  }

  @Test
  void brokenMarkersAndInvalidUtf8AreRefusedAndTheFileIsLeftAsItIs() throws Exception {
    String broken = "# Rules\n" + DigestRenderer.BEGIN + "\nhalf a section\n";
    Files.writeString(root.resolve("AGENTS.md"), broken, StandardCharsets.UTF_8);
    Files.write(root.resolve("CLAUDE.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28});

    List<DigestOutcome> outcomes = DigestFiles.write(root, SECTION);

    assertThat(outcomes).extracting(DigestOutcome::detail).containsExactly(
        "AGENTS.md: the Plumbline section that begins at line 2 has no end marker: restore the"
            + " line '<!-- plumbline:end project-memory -->' after it",
        "CLAUDE.md is not valid UTF-8; Plumbline leaves it as it is. Save it as UTF-8 to get the"
            + " project-memory section.");
    assertThat(Files.readString(root.resolve("AGENTS.md"))).isEqualTo(broken);
    assertThat(bytes("CLAUDE.md")).containsExactly('#', ' ', (byte) 0xC3, (byte) 0x28);

    Files.writeString(root.resolve("AGENTS.md"), DigestRenderer.END + "\n", StandardCharsets.UTF_8);
    assertThat(DigestFiles.write(root, SECTION).get(0).detail()).startsWith(
        "AGENTS.md: the Plumbline end marker at line 1 has no begin marker before it");
    Files.writeString(root.resolve("AGENTS.md"), SECTION + "\n" + SECTION + "\n",
        StandardCharsets.UTF_8);
    assertThat(DigestFiles.write(root, SECTION).get(0).detail()).isEqualTo(
        "AGENTS.md: a second Plumbline section begins at line 4: delete it (with its end marker)"
            + " and build again");
  }

  @Test
  void theGeneratorWritesTheMemoryAsItIsAndIsANoOpTheSecondTime() throws Exception {
    MemoryStore store = new MemoryStore(root);
    store.update(new StructureSnapshot(List.of(new ModuleSnapshot("core", ModuleStatus.ACTIVE,
        IntegrationLevel.WIRED, true, List.of(), List.of("src/Core.java"), Map.of(),
        LocalDate.of(2026, 11, 1))), false), new ProjectFacts("Shop", "Sells things.", "17"));
    store.appendLog(LogEntry.at(LocalDateTime.of(2026, 11, 2, 8, 15), "asked", "did it",
        List.of(), LogStatus.SUCCESS, ""));
    Files.writeString(root.resolve("AGENTS.md"), "# Mine\n", StandardCharsets.UTF_8);
    DigestGenerator generator = new DigestGenerator(DigestSettings.defaults());

    assertThat(generator.generate(root, store)).extracting(DigestOutcome::result)
        .containsExactly(DigestOutcome.Result.UPDATED);
    String agents = Files.readString(root.resolve("AGENTS.md"));
    assertThat(agents).startsWith("# Mine\n\n" + DigestRenderer.BEGIN + "\n")
        .contains("| core | active | WIRED | yes |  |\n")
        .contains("- 2026-11-02 08:15 success: did it\n")
        .endsWith(DigestRenderer.END + "\n");
    assertThat(generator.generate(root, store)).extracting(DigestOutcome::result)
        .containsExactly(DigestOutcome.Result.UNCHANGED);
    assertThat(Files.readString(root.resolve("AGENTS.md"))).isEqualTo(agents);
  }
}
