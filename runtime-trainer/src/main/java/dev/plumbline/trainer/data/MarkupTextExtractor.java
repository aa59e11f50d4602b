// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML and XML: a light tag stripper. Drops comments, scripts, styles and processing
 * instructions, keeps CDATA text, turns block-level tags into line breaks, removes the remaining
 * tags and decodes the common entities. Not a full HTML parser, and it does not need to be: the
 * result only feeds a tokenizer.
 */
final class MarkupTextExtractor implements TextExtractor {

  private static final Pattern DROPPED = Pattern.compile(
      "(?is)<!--.*?-->|<script\\b.*?</script\\s*>|<style\\b.*?</style\\s*>|<\\?.*?\\?>"
          + "|<!DOCTYPE[^>]*>");
  private static final Pattern CDATA = Pattern.compile("(?s)<!\\[CDATA\\[(.*?)]]>");
  private static final Pattern BLOCK_TAG = Pattern.compile(
      "(?i)</?(p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|pre|blockquote)"
          + "\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(\\n[ \\t]*)+");
  private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">",
      "quot", "\"", "apos", "'", "nbsp", " ");

  @Override
  public void extract(Path file, ChunkSink sink) throws IOException {
    sink.accept(strip(Files.readString(file, StandardCharsets.UTF_8)));
  }

  static String strip(String markup) {
    String text = DROPPED.matcher(markup).replaceAll("");
    text = CDATA.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        m.group(1).replace("<", "&lt;").replace(">", "&gt;")));
    text = BLOCK_TAG.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text = ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(decode(m.group(1))));
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    return text.strip().isEmpty() ? "" : text.strip() + "\n";
  }

  private static String decode(String entity) {
    if (entity.startsWith("#x") || entity.startsWith("#X")) {
      return codePoint(entity.substring(2), 16, entity);
    }
    if (entity.startsWith("#")) {
      return codePoint(entity.substring(1), 10, entity);
    }
    return NAMED.getOrDefault(entity, "&" + entity + ";");
  }

  private static String codePoint(String digits, int radix, String entity) {
    try {
      int value = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(value) ? Character.toString(value) : "&" + entity + ";";
    } catch (NumberFormatException e) {
      return "&" + entity + ";";
    }
  }
}
