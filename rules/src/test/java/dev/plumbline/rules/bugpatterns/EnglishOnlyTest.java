package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** The expected messages hold non-English words, so markers name them by key (ASCII only). */
class EnglishOnlyTest {

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(EnglishOnly.class, getClass());

  @Test
  void flagsForeignLettersInIdentifiers() {
    helper
        .addSourceLines(
            "Names.java",
            "import java.util.function.Function;",
            "// BUG: Diagnostic matches: TYPE",
            "class Größe {",
            "  // BUG: Diagnostic matches: FIELD",
            "  int café;",
            "  // BUG: Diagnostic matches: METHOD",
            "  void назва() {}",
            "  // BUG: Diagnostic matches: TYPE_PARAMETER",
            "  <名前> void generic() {}",
            "  void lambda() {",
            "    // BUG: Diagnostic matches: LOCAL",
            "    Function<String, Integer> función = s -> s.length();",
            "  }",
            "  // BUG: Diagnostic matches: RECORD",
            "  record Ação(int valor) {}",
            "  enum Modus {",
            "    AN;",
            "    // BUG: Diagnostic matches: ENUM_FIELD",
            "    int größer;",
            "  }",
            "}")
        .expectErrorMessage("TYPE", m -> m.contains("Identifier Größe uses non-English letters"))
        .expectErrorMessage(
            "FIELD",
            m -> m.contains("Identifier café uses non-English letters: name it in English"
                + " (for instance cafe)"))
        .expectErrorMessage("METHOD", m -> m.contains("Identifier назва"))
        .expectErrorMessage("TYPE_PARAMETER", m -> m.contains("Identifier 名前"))
        .expectErrorMessage("LOCAL", m -> m.contains("Identifier función"))
        .expectErrorMessage("RECORD", m -> m.contains("Identifier Ação"))
        .expectErrorMessage("ENUM_FIELD", m -> m.contains("Identifier größer"))
        .doTest();
  }

  @Test
  void flagsInterfacesAnonymousAndLocalClasses() {
    helper
        .addSourceLines(
            "Shapes.java",
            "// BUG: Diagnostic matches: INTERFACE",
            "interface Fläche {",
            "  double area();",
            "}",
            "class Shapes {",
            "  Fläche unit() {",
            "    return new Fläche() {",
            "      // BUG: Diagnostic matches: ANONYMOUS_COMMENT",
            "      @Override public double area() { return 1; } /* die Einheitsfläche */",
            "    };",
            "  }",
            "  void local() {",
            "    // BUG: Diagnostic matches: LOCAL_CLASS",
            "    class Hilfsklasse_ü {}",
            "  }",
            "}")
        .expectErrorMessage("INTERFACE", m -> m.contains("Identifier Fläche"))
        .expectErrorMessage("ANONYMOUS_COMMENT", m -> m.contains("non-English word 'Einheitsfläche'"))
        .expectErrorMessage("LOCAL_CLASS", m -> m.contains("Identifier Hilfsklasse_ü"))
        .doTest();
  }

  @Test
  void flagsForeignWordsInCommentsAndJavadoc() {
    helper
        .addSourceLines(
            "Comments.java",
            "/**",
            " * // BUG: Diagnostic matches: JAVADOC",
            " * Eine Klasse für Tests.",
            " */",
            "class Comments {",
            "  // BUG: Diagnostic matches: LINE",
            "  int value; // проверка",
            "  // BUG: Diagnostic matches: BLOCK",
            "  /* Bloque en español */ int other;",
            "}",
            "// BUG: Diagnostic matches: TRAILING",
            "/* 最後のコメント after the last token */")
        .expectErrorMessage(
            "JAVADOC",
            m -> m.contains("Comment contains the non-English word 'für': write code comments in"
                + " English"))
        .expectErrorMessage("LINE", m -> m.contains("non-English word 'проверка'"))
        .expectErrorMessage("BLOCK", m -> m.contains("non-English word 'español'"))
        .expectErrorMessage("TRAILING", m -> m.contains("non-English word '最後のコメント'"))
        .doTest();
  }

  /** #14 point 3: people's names in English comments are not foreign language. */
  @Test
  void namesInEnglishCommentsAreNotForeignButForeignSentencesStillAre() {
    helper
        .addSourceLines(
            "Names.java",
            "/** Thanks to Aleksey Shipil\u00ebv for the benchmark idea. */",
            "class Names {",
            "  // Tokenizer of Grzegorz Chrupa\u0142a and Ruy Milidi\u00fa, after G\u00f6del.",
            "  int tokens;",
            "  // G\u00f6del",
            "  int alone;",
            "  // BUG: Diagnostic matches: GERMAN",
            "  int size; // Berechnet die Gr\u00f6\u00dfe des Puffers",
            "}")
        .expectErrorMessage("GERMAN", m -> m.contains("non-English word 'Gr\u00f6\u00dfe'"))
        .doTest();
  }

  @Test
  void acceptsStringsTextBlocksSymbolsMathAndSuppressedCode() {
    helper
        .addSourceLines(
            "Clean.java",
            "/** Prints ✓ on success → then exits; cost is O(n·α(n)) ± 5 µs (5 μs), area π·r². */",
            "class Clean {",
            "  String greeting = \"Grüß Gott, привет\";",
            "  char letter = 'ß';",
            "  String block = \"\"\"",
            "      Größe: 42",
            "      \"\"\";",
            "  // arrows ← ↑ → ↓, sums ∑ and checks ✓ ✗ are symbols, not letters",
            "  // À - uppercase A, grave accent; a naïve façade for the café",
            "  /**",
            "   * Escapes {@code \"<Français>\"} as {@literal Größe}, <code>große</code>, \"Grüße\".",
            "   * <pre>",
            "   * Straße",
            "   * </pre>",
            "   * @author Jürgen Müller",
            "   */",
            "  int quoted;",
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
