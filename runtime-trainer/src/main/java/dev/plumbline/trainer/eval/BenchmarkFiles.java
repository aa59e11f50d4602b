// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads the published JSON Lines layouts of HellaSwag, MMLU and GSM8K into items, preparing the
 * text as the LM evaluation harness's tasks do, so that a score here means what the harness's
 * means (zero-shot).
 */
public final class BenchmarkFiles {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BRACKETED = Pattern.compile("\\[.*?\\]");
  private static final String[] LETTERS = {"A", "B", "C", "D"};

  private BenchmarkFiles() {
  }

  /**
   * HellaSwag ({@code Rowan/hellaswag}: {@code activity_label}, {@code ctx_a}, {@code ctx_b},
   * {@code endings}, {@code label}). The context is {@code activity_label: ctx_a Ctx_b} and the
   * choices the endings, both cleaned of WikiHow's bracketed artefacts as the harness's
   * {@code preprocess} does.
   *
   * @param file a {@code .jsonl} file, one item per line
   * @return the items
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the file and line when an item lacks a field
   */
  public static List<MultipleChoiceItem> hellaSwag(Path file) throws IOException {
    return read(file, (node, where) -> {
      String context = text(node, "ctx_a", where) + " " + capitalize(text(node, "ctx_b", where));
      List<String> endings = new ArrayList<>();
      for (JsonNode ending : array(node, "endings", where)) {
        endings.add(preprocess(ending.asText()));
      }
      return new MultipleChoiceItem(
          preprocess(text(node, "activity_label", where) + ": " + context), " ", endings,
          Integer.parseInt(field(node, "label", where).asText()));
    });
  }

  /**
   * MMLU ({@code cais/mmlu}: {@code question}, {@code subject}, {@code choices}, {@code answer}).
   * The context is the harness's zero-shot prompt ("The following are multiple choice questions
   * (with answers) about &lt;subject&gt;.", the question, the lettered choices and
   * {@code Answer:}); the choices are the letters A to D.
   *
   * @param file a {@code .jsonl} file, one question per line
   * @return the items
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the file and line when an item lacks a field
   */
  public static List<MultipleChoiceItem> mmlu(Path file) throws IOException {
    return read(file, (node, where) -> {
      JsonNode choices = array(node, "choices", where);
      if (choices.size() != LETTERS.length) {
        throw new IllegalArgumentException(where + ": MMLU has 4 choices, this item has "
            + choices.size());
      }
      StringBuilder prompt = new StringBuilder("The following are multiple choice questions (with"
          + " answers) about " + text(node, "subject", where).replace('_', ' ') + ".\n\n"
          + text(node, "question", where).strip());
      for (int i = 0; i < LETTERS.length; i++) {
        prompt.append('\n').append(LETTERS[i]).append(". ").append(choices.get(i).asText());
      }
      prompt.append("\nAnswer:");
      return new MultipleChoiceItem(prompt.toString(), " ", List.of(LETTERS),
          field(node, "answer", where).asInt());
    });
  }

  /**
   * GSM8K ({@code openai/gsm8k}: {@code question}, {@code answer} ending in {@code #### N}).
   *
   * @param file a {@code .jsonl} file, one problem per line
   * @return the problems
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the file and line when a problem lacks a field
   */
  public static List<Gsm8k.Problem> gsm8k(Path file) throws IOException {
    return read(file, (node, where) -> new Gsm8k.Problem(text(node, "question", where),
        text(node, "answer", where)));
  }

  // The harness's HellaSwag preprocess: strip, " [title]" to ". ", drop [bracketed] text, and
  // one double space to one.
  static String preprocess(String text) {
    String cleaned = text.strip().replace(" [title]", ". ");
    return BRACKETED.matcher(cleaned).replaceAll("").replace("  ", " ");
  }

  // Python's str.capitalize(): the first character upper case, the rest lower case.
  static String capitalize(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.offsetByCodePoints(0, 1);
    return text.substring(0, first).toUpperCase(Locale.ROOT)
        + text.substring(first).toLowerCase(Locale.ROOT);
  }

  private static <T> List<T> read(Path file, BiFunction<JsonNode, String, T> parse)
      throws IOException {
    List<T> items = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      try {
        items.add(parse.apply(JSON.readTree(lines.get(i)), where));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(where + ": not a JSON object ("
            + e.getOriginalMessage() + "); the file must hold one JSON object per line", e);
      }
    }
    return items;
  }

  private static JsonNode field(JsonNode node, String name, String where) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(where + ": missing field '" + name + "'");
    }
    return value;
  }

  private static String text(JsonNode node, String name, String where) {
    return field(node, name, where).asText();
  }

  private static JsonNode array(JsonNode node, String name, String where) {
    JsonNode value = field(node, name, where);
    if (!value.isArray()) {
      throw new IllegalArgumentException(where + ": field '" + name + "' must be a list");
    }
    return value;
  }
}
