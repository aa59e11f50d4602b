// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.concept;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change to {@code project_concept.json} that waits for the user's approval: the rulebook
 * lets nobody but the user change the concept. Values are only added: {@code set} gives a text
 * field a value (an earlier value is kept in the concept's {@code history} when the user
 * approves), {@code add} appends items to a list field.
 *
 * @param reason why the change is proposed (what the user said, what was decided)
 * @param set text fields and their proposed values
 * @param add list fields and the items to append to them
 */
public record ConceptProposal(String reason, Map<String, String> set,
    Map<String, List<String>> add) {

  /** Fields whose value is a list: they take {@code add}, never {@code set}. */
  public static final List<String> LIST_FIELDS = List.of("goals", "constraints");
  /** Fields whose value is text: they take {@code set}, never {@code add}. */
  public static final List<String> TEXT_FIELDS = List.of("name", "vision", "platform");
  /** Keys the concept uses for its own bookkeeping; a proposal cannot name them. */
  public static final String HISTORY = "history";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** Rejects an empty proposal, blank values and fields used the wrong way. */
  public ConceptProposal {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be empty: say why the concept should"
          + " change");
    }
    set = Map.copyOf(new LinkedHashMap<>(set));
    Map<String, List<String>> copy = new LinkedHashMap<>();
    add.forEach((field, items) -> copy.put(field, List.copyOf(items)));
    add = Collections.unmodifiableMap(copy);
    if (set.isEmpty() && add.isEmpty()) {
      throw new IllegalArgumentException("the proposal changes nothing: give 'set' (text fields"
          + " such as vision or platform) or 'add' (items for goals, constraints, targetUsers)");
    }
    set.forEach(ConceptProposal::checkSet);
    add.forEach(ConceptProposal::checkAdd);
  }

  private static void checkSet(String field, String value) {
    checkField(field);
    if (LIST_FIELDS.contains(field)) {
      throw new IllegalArgumentException("'" + field + "' is a list: propose its new items"
          + " under 'add', not 'set'");
    }
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("set." + field + " must not be empty (a field is"
          + " never emptied)");
    }
  }

  private static void checkAdd(String field, List<String> items) {
    checkField(field);
    if (TEXT_FIELDS.contains(field)) {
      throw new IllegalArgumentException("'" + field + "' is text: propose its new value under"
          + " 'set', not 'add'");
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException("add." + field + " must list at least one item");
    }
    for (String item : items) {
      if (item == null || item.isBlank()) {
        throw new IllegalArgumentException("add." + field + " must not contain an empty item");
      }
    }
  }

  private static void checkField(String field) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("a field name must not be empty");
    }
    if (field.equals(HISTORY)) {
      throw new IllegalArgumentException("'" + HISTORY + "' is kept by Plumbline (earlier values"
          + " of changed fields); propose changes to the concept's own fields");
    }
  }

  /**
   * The proposal as stored in {@code project_concept_proposals.json}.
   *
   * @param mapper creates the nodes
   * @param id the proposal's number (one more than the highest so far)
   * @param when the local date and time of the proposal
   * @return the JSON object
   */
  public ObjectNode toJson(ObjectMapper mapper, int id, LocalDateTime when) {
    ObjectNode node = mapper.createObjectNode();
    node.put("id", id);
    node.put("date", when.toLocalDate().toString());
    node.put("time", when.toLocalTime().format(TIME));
    node.put("reason", reason);
    if (!set.isEmpty()) {
      ObjectNode values = node.putObject("set");
      set.keySet().stream().sorted().forEach(field -> values.put(field, set.get(field)));
    }
    if (!add.isEmpty()) {
      ObjectNode lists = node.putObject("add");
      add.forEach((field, items) -> {
        ArrayNode array = lists.putArray(field);
        items.forEach(array::add);
      });
    }
    return node;
  }
}
