// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code 13a} tokenizer of mteval-v13a.pl, as sacreBLEU applies it before BLEU: drop
 * {@code <skipped>}, join lines, unescape four HTML entities, split off punctuation and symbols
 * (not the apostrophe), split periods and commas unless they sit between digits, split a dash
 * after a digit, then collapse whitespace.
 */
public final class Tokenizer13a {

  private static final Pattern SYMBOLS = Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])");
  private static final Pattern PERIOD_COMMA_AFTER_NON_DIGIT = Pattern.compile("([^0-9])([\\.,])");
  private static final Pattern PERIOD_COMMA_BEFORE_NON_DIGIT = Pattern.compile("([\\.,])([^0-9])");
  private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");
  // Python's str.split(): any run of Unicode whitespace.
  private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private Tokenizer13a() {
  }

  /**
   * Tokenizes one segment.
   *
   * @param line the segment (trailing whitespace is ignored, as sacreBLEU strips it first)
   * @return the tokens joined by single spaces
   */
  public static String tokenize(String line) {
    String text = line.stripTrailing().replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
    if (text.contains("&")) {
      text = text.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<")
          .replace("&gt;", ">");
    }
    text = " " + text + " ";
    text = SYMBOLS.matcher(text).replaceAll(" $1 ");
    text = PERIOD_COMMA_AFTER_NON_DIGIT.matcher(text).replaceAll("$1 $2 ");
    text = PERIOD_COMMA_BEFORE_NON_DIGIT.matcher(text).replaceAll(" $1 $2");
    text = DASH_AFTER_DIGIT.matcher(text).replaceAll("$1 $2 ");
    return String.join(" ", words(text));
  }

  /**
   * Splits on whitespace, as Python's {@code str.split()} without arguments.
   *
   * @param text any text
   * @return its words, without empty strings
   */
  static List<String> words(String text) {
    String stripped = WHITESPACE.matcher(text).replaceAll(" ").strip();
    return stripped.isEmpty() ? List.of() : List.of(stripped.split(" "));
  }
}
