// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells English text from text in other languages, letter by letter: a word is foreign when it
 * holds a letter outside A-Z. Symbols (✓, →, ±, ∑) are not letters. A lone Greek letter is a math
 * symbol (π, λ, ε in "O(n·α(n))"), and µ is the micro sign of a unit (µs); both are allowed.
 */
final class EnglishText {

  /** A run of letters (and the combining marks that belong to them). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private EnglishText() {}

  static boolean isAscii(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** The first word of {@code text} that holds a non-English letter, if any. */
  static Optional<String> firstForeignWord(String text) {
    if (isAscii(text)) {
      return Optional.empty();
    }
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      String word = words.group();
      if (!isAscii(word) && !isMathSymbol(word)) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  /** The name with accents removed ({@code größe} has none to remove), if that leaves ASCII. */
  static Optional<String> withoutDiacritics(String name) {
    String plain = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
        .replaceAll("");
    return isAscii(plain) && !plain.equals(name) ? Optional.of(plain) : Optional.empty();
  }

  private static boolean isMathSymbol(String word) {
    if (isAscii(word.replace("µ", ""))) {
      return true; // a unit such as µs or µm
    }
    if (word.codePointCount(0, word.length()) != 1) {
      return false;
    }
    int letter = word.codePointAt(0);
    return letter == 'µ' || Character.UnicodeBlock.of(letter) == Character.UnicodeBlock.GREEK;
  }
}
