// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

/**
 * One step of a why-wired path: a class, and how the step before it reaches it.
 *
 * @param className binary name of the class
 * @param via for the first step, the kind of root it is ({@code entry point}, {@code framework
 *     root}, {@code declared root}); for the others, the kind of edge from the previous class
 *     ({@code code reference}, {@code nested class}, {@code service registration}, {@code loaded
 *     by name}, {@code framework})
 */
public record Hop(String className, String via) {}
