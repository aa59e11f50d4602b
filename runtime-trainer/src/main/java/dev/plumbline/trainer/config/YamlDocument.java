// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A two-level YAML file (sections of scalar keys) read token by token, so that every value keeps
 * the line it came from. Jackson's tree model drops locations; the streaming parser has them.
 */
final class YamlDocument {

  /** Key used in problems that concern the file as a whole rather than one key. */
  static final String WHOLE_FILE = "(file)";

  /**
   * One scalar value.
   *
   * @param key dotted key
   * @param token Jackson's token type, which tells integers, reals, text and null apart
   * @param text the value as written
   * @param line 1-based line of the key
   */
  record Entry(String key, JsonToken token, String text, int line) {
  }

  /**
   * One top-level mapping.
   *
   * @param name section name
   * @param line 1-based line of the section header
   * @param entries its keys in file order
   */
  record Section(String name, int line, Map<String, Entry> entries) {
  }

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final Path file;
  private final Map<String, Section> sections;

  private YamlDocument(Path file, Map<String, Section> sections) {
    this.file = file;
    this.sections = sections;
  }

  /**
   * Parses the file; syntax and shape problems are added to {@code problems}.
   *
   * @param file the YAML file
   * @param problems where problems are collected
   * @return the sections that could be read
   */
  static YamlDocument parse(Path file, List<ConfigProblem> problems) {
    Map<String, Section> sections = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      problems.add(new ConfigProblem(file, 0, WHOLE_FILE,
          "configuration file does not exist; create it with at least " + ConfigKeys.minimum()
              + " (" + ConfigKeys.REFERENCE + " describes every key)"));
      return new YamlDocument(file, sections);
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser parser = FACTORY.createParser(reader)) {
      readRoot(file, parser, sections, problems);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      int line = where == null ? 0 : where.getLineNr();
      problems.add(new ConfigProblem(file, line, WHOLE_FILE,
          "not valid YAML: " + condense(e.getOriginalMessage())));
    } catch (IOException e) {
      problems.add(new ConfigProblem(file, 0, WHOLE_FILE, "cannot be read: " + e.getMessage()));
    }
    return new YamlDocument(file, sections);
  }

  /**
   * The file this document came from.
   *
   * @return the YAML file
   */
  Path file() {
    return file;
  }

  /**
   * A section by name.
   *
   * @param name section name
   * @return the section, or null when the file has none of that name
   */
  Section section(String name) {
    return sections.get(name);
  }

  /**
   * Every section, in file order.
   *
   * @return the sections
   */
  Map<String, Section> sections() {
    return sections;
  }

  private static void readRoot(Path file, JsonParser parser, Map<String, Section> sections,
      List<ConfigProblem> problems) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      problems.add(new ConfigProblem(file, 1, WHOLE_FILE,
          "file is empty; it needs at least " + ConfigKeys.minimum()));
      return;
    }
    if (first != JsonToken.START_OBJECT) {
      problems.add(new ConfigProblem(file, line(parser), WHOLE_FILE,
          "must be a mapping of sections (model:, data:, ...), not a single value or a list"));
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int line = line(parser);
      JsonToken value = parser.nextToken();
      if (sections.containsKey(name)) {
        problems.add(new ConfigProblem(file, line, name,
            "section appears twice (first at line " + sections.get(name).line() + ")"));
        parser.skipChildren();
      } else if (value != JsonToken.START_OBJECT) {
        problems.add(new ConfigProblem(file, line, name,
            "must be a mapping of keys, got " + describe(value, parser.getText())));
        parser.skipChildren();
        sections.put(name, new Section(name, line, new LinkedHashMap<>()));
      } else {
        sections.put(name, new Section(name, line, readSection(file, name, parser, problems)));
      }
    }
  }

  private static Map<String, Entry> readSection(Path file, String section, JsonParser parser,
      List<ConfigProblem> problems) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = section + "." + parser.currentName();
      int line = line(parser);
      JsonToken value = parser.nextToken();
      if (entries.containsKey(key)) {
        problems.add(new ConfigProblem(file, line, key,
            "key appears twice (first at line " + entries.get(key).line() + ")"));
        parser.skipChildren();
      } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        problems.add(new ConfigProblem(file, line, key, "must be a single value, got a "
            + (value == JsonToken.START_OBJECT ? "mapping" : "list")));
        parser.skipChildren();
        entries.put(key, new Entry(key, value, "", line));
      } else {
        entries.put(key, new Entry(key, value, parser.getText(), line));
      }
    }
    return entries;
  }

  /**
   * Keeps SnakeYAML's sentences and drops its multi-line source excerpt (the line is reported
   * separately).
   */
  private static String condense(String message) {
    return message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .map(String::strip).reduce((a, b) -> a + "; " + b).orElse(message);
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  /**
   * Names a value's YAML type for messages.
   *
   * @param token Jackson token
   * @param text the value as written
   * @return for example {@code 'abc' (text)}
   */
  static String describe(JsonToken token, String text) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case VALUE_NUMBER_INT -> text + " (an integer)";
      case VALUE_NUMBER_FLOAT -> text + " (a real number)";
      case VALUE_TRUE, VALUE_FALSE -> text + " (a boolean)";
      case VALUE_NULL -> "no value";
      case VALUE_STRING -> "'" + text + "' (text)";
      case START_ARRAY -> "a list";
      case START_OBJECT -> "a mapping";
      default -> "'" + text + "'";
    };
  }
}
