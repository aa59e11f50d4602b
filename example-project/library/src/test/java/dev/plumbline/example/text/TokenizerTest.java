package dev.plumbline.example.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The critical tokenizer: words in order, lower case, function words dropped. */
class TokenizerTest {

  @Test
  void splitsOnNonLettersLowerCasesAndDropsFunctionWords() {
    assertThat(Tokenizer.words("The Wiring of a PROGRAM, wired: 3 times!"))
        .containsExactly("wiring", "program", "wired", "times");
  }

  @Test
  void emptyTextHasNoWords() {
    assertThat(Tokenizer.words("  42 -- ")).isEmpty();
  }
}
