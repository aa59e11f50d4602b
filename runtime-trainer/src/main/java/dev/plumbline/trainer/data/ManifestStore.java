// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** Reads, checks and atomically writes the dataset sidecar. */
public final class ManifestStore {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private ManifestStore() {
  }

  /**
   * Reads a sidecar and checks that it is internally consistent.
   *
   * @param file the sidecar
   * @return the manifest
   * @throws DatasetException when the file is missing, not the sidecar format, or inconsistent
   */
  public static DatasetManifest read(Path file) {
    try {
      return parse(file);
    } catch (UnusableSidecarException e) {
      throw new DatasetException(e.getMessage() + "; " + e.advice(), e.getCause());
    }
  }

  /**
   * Reads a sidecar and checks that it is internally consistent.
   *
   * @param file the sidecar
   * @return the manifest
   * @throws UnusableSidecarException saying what is wrong (without advice)
   */
  static DatasetManifest parse(Path file) throws UnusableSidecarException {
    String rebuild = "delete " + file.getParent() + " and tokenize again";
    DatasetManifest manifest;
    try {
      manifest = MAPPER.readValue(file.toFile(), DatasetManifest.class);
    } catch (JacksonException e) {
      throw new UnusableSidecarException("sidecar " + file + " is corrupt ("
          + e.getOriginalMessage() + ")", rebuild, e);
    } catch (IOException e) {
      throw new UnusableSidecarException("sidecar " + file + " cannot be read: " + e.getMessage(),
          "tokenize first (the trainer does it before training)", e);
    }
    String problem = inconsistency(manifest);
    if (problem != null) {
      throw new UnusableSidecarException("sidecar " + file + " is inconsistent: " + problem,
          rebuild, null);
    }
    return manifest;
  }

  /**
   * Writes a sidecar through a temporary file and an atomic rename.
   *
   * @param file the sidecar
   * @param manifest its content
   * @throws IOException when writing fails (the temporary file is removed)
   */
  public static void write(Path file, DatasetManifest manifest) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      MAPPER.writeValue(temporary.toFile(), manifest);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String inconsistency(DatasetManifest manifest) {
    if (manifest.formatVersion() != DatasetManifest.FORMAT_VERSION) {
      return "format version " + manifest.formatVersion() + ", expected "
          + DatasetManifest.FORMAT_VERSION;
    }
    if (manifest.vocabSize() < 1) {
      return "vocab_size " + manifest.vocabSize() + " is not positive";
    }
    TokenDtype dtype;
    try {
      dtype = manifest.tokenDtype();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (dtype != TokenDtype.forVocabSize(manifest.vocabSize())) {
      return "dtype " + dtype.label() + " does not fit vocab_size " + manifest.vocabSize()
          + " (expected " + TokenDtype.forVocabSize(manifest.vocabSize()).label() + ")";
    }
    for (Split split : Split.values()) {
      DatasetManifest.SplitFile entry = manifest.file(split);
      if (!split.fileName().equals(entry.file()) || entry.tokens() < 0) {
        return split.name().toLowerCase(Locale.ROOT) + " entry " + entry
            + " does not describe " + split.fileName();
      }
    }
    return null;
  }
}
