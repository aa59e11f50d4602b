// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tool call's arguments, read with the checks the JSON Schema cannot express and with
 * messages that name the argument (the SDK has already checked them against the schema).
 *
 * @param node the arguments object (empty when the call had none)
 */
public record Arguments(JsonNode node) {

  /**
   * A required text argument.
   *
   * @param name the argument
   * @return its value, stripped
   * @throws ToolInputException when it is missing or blank
   */
  public String text(String name) throws ToolInputException {
    String value = node.path(name).asText("").strip();
    if (!node.path(name).isTextual() || value.isEmpty()) {
      throw new ToolInputException("'" + name + "' is required and must not be empty");
    }
    return value;
  }

  /**
   * An optional text argument.
   *
   * @param name the argument
   * @return its value, or empty when absent
   */
  public Optional<String> optionalText(String name) {
    return node.path(name).isTextual() ? Optional.of(node.get(name).asText())
        : Optional.empty();
  }

  /**
   * An optional whole number, within bounds.
   *
   * @param name the argument
   * @param fallback the value when absent
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return the value
   * @throws ToolInputException when it is out of bounds
   */
  public int integer(String name, int fallback, int min, int max) throws ToolInputException {
    if (!node.has(name)) {
      return fallback;
    }
    int value = node.get(name).asInt();
    if (!node.get(name).canConvertToInt() || value < min || value > max) {
      throw new ToolInputException("'" + name + "' must be a whole number from " + min + " to "
          + max + ", not " + node.get(name));
    }
    return value;
  }

  /**
   * An optional boolean.
   *
   * @param name the argument
   * @return the value, or empty when absent
   */
  public Optional<Boolean> flag(String name) {
    return node.path(name).isBoolean() ? Optional.of(node.get(name).asBoolean())
        : Optional.empty();
  }

  /**
   * An optional list of non-empty texts.
   *
   * @param name the argument
   * @return the items, empty when absent
   * @throws ToolInputException when an item is blank
   */
  public List<String> texts(String name) throws ToolInputException {
    List<String> items = new ArrayList<>();
    for (JsonNode item : node.path(name)) {
      if (item.asText("").isBlank()) {
        throw new ToolInputException("'" + name + "' must not contain an empty item");
      }
      items.add(item.asText().strip());
    }
    return items;
  }

  /**
   * An optional object of texts.
   *
   * @param name the argument
   * @return the fields in the order given
   */
  public Map<String, String> textMap(String name) {
    Map<String, String> values = new LinkedHashMap<>();
    node.path(name).properties().forEach(field -> values.put(field.getKey(),
        field.getValue().asText()));
    return values;
  }

  /**
   * An optional object of text lists.
   *
   * @param name the argument
   * @return the fields in the order given
   */
  public Map<String, List<String>> listMap(String name) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    node.path(name).properties().forEach(field -> {
      List<String> items = new ArrayList<>();
      field.getValue().forEach(item -> items.add(item.asText()));
      values.put(field.getKey(), items);
    });
    return values;
  }
}
