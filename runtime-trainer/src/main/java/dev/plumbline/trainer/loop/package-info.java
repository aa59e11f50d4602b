/**
 * The training loop. {@link dev.plumbline.trainer.loop.Trainer} is the entry point (one call, or a
 * run set up part by part with listeners), {@link dev.plumbline.trainer.loop.TrainingResult} and
 * {@link dev.plumbline.trainer.loop.StepLoss} what it returns, {@link
 * dev.plumbline.trainer.loop.RunDivergedException} what it throws when the loss diverges: these
 * are the package's whole public API. The run itself (model with master weights, optimizer steps,
 * evaluation, out-of-memory retries) and its built-in listeners (console progress, checkpoint
 * schedule, early stopping) are package-private.
 */
package dev.plumbline.trainer.loop;
