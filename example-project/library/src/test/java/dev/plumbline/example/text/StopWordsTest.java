package dev.plumbline.example.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Function words and one-letter words are stop words; content words are not. */
class StopWordsTest {

  @Test
  void functionWordsAndSingleLettersAreStopWords() {
    assertThat(StopWords.isStopWord("the")).isTrue();
    assertThat(StopWords.isStopWord("x")).isTrue();
    assertThat(StopWords.isStopWord("module")).isFalse();
  }
}
