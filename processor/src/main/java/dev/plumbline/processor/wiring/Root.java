// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.processor.wiring;

/**
 * A class the walk starts from, and why.
 *
 * @param className binary name of the class
 * @param kind entry point, declared or framework root
 * @param reason the rule or declaration that makes it a root, as reports show it (e.g. {@code
 *     @EntryPoint}, {@code JAX-RS resource (@Path)})
 */
public record Root(String className, RootKind kind, String reason) {}
