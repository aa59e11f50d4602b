/**
 * The classes the walk starts from: entry points, declared roots and the framework rules.
 * Internal to the verifier: the three finders are public only because the last step uses them.
 */
package dev.plumbline.processor.roots;
