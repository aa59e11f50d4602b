// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Fetched URLs in {@code dataset_cache/processed/urls/}: per URL a body file and a JSON record of
 * what it is, both named by the SHA-256 of the URL. The record is written last (atomically), so its
 * presence marks a complete fetch; a body without one is the leftover of an interrupted run.
 */
final class UrlCache {

  /** The cache's folder under {@code dataset_cache/processed/}. */
  static final String FOLDER = "urls";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /**
   * What was fetched for one URL.
   *
   * @param url the URL as listed
   * @param finalUrl where the body came from after redirects
   * @param contentType the server's {@code Content-Type}, or empty
   * @param format the extractor the content type chose
   * @param bytes the body file's length
   * @param sha256 hex SHA-256 of the body file
   * @param fetchedAt when (ISO-8601, UTC)
   */
  record Entry(String url, String finalUrl, String contentType, SourceFormat format, long bytes,
      String sha256, String fetchedAt) {
  }

  private final Path folder;

  UrlCache(Path processedDir) {
    this.folder = processedDir.resolve(FOLDER);
  }

  Path folder() {
    return folder;
  }

  Path bodyFile(URI url) {
    return folder.resolve(key(url) + ".body");
  }

  Path temporaryBodyFile(URI url) {
    return folder.resolve(key(url) + ".body.tmp");
  }

  /**
   * The complete entry of a URL whose body is still as recorded.
   *
   * @param url the URL
   * @return the entry, or empty when the URL was never fetched, or its files are damaged
   * @throws IOException when the folder cannot be read
   */
  Optional<Entry> find(URI url) throws IOException {
    Path record = recordFile(url);
    Path body = bodyFile(url);
    if (!Files.isRegularFile(record) || !Files.isRegularFile(body)) {
      return Optional.empty();
    }
    Entry entry;
    try {
      entry = MAPPER.readValue(record.toFile(), Entry.class);
    } catch (JacksonException e) {
      System.out.println("[WARN] " + record + " is damaged (" + e.getOriginalMessage()
          + "): fetching " + url + " again");
      return Optional.empty();
    }
    if (!entry.url().equals(url.toString()) || Files.size(body) != entry.bytes()
        || !FileHashes.sha256(body).equals(entry.sha256())) {
      System.out.println("[WARN] " + body + " does not match its record: fetching " + url
          + " again");
      return Optional.empty();
    }
    return Optional.of(entry);
  }

  /**
   * Moves a fetched body in place and records it.
   *
   * @param temporary the body as fetched
   * @param entry its record
   * @throws IOException when the files cannot be written
   */
  void store(Path temporary, Entry entry) throws IOException {
    URI url = URI.create(entry.url());
    Files.deleteIfExists(recordFile(url));
    Files.move(temporary, bodyFile(url), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    Path record = recordFile(url);
    Path recordTemporary = record.resolveSibling(record.getFileName() + ".tmp");
    MAPPER.writeValue(recordTemporary.toFile(), entry);
    Files.move(recordTemporary, record, StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  private Path recordFile(URI url) {
    return folder.resolve(key(url) + ".json");
  }

  private static String key(URI url) {
    return HexFormat.of().formatHex(FileHashes.newDigest().digest(
        url.toString().getBytes(StandardCharsets.UTF_8)));
  }
}
