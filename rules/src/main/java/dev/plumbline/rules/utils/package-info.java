/**
 * What the checks share: the validated {@code -XepOpt:Plumbline:...} options, the reporter every
 * finding goes through, and tree and source helpers (generated code, test sources,
 * {@code @SuppressWarnings} ranges for file-level findings, console streams, message literals,
 * implicit members).
 *
 * <p>These types are public only because the checks in {@link dev.plumbline.rules.bugpatterns}
 * use them across the package boundary; they are not an API for users of the rules, and the
 * rules module's README lists them apart from the checks.
 */
package dev.plumbline.rules.utils;
