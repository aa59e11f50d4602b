// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.example.text;

import dev.plumbline.annotations.Module;

/**
 * Reduces English words to a crude stem. The application does not use it yet, so Plumbline
 * reports it NOT WIRED (a warning: it is not critical).
 */
@Module(name = "stemmer", description = "Reduces words to stems; not used by the app yet")
public final class Stemmer {

  private Stemmer() {}

  /**
   * The stem of a lower-case word: common suffixes removed.
   *
   * @param word a lower-case word
   * @return its stem
   */
  public static String stem(String word) {
    for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
      if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }
}
