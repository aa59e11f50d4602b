// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells English text from text in other languages, word by word: a word is foreign when it holds
 * a letter outside A-Z. Symbols (✓, →, ±, ∑) are not letters. A lone Latin or Greek letter names a
 * character or is a math symbol ("À - uppercase A", π, λ in "O(n·α(n))"), and µ is the micro sign
 * of a unit (µs): all allowed in comments. In comments, quoted data ({@code {@code ...}},
 * {@code <pre>}, "double quotes") and {@code @author} names are skipped like string literals, and
 * English words spelled with diacritics (naïve, café, façade) are English. Identifiers get none
 * of these allowances.
 */
final class EnglishText {

  /**
   * Spans of a comment that quote data rather than speak: {@code {@code ...}} and
   * {@code {@literal ...}} tags, {@code <code>}, {@code <pre>}, {@code <tt>} and {@code <samp>}
   * elements and double-quoted text, like the string literals they describe.
   */
  private static final Pattern QUOTED_DATA = Pattern.compile(
      "\\{@(?:code|literal)\\s[^}]*}"
          + "|(?is)<(code|pre|tt|samp)>.*?</\\1>"
          + "|\"[^\"\\n]*\""
          + "|@author[^\\n]*");

  /** English words spelled with diacritics; a comment may use them, an identifier may not. */
  private static final ImmutableSet<String> ENGLISH_LOANWORDS = ImmutableSet.of(
      "naïve", "naïvely", "naïveté", "café", "cafés", "résumé", "façade", "cliché", "déjà",
      "rôle", "élan", "über", "coöperate", "coördinate", "fiancé", "protégé", "entrée", "décor",
      "touché", "exposé", "soirée", "doppelgänger", "jalapeño");

  /**
   * Short English words that show a comment is written in English; a capitalised Latin word with
   * diacritics in such a comment is a person's or a place's name (Shipilëv, Gödel, Chrupała).
   */
  private static final ImmutableSet<String> ENGLISH_FUNCTION_WORDS = ImmutableSet.of(
      "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "by", "with", "from", "is",
      "are", "was", "see", "as", "at", "this", "that", "it", "be", "not", "thanks", "after",
      "per", "via", "based", "written", "like", "than");

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

  /**
   * Whether an identifier holds a letter outside A-Z. Identifiers get none of the comment
   * allowances: a name is typed by every caller, so even one {@code ü} or {@code λ} counts.
   */
  static boolean hasForeignLetter(String identifier) {
    return identifier.codePoints().anyMatch(c -> c > 0x7F && Character.isLetter(c));
  }

  /**
   * The first foreign word of a comment, outside the spans that quote data. In a comment written
   * in English, capitalised Latin words ({@code Shipilëv}, {@code Milidiú}) are names, not
   * language: people are called what they are called.
   */
  static Optional<String> firstForeignWordInComment(String comment) {
    if (isAscii(comment)) {
      return Optional.empty();
    }
    String text = QUOTED_DATA.matcher(comment).replaceAll("");
    boolean english = isEnglish(text);
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      String word = words.group();
      if (!isAscii(word) && !isMathSymbol(word)
          && !ENGLISH_LOANWORDS.contains(word.toLowerCase(Locale.ROOT))
          && !(english && isLatinName(word))) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  /**
   * A comment is English when it uses an English function word, or consists of capitalised words
   * only (a list of names, such as a credit line).
   */
  private static boolean isEnglish(String text) {
    Matcher words = WORD.matcher(text);
    boolean onlyCapitalised = true;
    while (words.find()) {
      String word = words.group();
      if (ENGLISH_FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
      onlyCapitalised &= Character.isUpperCase(word.codePointAt(0));
    }
    return onlyCapitalised;
  }

  /** A capitalised word in Latin script with lower-case letters after the first. */
  private static boolean isLatinName(String word) {
    int first = word.codePointAt(0);
    return Character.isUpperCase(first)
        && word.codePoints().skip(1).anyMatch(Character::isLowerCase)
        && word.codePoints().filter(Character::isLetter).allMatch(
            c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  /** The name with accents removed ({@code größe} has none to remove), if that leaves ASCII. */
  static Optional<String> withoutDiacritics(String name) {
    String plain = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
        .replaceAll("");
    return isAscii(plain) && !plain.equals(name) ? Optional.of(plain) : Optional.empty();
  }

  private static boolean isMathSymbol(String word) {
    if (isAscii(word.replace("µ", "").replace("μ", ""))) {
      return true; // a unit such as µs or µm, written with the micro sign or the Greek mu
    }
    if (word.codePointCount(0, word.length()) != 1) {
      return false;
    }
    // A lone Latin or Greek letter names a character or a variable ("À - uppercase A", "π").
    Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
    return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK;
  }
}
