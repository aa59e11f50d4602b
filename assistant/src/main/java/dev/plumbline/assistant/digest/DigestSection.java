// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.assistant.digest;

import org.jspecify.annotations.Nullable;

/**
 * Puts the generated section into a document's text and leaves every other character exactly
 * as it was: the text before the begin marker's line and after the end marker's line is copied
 * unchanged. A document without markers gets the section appended after a blank line. The
 * section's lines use the document's line separator (CR LF when the document uses it).
 */
public final class DigestSection {

  private static final String BEGIN_PREFIX = "<!-- plumbline:begin project-memory";
  private static final String END_PREFIX = "<!-- plumbline:end project-memory";

  private DigestSection() {}

  /**
   * Returns the document with the section in place.
   *
   * @param document the document's current text, or null when it does not exist yet
   * @param section the section, lines separated by {@code \n}, without a final line break
   * @return the new text
   * @throws IllegalArgumentException when the markers are broken (a begin marker without an end
   *     marker, an end marker first, or two sections), naming the lines
   */
  public static String splice(@Nullable String document, String section) {
    if (document == null || document.isEmpty()) {
      return section + "\n";
    }
    String separator = document.contains("\r\n") ? "\r\n" : "\n";
    String body = section.replace("\n", separator);
    Markers markers = find(document);
    if (markers == null) {
      String gap = document.endsWith(separator + separator) ? ""
          : document.endsWith("\n") ? separator : separator + separator;
      return document + gap + body + separator;
    }
    return document.substring(0, markers.begin()) + body + document.substring(markers.end());
  }

  /**
   * Whether the text holds a section (a begin marker line).
   *
   * @param document the text
   * @return true when a begin marker is present
   */
  public static boolean hasSection(String document) {
    return find(document) != null;
  }

  /**
   * Where the section starts and ends, as line numbers from 1, so that checks can skip it.
   *
   * @param document the text
   * @return {@code {firstLine, lastLine}}, or null when there is no section
   */
  public static int @Nullable [] lines(String document) {
    Markers markers = find(document);
    if (markers == null) {
      return null;
    }
    return new int[] {lineOf(document, markers.begin()), lineOf(document, markers.end() - 1)};
  }

  /** Character offsets: the begin marker's line start, the end marker line's end (no EOL). */
  private record Markers(int begin, int end) {}

  private static @Nullable Markers find(String document) {
    int begin = -1;
    int beginLine = 0;
    int line = 1;
    for (int start = 0; start < document.length(); line++) {
      int eol = document.indexOf('\n', start);
      int next = eol < 0 ? document.length() : eol + 1;
      int contentEnd = eol < 0 ? document.length()
          : eol > start && document.charAt(eol - 1) == '\r' ? eol - 1 : eol;
      String text = document.substring(start, contentEnd).strip();
      if (text.startsWith(BEGIN_PREFIX)) {
        if (begin >= 0) {
          throw new IllegalArgumentException("two Plumbline sections begin, at lines " + beginLine
              + " and " + line + ": delete one of them (with its end marker) and build again");
        }
        begin = start;
        beginLine = line;
      } else if (text.startsWith(END_PREFIX)) {
        if (begin < 0) {
          throw new IllegalArgumentException("the Plumbline end marker at line " + line
              + " has no begin marker before it: restore the line '" + DigestRenderer.BEGIN
              + "' above the section, or delete the end marker");
        }
        Markers markers = new Markers(begin, contentEnd);
        checkNoSecondSection(document, next, line);
        return markers;
      }
      start = next;
    }
    if (begin >= 0) {
      throw new IllegalArgumentException("the Plumbline section that begins at line " + beginLine
          + " has no end marker: restore the line '" + DigestRenderer.END + "' after it");
    }
    return null;
  }

  private static void checkNoSecondSection(String document, int from, int endLine) {
    int line = endLine + 1;
    for (int start = from; start < document.length(); line++) {
      int eol = document.indexOf('\n', start);
      String text = document.substring(start, eol < 0 ? document.length() : eol).strip();
      if (text.startsWith(BEGIN_PREFIX)) {
        throw new IllegalArgumentException("a second Plumbline section begins at line " + line
            + ": delete it (with its end marker) and build again");
      }
      start = eol < 0 ? document.length() : eol + 1;
    }
  }

  private static int lineOf(String document, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (document.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
