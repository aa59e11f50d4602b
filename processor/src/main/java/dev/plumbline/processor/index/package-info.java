/**
 * The per-library index: written as a class file of string constants, read back from every jar
 * on the class path. Internal to the verifier: public only because the last step and the reports
 * use these types; the stored format is versioned ({@code LibraryIndex.FORMAT}).
 */
package dev.plumbline.processor.index;
