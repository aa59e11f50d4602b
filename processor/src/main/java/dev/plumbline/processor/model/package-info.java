/**
 * Step two: the compilation's sources, the annotations on them and the modules they declare.
 * Internal to the verifier: public only because other packages of the verifier use them.
 */
package dev.plumbline.processor.model;
