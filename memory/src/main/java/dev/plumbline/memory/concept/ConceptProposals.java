// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.concept;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The proposals in {@code project_concept_proposals.json} and how an approved one changes the
 * concept, append-only: proposals are never edited or removed, a decision adds an
 * {@code approved} or {@code rejected} instant to the proposal; in the concept, new fields and
 * list items go at the end, and a text field that gets a new value keeps its earlier value in
 * {@code history} ({@code {field, previous, replaced, proposal}}).
 */
public final class ConceptProposals {

  /** The instant a proposal was approved. */
  public static final String APPROVED = "approved";
  /** The instant a proposal was rejected. */
  public static final String REJECTED = "rejected";

  private final ObjectMapper mapper;

  /**
   * Creates the helper.
   *
   * @param mapper creates new JSON nodes
   */
  public ConceptProposals(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The number for the next proposal: one more than the highest so far.
   *
   * @param proposals the stored proposals, or null when there are none
   * @return the next id, 1 for the first proposal
   */
  public static int nextId(ArrayNode proposals) {
    int highest = 0;
    if (proposals != null) {
      for (JsonNode proposal : proposals) {
        highest = Math.max(highest, proposal.path("id").asInt());
      }
    }
    return highest + 1;
  }

  /**
   * Whether a proposal still waits for a decision.
   *
   * @param proposal a stored proposal
   * @return true when it is neither approved nor rejected
   */
  public static boolean isPending(JsonNode proposal) {
    return !proposal.has(APPROVED) && !proposal.has(REJECTED);
  }

  /**
   * Finds the proposal to decide on.
   *
   * @param proposals the stored proposals, or null when there are none
   * @param id the proposal's id, or empty for "the only pending one"
   * @return the proposal's index in the array
   * @throws IllegalArgumentException when there is no such pending proposal, or several are
   *     pending and no id was given (the message lists them)
   */
  public static int select(@Nullable ArrayNode proposals, OptionalInt id) {
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; proposals != null && i < proposals.size(); i++) {
      JsonNode proposal = proposals.get(i);
      if (id.isPresent() && proposal.path("id").asInt() == id.getAsInt()) {
        if (!isPending(proposal)) {
          throw new IllegalArgumentException("concept proposal " + id.getAsInt() + " was already "
              + (proposal.has(APPROVED) ? APPROVED + " on " + proposal.get(APPROVED).asText()
                  : REJECTED + " on " + proposal.get(REJECTED).asText()));
        }
        return i;
      }
      if (isPending(proposal)) {
        pending.add(i);
      }
    }
    if (id.isPresent()) {
      throw new IllegalArgumentException("there is no concept proposal " + id.getAsInt()
          + describePending(proposals, pending));
    }
    if (pending.size() == 1) {
      return pending.get(0);
    }
    throw new IllegalArgumentException(pending.isEmpty()
        ? "there is no pending concept proposal"
        : pending.size() + " concept proposals are pending: name one with --id"
            + describePending(proposals, pending));
  }

  private static String describePending(@Nullable ArrayNode proposals, List<Integer> pending) {
    // A pending proposal comes from an existing file: no file, none pending.
    if (pending.isEmpty() || proposals == null) {
      return "; none is pending";
    }
    List<String> items = new ArrayList<>();
    for (int index : pending) {
      JsonNode proposal = proposals.get(index);
      items.add(proposal.path("id").asInt() + " (" + proposal.path("reason").asText() + ")");
    }
    return "; pending: " + String.join(", ", items);
  }

  /**
   * Checks that a proposal fits the concept as it is now: {@code set} names no list field and
   * {@code add} no text field of the current concept.
   *
   * @param concept the current concept, or null when there is none
   * @param proposal the proposal
   * @throws IllegalArgumentException naming the field and what to use instead
   */
  public static void checkFits(@Nullable JsonNode concept, ConceptProposal proposal) {
    for (String field : proposal.set().keySet()) {
      JsonNode current = concept == null ? null : concept.get(field);
      if (current != null && !current.isTextual()) {
        throw new IllegalArgumentException("the concept's '" + field + "' is not text"
            + " (it holds " + current.getNodeType().name().toLowerCase(Locale.ROOT)
            + "): propose items under 'add' instead");
      }
    }
    for (String field : proposal.add().keySet()) {
      JsonNode current = concept == null ? null : concept.get(field);
      if (current != null && !current.isArray()) {
        throw new IllegalArgumentException("the concept's '" + field + "' is not a list (it"
            + " holds text): propose its new value under 'set' instead");
      }
    }
  }

  /**
   * Applies a stored proposal to a copy of the concept.
   *
   * @param concept the current concept, or null when there is none yet
   * @param stored the proposal as stored
   * @param now the time written into {@code history}
   * @return the new concept and one line per change
   * @throws IllegalArgumentException when the proposal no longer fits the concept, or the result
   *     would lack the concept's required {@code name} and {@code platform}
   */
  public Applied apply(@Nullable ObjectNode concept, JsonNode stored, Instant now) {
    ConceptProposal proposal = parse(stored);
    checkFits(concept, proposal);
    ObjectNode result = concept == null ? mapper.createObjectNode() : concept.deepCopy();
    int id = stored.path("id").asInt();
    String stamp = now.truncatedTo(ChronoUnit.SECONDS).toString();
    List<String> changes = new ArrayList<>();
    proposal.set().keySet().stream().sorted().forEach(field -> {
      String value = proposal.set().get(field);
      JsonNode current = result.get(field);
      if (current != null && current.asText().equals(value)) {
        return;
      }
      if (current != null) {
        ObjectNode previous = result.withArrayProperty(ConceptProposal.HISTORY).addObject();
        previous.put("field", field);
        previous.put("previous", current.asText());
        previous.put("replaced", stamp);
        previous.put("proposal", id);
        changes.add("changed " + field);
      } else {
        changes.add("set " + field);
      }
      result.put(field, value);
    });
    for (Map.Entry<String, List<String>> list : proposal.add().entrySet()) {
      ArrayNode array = result.withArrayProperty(list.getKey());
      Set<String> present = new HashSet<>();
      array.forEach(item -> present.add(item.asText()));
      int added = 0;
      for (String item : list.getValue()) {
        if (present.add(item)) {
          array.add(item);
          added++;
        }
      }
      if (added > 0) {
        changes.add("added " + added + " to " + list.getKey());
      }
    }
    for (String required : List.of("name", "platform")) {
      if (!result.path(required).isTextual() || result.get(required).asText().isBlank()) {
        throw new IllegalArgumentException("the concept would have no '" + required + "': a"
            + " proposal for a project without a concept must set name and platform");
      }
    }
    return new Applied(result, changes);
  }

  /**
   * Marks a stored proposal as decided, on a copy of the proposals.
   *
   * @param proposals the stored proposals
   * @param index the proposal's index
   * @param field {@link #APPROVED} or {@link #REJECTED}
   * @param now the decision's time
   * @return the new proposals array
   */
  public static ArrayNode decide(ArrayNode proposals, int index, String field, Instant now) {
    ArrayNode copy = proposals.deepCopy();
    ((ObjectNode) copy.get(index)).put(field, now.truncatedTo(ChronoUnit.SECONDS).toString());
    return copy;
  }

  private static ConceptProposal parse(JsonNode stored) {
    Map<String, String> set = new LinkedHashMap<>();
    stored.path("set").properties().forEach(field -> set.put(field.getKey(),
        field.getValue().asText()));
    Map<String, List<String>> add = new LinkedHashMap<>();
    stored.path("add").properties().forEach(field -> {
      List<String> items = new ArrayList<>();
      field.getValue().forEach(item -> items.add(item.asText()));
      add.put(field.getKey(), items);
    });
    return new ConceptProposal(stored.path("reason").asText(), set, add);
  }

  /**
   * A concept with an approved proposal applied.
   *
   * @param concept the new concept
   * @param changes one short line per change, e.g. "changed vision", "added 2 to goals"
   */
  public record Applied(ObjectNode concept, List<String> changes) {}
}
