// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.example.text;

import dev.plumbline.annotations.Module;
import java.util.Set;

/** English function words that say nothing about a text's subject. */
@Module(name = "stop-words", description = "Filters English function words")
public final class StopWords {

  private static final Set<String> WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "in", "is", "it",
          "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "with", "which");

  private StopWords() {}

  /**
   * Whether a lower-case word is a stop word.
   *
   * @param word a lower-case word
   * @return true for function words such as "the"
   */
  public static boolean isStopWord(String word) {
    return word.length() < 2 || WORDS.contains(word);
  }
}
