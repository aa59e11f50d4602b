package dev.plumbline.rules;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class EnglishOnlyTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(EnglishOnly.class, getClass());

  @Test
  void flagsForeignLettersInIdentifiers() {
    helper
        .addSourceLines(
            "Names.java",
            "import java.util.function.Function;",
            "// BUG: Diagnostic contains: Identifier Größe uses non-English letters",
            "class Größe {",
            "  // BUG: Diagnostic contains: Identifier café uses non-English letters: name it in"
                + " English (for instance cafe)",
            "  int café;",
            "  // BUG: Diagnostic contains: Identifier назва",
            "  void назва() {}",
            "  // BUG: Diagnostic contains: Identifier 名前",
            "  <名前> void generic() {}",
            "  void lambda() {",
            "    // BUG: Diagnostic contains: Identifier función",
            "    Function<String, Integer> función = s -> s.length();",
            "  }",
            "  // BUG: Diagnostic contains: Identifier Ação",
            "  record Ação(int valor) {}",
            "  // BUG: Diagnostic contains: Identifier Modus",
            "  enum Modus { AN, AUS; int größer; }",
            "}")
        .expectErrorMessage(
            "Modus",
            message -> message.contains("größer"))
        .doTest();
  }

  @Test
  void flagsForeignWordsInCommentsAndJavadoc() {
    helper
        .addSourceLines(
            "Comments.java",
            "/**",
            "// BUG: Diagnostic contains: Comment contains the non-English word 'Klasse'",
            " * Eine Klasse für Tests.",
            " */",
            "class Comments {",
            "  // BUG: Diagnostic contains: non-English word 'проверка'",
            "  // проверка",
            "  int value;",
            "  /* Bloque en español */",
            "  // BUG: Diagnostic contains: non-English word 'español'",
            "  int other;",
            "}")
        .doTest();
  }

  @Test
  void acceptsStringsTextBlocksSymbolsMathAndSuppressedCode() {
    helper
        .addSourceLines(
            "Clean.java",
            "/** Prints ✓ on success → then exits; cost is O(n·α(n)) ± 5 µs, area π·r². */",
            "class Clean {",
            "  String greeting = \"Grüß Gott, привет\";",
            "  char letter = 'ß';",
            "  String block = \"\"\"",
            "      Größe: 42",
            "      \"\"\";",
            "  // arrows ← ↑ → ↓, sums ∑ and checks ✓ ✗ are symbols, not letters",
            "  int plain;",
            "  /** Berechnet die Größe. */",
            "  @SuppressWarnings(\"EnglishOnly\")",
            "  int größe() { return 0; /* Größe */ }",
            "}")
        .doTest();
  }

  @Test
  void fixRemovesAccentsFromPrivateAndLocalNames() {
    BugCheckerRefactoringTestHelper.newInstance(EnglishOnly.class, getClass())
        .addInputLines(
            "Names.java",
            "class Names {",
            "  private int café;",
            "  int use() {",
            "    int résumé = café;",
            "    return résumé;",
            "  }",
            "}")
        .addOutputLines(
            "Names.java",
            "class Names {",
            "  private int cafe;",
            "  int use() {",
            "    int resume = cafe;",
            "    return resume;",
            "  }",
            "}")
        .doTest();
  }
}
