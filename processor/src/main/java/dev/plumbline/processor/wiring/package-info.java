/**
 * The verdict, and the verifier's API for consumers: {@link
 * dev.plumbline.processor.wiring.WiringResult} with its modules, roots and paths, handed to every
 * {@link dev.plumbline.processor.wiring.WiringResultListener} on the processor path. {@code
 * WiringClassifier} is public only because the last step uses it.
 */
package dev.plumbline.processor.wiring;
