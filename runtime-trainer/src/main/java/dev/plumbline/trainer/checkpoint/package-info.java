/**
 * Checkpoint files: the {@code PLBCKPT1} format (package-private codec), atomic writes ({@link
 * dev.plumbline.trainer.checkpoint.AtomicFileWriter}), and the checkpoint directory ({@link
 * dev.plumbline.trainer.checkpoint.CheckpointStore}) with its numeric step order, pruning, best
 * model and recovery. Every public type here is public on purpose: a caller can read, write and
 * inspect checkpoints without training.
 */
package dev.plumbline.trainer.checkpoint;
