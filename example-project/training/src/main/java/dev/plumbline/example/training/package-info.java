/**
 * The training example: tokenizes real text and trains a small GPT on it with the Plumbline
 * runtime trainer. One module of the example project; its entry point is {@link
 * dev.plumbline.example.training.TrainingDemo}.
 */
@Module(name = "training-demo",
    description = "Tokenizes Apache Commons Lang's sources and trains a small GPT on them")
package dev.plumbline.example.training;

import dev.plumbline.annotations.Module;
