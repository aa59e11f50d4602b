package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.memory.MemoryStore;
import dev.plumbline.memory.concept.ConceptProposal;
import dev.plumbline.memory.concept.ProjectFacts;
import dev.plumbline.memory.structure.IntegrationLevel;
import dev.plumbline.memory.structure.ModuleSnapshot;
import dev.plumbline.memory.structure.ModuleStatus;
import dev.plumbline.memory.structure.StructureSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** memory digest, memory check-docs and memory concept on real files, exact output. */
class AssistantCommandsTest {

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @TempDir Path root;

  @BeforeEach
  void memory() throws Exception {
    Files.createDirectories(root.resolve("src/main/java/shop"));
    Files.writeString(root.resolve("src/main/java/shop/Cart.java"), "package shop; class Cart {}");
    new MemoryStore(root).update(new StructureSnapshot(List.of(new ModuleSnapshot("cart",
        ModuleStatus.ACTIVE, IntegrationLevel.WIRED, true, List.of(),
        List.of("src/main/java/shop/Cart.java"), Map.of("shop.Cart", List.of(), "shop.Basket",
        List.of()), LocalDate.of(2026, 11, 1))), false), new ProjectFacts("Shop", null, "17"));
  }

  @Test
  void digestWritesTheSectionAndIsByteIdenticalTheSecondTime() throws Exception {
    Files.writeString(root.resolve("AGENTS.md"), "# Mine\n", StandardCharsets.UTF_8);

    assertThat(PlumblineCli.execute("memory", "digest", "-p", root.toString(), "--command",
        "./plumbline")).isZero();
    assertThat(console.out()).startsWith("✓ AGENTS.md: project-memory section updated (about ");
    String agents = Files.readString(root.resolve("AGENTS.md"));
    assertThat(agents).startsWith("# Mine\n\n<!-- plumbline:begin project-memory -->\n")
        .contains("| cart | active | WIRED | yes |  |").contains("`./plumbline memory show`");

    assertThat(PlumblineCli.execute("memory", "digest", "-p", root.toString(), "--command",
        "./plumbline")).isZero();
    assertThat(console.out()).contains("✓ AGENTS.md: project-memory section unchanged");
    assertThat(Files.readString(root.resolve("AGENTS.md"))).isEqualTo(agents);

    assertThat(PlumblineCli.execute("memory", "digest", "-p", root.toString(), "--tokens", "10"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(console.err()).contains("[ERROR] the digest's token budget must be at least 600");
  }

  @Test
  void checkDocsPrintsEachStaleReferenceWithFileLineAndColumn() throws Exception {
    Files.writeString(root.resolve("AGENTS.md"), "# Shop\n\nBaskets: `shop.Basket` and"
        + " `src/main/java/shop/Basket.java`.\n```java\nvar list = new java.util.ArrayList<>();\n"
        + "```\n", StandardCharsets.UTF_8);

    assertThat(PlumblineCli.execute("memory", "check-docs", "-p", root.toString())).isZero();
    assertThat(console.out()).isEqualTo(
        "[WARN] AGENTS.md:3:11: `shop.Basket` names no class in the code (it was a public type"
            + " of module 'cart'); correct or remove the reference\n"
            + "[WARN] AGENTS.md:3:29: `src/main/java/shop/Basket.java` does not exist in the"
            + " project; correct or remove the reference\n"
            + "[INFO] 2 stale reference(s) in 1 assistant file(s)\n");
    assertThat(PlumblineCli.execute("memory", "check-docs", "-p", root.toString(), "--strict"))
        .isEqualTo(ExitCodes.INVALID);
  }

  @Test
  void conceptApproveAppliesTheProposalAndRejectNeedsAnId() throws Exception {
    new MemoryStore(root).proposeConcept(new ConceptProposal("The user wants a vision",
        Map.of("vision", "Sell \u001b[31mthings"), Map.of()));

    assertThat(PlumblineCli.execute("memory", "concept", "proposals", "-p", root.toString()))
        .isZero();
    assertThat(console.out()).contains("[INFO]   set vision: Sell \\u001b[31mthings\n");
    assertThat(PlumblineCli.execute("memory", "concept", "reject", "-p", root.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(PlumblineCli.execute("memory", "concept", "approve", "-p", root.toString()))
        .isZero();
    assertThat(console.out()).contains("✓ concept proposal 1 approved: set vision\n");
    assertThat(Files.readString(root.resolve(".claude/project_concept.json")))
        .contains("\"vision\": \"Sell \\u001B[31mthings\"");
    assertThat(PlumblineCli.execute("memory", "concept", "approve", "-p", root.toString()))
        .isEqualTo(ExitCodes.INVALID);
    assertThat(console.err()).contains("[ERROR] there is no pending concept proposal. Nothing was"
        + " written.");
  }
}
