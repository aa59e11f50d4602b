// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The URL lists under {@code training_data/urls/} as sources: every listed URL fetched once into
 * {@code dataset_cache/processed/urls/} (again only when {@link UrlFetchOptions#refetch()} asks),
 * its content type choosing the extractor. A source's manifest entry is the URL with the body's
 * size and SHA-256, so a body that changed on a fetch asked for re-tokenizes the data like a
 * changed file does. A URL that cannot be fetched, or whose content is not text the trainer reads,
 * gets a {@code [WARN]} and the run goes on.
 */
final class UrlSources {

  /**
   * The outcome.
   *
   * @param sources one source per URL that has a body, in the order of the lists
   * @param failures one message per URL that has none
   */
  record Resolved(List<SourceScanner.Source> sources, List<String> failures) {
  }

  /** The folder of {@code training_data/} that holds the URL lists. */
  static final String LISTS_FOLDER = "urls";

  private static final Set<SourceFormat> TEXT_FORMATS = Set.of(SourceFormat.PLAIN_TEXT,
      SourceFormat.MARKUP, SourceFormat.JSON, SourceFormat.JSON_LINES, SourceFormat.CSV,
      SourceFormat.TSV);

  private static final Pattern PARAMETER_SEPARATOR = Pattern.compile(";");

  private final UrlCache cache;
  private final UrlFetcher fetcher;
  private final UrlFetchOptions options;

  UrlSources(Path processedDir, UrlFetchOptions options) {
    this.cache = new UrlCache(processedDir);
    this.fetcher = new UrlFetcher(options);
    this.options = options;
  }

  Resolved resolve(Path root, List<Path> lists) throws IOException {
    Map<URI, String> urls = new LinkedHashMap<>();
    for (Path list : lists) {
      for (UrlList.Listed listed : UrlList.read(list, SourceScanner.relative(root, list))) {
        urls.putIfAbsent(listed.uri(), listed.where());
      }
    }
    List<SourceScanner.Source> sources = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    if (urls.isEmpty()) {
      return new Resolved(sources, failures);
    }
    Files.createDirectories(cache.folder());
    Map<URI, UrlCache.Entry> cached = new LinkedHashMap<>();
    for (URI url : urls.keySet()) {
      cache.find(url).ifPresent(entry -> cached.put(url, entry));
    }
    announce(urls.size(), lists.size(), cached.size());
    long fetchedBytes = 0;
    int fetched = 0;
    for (Map.Entry<URI, String> url : urls.entrySet()) {
      UrlCache.Entry entry = cached.get(url.getKey());
      if (entry == null || options.refetch()) {
        try {
          entry = fetch(url.getKey());
          fetched++;
          fetchedBytes += entry.bytes();
        } catch (UrlFetcher.FetchException e) {
          String where = url.getKey() + " (" + url.getValue() + ")";
          if (entry == null) {
            failures.add(url.getKey() + ": " + e.getMessage());
            System.out.println("[WARN] Skipping " + where + ": " + e.getMessage());
          } else {
            System.out.println("[WARN] Fetching " + where + " again failed: " + e.getMessage()
                + "; using the copy fetched at " + entry.fetchedAt());
          }
        }
      }
      if (entry != null) {
        sources.add(new SourceScanner.Source(cache.bodyFile(url.getKey()),
            new DatasetManifest.SourceEntry(entry.url(), entry.bytes(), entry.sha256()),
            entry.format()));
      }
    }
    if (fetched > 0) {
      System.out.printf(Locale.ROOT, "✓ Fetched %d URL%s (%,d bytes) into %s%n", fetched,
          fetched == 1 ? "" : "s", fetchedBytes, cache.folder());
    }
    return new Resolved(sources, failures);
  }

  private void announce(int urls, int lists, int cached) {
    String reuse = cached == 0 ? "" : options.refetch()
        ? String.format(Locale.ROOT, "; fetching all of them again (%d cached), as asked", cached)
        : String.format(Locale.ROOT, "; %d already fetched into %s, not fetched again (-D%s=true"
            + " fetches them again)", cached, cache.folder(), UrlFetchOptions.REFETCH_PROPERTY);
    System.out.printf(Locale.ROOT, "[INFO] URL lists: %d URL%s in %d list%s%s%n", urls,
        urls == 1 ? "" : "s", lists, lists == 1 ? "" : "s", reuse);
  }

  /** Fetches one URL into the cache and returns its record. */
  private UrlCache.Entry fetch(URI url) throws UrlFetcher.FetchException, IOException {
    Path temporary = cache.temporaryBodyFile(url);
    try {
      UrlFetcher.Body body = fetcher.fetch(url, temporary);
      UrlCache.Entry entry = record(url, temporary, body, format(body));
      cache.store(temporary, entry);
      return entry;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** The content type decides; without one (or a generic one) the URL's file extension does. */
  private static SourceFormat format(UrlFetcher.Body body) throws UrlFetcher.FetchException {
    String mediaType = mediaType(body.contentType());
    if (!mediaType.isEmpty() && !mediaType.equals("application/octet-stream")) {
      return SourceFormat.ofMediaType(mediaType).orElseThrow(() -> new UrlFetcher.FetchException(
          "its content type '" + mediaType + "' is not text the trainer reads (HTML, plain text,"
              + " PDF, DOCX, JSON, CSV, XML)"));
    }
    String path = body.finalUri().getPath() == null ? "" : body.finalUri().getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return (name.isEmpty() ? Optional.<SourceFormat>empty() : SourceFormat.of(Path.of(name)))
        .orElseThrow(() -> new UrlFetcher.FetchException("the server gave no content type"
            + (mediaType.isEmpty() ? "" : " but " + mediaType)
            + " and the URL's name has no known extension"));
  }

  /**
   * The record of a fetched body. Text in another charset than UTF-8 is re-encoded first, since
   * the extractors read UTF-8; the record then describes the re-encoded file.
   */
  private static UrlCache.Entry record(URI url, Path file, UrlFetcher.Body body,
      SourceFormat format) throws IOException {
    Charset charset = charset(body.contentType());
    long bytes = body.bytes();
    String sha256 = body.sha256();
    if (TEXT_FORMATS.contains(format) && charset != null
        && !charset.equals(StandardCharsets.UTF_8)) {
      Files.writeString(file, new String(Files.readAllBytes(file), charset),
          StandardCharsets.UTF_8);
      bytes = Files.size(file);
      sha256 = FileHashes.sha256(file);
    }
    return new UrlCache.Entry(url.toString(), body.finalUri().toString(), body.contentType(),
        format, bytes, sha256, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
  }

  private static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
        .toLowerCase(Locale.ROOT);
  }

  private static Charset charset(String contentType) {
    for (String parameter : PARAMETER_SEPARATOR.splitAsStream(contentType).toList()) {
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
        try {
          return Charset.forName(parameter.substring(equals + 1).strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return null;
        }
      }
    }
    return null;
  }
}
