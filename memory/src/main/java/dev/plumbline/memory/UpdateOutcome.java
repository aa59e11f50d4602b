// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

import dev.plumbline.memory.structure.StructureChanges;
import java.util.List;

/**
 * What one build's memory update did.
 *
 * @param changes which modules the structure merge added, removed, restored or changed
 * @param structureWritten whether project_structure.json was written (false: byte-identical)
 * @param logAppended whether an entry was appended to project_log.json
 * @param fingerprinted modules whose entry (written before source fingerprints existed) received
 *     its first {@code sourceFingerprint} and nothing else: written without a log entry
 * @param conceptCreated whether project_concept.json was created from the pom's values
 * @param conceptMissing whether project_concept.json is still missing (no facts to create it)
 * @param archivedEntries how many log entries the archive rule moved
 * @param recoveredInterruptedWrite whether an interrupted earlier write was completed first
 * @param completionDeferred true when the update is committed but a step after the commit point
 *     failed: the next Plumbline command or build completes it, nothing needs retrying
 */
public record UpdateOutcome(
    StructureChanges changes,
    boolean structureWritten,
    boolean logAppended,
    List<String> fingerprinted,
    boolean conceptCreated,
    boolean conceptMissing,
    int archivedEntries,
    boolean recoveredInterruptedWrite,
    boolean completionDeferred) {

  /** Takes an immutable copy. */
  public UpdateOutcome {
    fingerprinted = List.copyOf(fingerprinted);
  }
}
