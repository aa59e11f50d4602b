package dev.plumbline.assistant.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stale references against a real file tree: renamed class, deleted file, JDK code block. */
class StaleReferenceCheckTest {

  @TempDir Path root;

  private JsonNode structure;

  private void write(String path, String content) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  @BeforeEach
  void project() throws Exception {
    write("pom.xml", "<project/>");
    write("src/main/java/com/acme/shop/Cart.java", "package com.acme.shop; public class Cart {}");
    write("src/main/java/com/acme/shop/Pricing.java",
        "package com.acme.shop; public class Pricing {}");
    write("src/main/java/com/acme/shop/Checkout.java",
        "package com.acme.shop; public class Checkout { public static class Step {} }");
    // What the memory recorded before PriceCalculator was renamed to Pricing and the tax module
    // was deleted.
    structure = new ObjectMapper().readTree("""
        {"schemaVersion": 1, "modules": {
          "shop": {"status": "active", "integration": "WIRED", "compiledIn": "shop-app",
            "files": ["src/main/java/com/acme/shop/Cart.java",
                      "src/main/java/com/acme/shop/PriceCalculator.java"],
            "publicApi": {"com.acme.shop.Cart": [], "com.acme.shop.PriceCalculator": [],
                          "com.acme.shop.Pricing": []},
            "removedItems": {"publicApi": {"com.acme.shop.PriceCalculator": "2026-11-20T10:00:00Z"}}},
          "tax": {"status": "active", "integration": "EXISTS", "files": ["src/Tax.java"],
            "publicApi": {"com.acme.tax.TaxTable": []}, "removed": "2026-11-21T09:00:00Z"}
        }}
        """);
  }

  private List<StaleReference> check() throws Exception {
    return new StaleReferenceCheck(ProjectIndex.of(root, structure)).checkAll();
  }

  @Test
  void aRenamedClassAndADeletedFileAreReportedWithTheirLines() throws Exception {
    write("AGENTS.md", """
        # Working on the shop

        The cart lives in `src/main/java/com/acme/shop/Cart.java`.
        Prices come from `src/main/java/com/acme/shop/PriceCalculator.java`.
        Totals: call `com.acme.shop.PriceCalculator.total()`; steps are `com.acme.shop.Checkout.Step`.

        ```java
        import java.util.concurrent.ConcurrentHashMap;
        import com.fasterxml.jackson.databind.ObjectMapper;
        var carts = new ConcurrentHashMap<String, Cart>();
        PriceCalculator calculator = new PriceCalculator();
        ```
        The `tax` module adds VAT; the `shop` module and module `shop-app` build it.
        See [checkout](src/main/java/com/acme/shop/Checkout.java) and [the guide](docs/guide.md).
        Run ./mvnw, read https://example.com/a/b.html and src/**/*.java, and/or target/classes/x.txt.
        """);

    assertThat(check()).extracting(StaleReference::format).containsExactly(
        "AGENTS.md:4:19: `src/main/java/com/acme/shop/PriceCalculator.java` does not exist in"
            + " the project; correct or remove the reference",
        "AGENTS.md:5:15: `com.acme.shop.PriceCalculator` names no class in the code (it was a"
            + " public type of module 'shop'); correct or remove the reference",
        "AGENTS.md:11:1: `PriceCalculator` was a class of the project"
            + " (com.acme.shop.PriceCalculator, module 'shop') and no longer exists in the code;"
            + " correct or remove the reference",
        "AGENTS.md:11:34: `PriceCalculator` was a class of the project"
            + " (com.acme.shop.PriceCalculator, module 'shop') and no longer exists in the code;"
            + " correct or remove the reference",
        "AGENTS.md:13:6: module `tax` was removed from the code on 2026-11-21T09:00:00Z;"
            + " correct or remove the reference",
        "AGENTS.md:14:75: `docs/guide.md` does not exist in the project; correct or remove the"
            + " reference");
  }

  @Test
  void aCodeBlockNamingJdkClassesIsNotReported() throws Exception {
    write("CLAUDE.md", """
        ```java
        import java.util.List;
        import java.util.Map.Entry;
        java.nio.file.Files.readString(java.nio.file.Path.of("x"));
        javax.annotation.processing.Processor p = null;
        Map<String, List<Cart>> carts = new java.util.HashMap<>();
        ```
        `java.util.concurrent.ConcurrentHashMap` and `String` are fine.
        """);
    assertThat(check()).isEmpty();
  }

  @Test
  void cursorRulesAndClaudeImportsAreCheckedAndTheGeneratedSectionIsSkipped() throws Exception {
    write(".cursor/rules/shop.mdc", """
        ---
        globs: src/**/*.java
        ---
        Keep `com.acme.shop.Cart` small; never touch `com.acme.shop.Legacy`.
        """);
    write("CLAUDE.md", """
        @AGENTS.md
        @docs/old-notes.md
        <!-- plumbline:begin project-memory -->
        | tax | removed | EXISTS | | |  `com.acme.shop.Gone`
        <!-- plumbline:end project-memory -->
        """);
    write("AGENTS.md", "# Agents\n");

    assertThat(check()).extracting(StaleReference::format).containsExactly(
        "CLAUDE.md:2:2: `docs/old-notes.md` does not exist in the project; correct or remove"
            + " the reference",
        ".cursor/rules/shop.mdc:4:47: `com.acme.shop.Legacy` names no class in the code;"
            + " correct or remove the reference");
  }

  @Test
  void withoutAMemoryModuleNamesAreNotJudged() throws Exception {
    write("AGENTS.md", "The `anything` module.\n");
    assertThat(new StaleReferenceCheck(ProjectIndex.of(root, null)).checkAll()).isEmpty();
  }
}
