// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

/**
 * Counts over all modules of a run.
 *
 * @param wired modules reachable from the entry point
 * @param notWired modules not reachable
 * @param duplicate modules whose name or classes are declared twice
 * @param unverified modules this compilation gives no verdict (a library's, a test
 *     compilation's, or those a partial view did not reach)
 * @param total all modules
 * @param partial whether the compilation saw only part of the program
 */
public record WiringSummary(
    int wired, int notWired, int duplicate, int unverified, int total, boolean partial) {}
