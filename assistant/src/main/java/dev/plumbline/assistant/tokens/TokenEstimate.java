// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.assistant.tokens;

/**
 * An upper estimate of how many tokens a language model's tokenizer makes of a text, computed
 * without a vocabulary so that it can run inside the compiler (the real tokenizers are native
 * libraries or multi-megabyte vocabularies, which do not belong on a processor path).
 *
 * <p>The text is cut the way byte-level BPE tokenizers pre-tokenize it, and each piece is
 * charged what those tokenizers charge at most for that kind of piece: a word part (an
 * identifier is cut at its camel-case humps) one token per started 4 letters, plus one for a
 * part of 9 letters or more; a digit run one token per started 3 digits; every punctuation
 * character one token; a run of white space that holds a line break, or that is not just the
 * space before a word, one token; every other character (non-ASCII) two tokens. The estimate is
 * checked in the tests against OpenAI's cl100k_base and o200k_base tokenizers and a HuggingFace
 * WordPiece tokenizer on the digests and answers Plumbline produces: it was never below any of
 * them (see the module's README for the measured ratios).
 */
public final class TokenEstimate {

  private TokenEstimate() {}

  /**
   * Estimates the tokens of a text.
   *
   * @param text the text
   * @return an upper estimate of its token count
   */
  public static int of(CharSequence text) {
    int tokens = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (isAsciiLetter(c)) {
        int end = i + 1;
        while (end < length && isAsciiLetter(text.charAt(end))
            && !(Character.isUpperCase(text.charAt(end))
                && Character.isLowerCase(text.charAt(end - 1)))) {
          end++;
        }
        tokens += wordPart(end - i);
        i = end;
      } else if (c >= '0' && c <= '9') {
        int end = i + 1;
        while (end < length && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
          end++;
        }
        tokens += (end - i + 2) / 3;
        i = end;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        int end = i + 1;
        boolean lineBreak = c == '\n' || c == '\r';
        while (end < length && isSpace(text.charAt(end))) {
          lineBreak |= text.charAt(end) == '\n' || text.charAt(end) == '\r';
          end++;
        }
        boolean spaceBeforeWord = !lineBreak && end - i == 1 && c == ' ';
        tokens += spaceBeforeWord ? 0 : 1;
        i = end;
      } else if (c < 128) {
        tokens++;
        i++;
      } else {
        tokens += 2;
        i += Character.charCount(Character.codePointAt(text, i));
      }
    }
    return tokens;
  }

  private static int wordPart(int letters) {
    return (letters + 3) / 4 + (letters >= 9 ? 1 : 0);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
