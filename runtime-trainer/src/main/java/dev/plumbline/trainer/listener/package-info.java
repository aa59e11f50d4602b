/**
 * The events of a training run and the listeners that receive them ({@link
 * dev.plumbline.trainer.listener.RunListener}), modelled on DJL's {@code TrainingListener}. The
 * package depends on the configuration, hardware and model packages only, so that listeners living
 * in other packages (a metrics log, a results folder) never depend on the training loop itself.
 * Every type here is public on purpose: it is the API through which callers follow and steer a run.
 */
package dev.plumbline.trainer.listener;
