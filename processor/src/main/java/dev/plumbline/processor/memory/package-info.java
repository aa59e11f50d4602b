/**
 * The project-memory adapter: a {@code WiringResultListener} that keeps {@code .claude/} current.
 * {@code ProjectMemoryListener} is public because {@code ServiceLoader} creates it; {@code
 * MemoryOptions} because the processor declares its options.
 */
@NullMarked
package dev.plumbline.processor.memory;

import org.jspecify.annotations.NullMarked;
