// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory;

/**
 * What one log append did.
 *
 * @param archivedEntries how many entries the archive rule moved in the same transaction
 * @param completionDeferred true when the append is committed but a step after the commit point
 *     failed: the next Plumbline command completes it, nothing is lost, nothing needs retrying
 */
public record AppendOutcome(int archivedEntries, boolean completionDeferred) {}
