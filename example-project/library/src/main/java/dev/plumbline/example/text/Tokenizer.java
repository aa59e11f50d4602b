// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.example.text;

import dev.plumbline.annotations.Critical;
import dev.plumbline.annotations.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into lower-case words. */
@Module(name = "tokenizer", description = "Splits text into lower-case words")
@Critical("every count starts from its words")
public final class Tokenizer {

  private Tokenizer() {}

  /**
   * The words of a text: maximal runs of letters, lower-cased, stop words removed.
   *
   * @param text any text
   * @return the words in order of appearance
   */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        current.append(Character.toLowerCase(c));
      } else if (current.length() > 0) {
        String word = current.toString().toLowerCase(Locale.ROOT);
        if (!StopWords.isStopWord(word)) {
          words.add(word);
        }
        current.setLength(0);
      }
    }
    return words;
  }
}
