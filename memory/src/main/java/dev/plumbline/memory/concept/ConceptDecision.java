// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.concept;

import java.util.List;

/**
 * What the user decided about a concept proposal, and what it changed.
 *
 * @param id the proposal's id
 * @param reason the proposal's reason
 * @param approved true when approved (and applied), false when rejected
 * @param changes one line per change of the concept, e.g. "changed vision"; empty when rejected
 *     or when the concept already held every proposed value
 */
public record ConceptDecision(int id, String reason, boolean approved, List<String> changes) {

  /** Takes an immutable copy of the changes. */
  public ConceptDecision {
    changes = List.copyOf(changes);
  }
}
