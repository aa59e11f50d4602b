// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Downloads one URL into a file: bounded attempts, connect and read time-outs, a time limit per
 * attempt, up to {@value #MAX_REDIRECTS} redirects between {@code http} and {@code https}, a size
 * limit, and a check that the body is as long as the server said. {@link HttpURLConnection} is used
 * rather than {@code java.net.http.HttpClient} because its read time-out also covers a server that
 * stops sending in the middle of a body.
 */
final class UrlFetcher {

  static final int MAX_REDIRECTS = 5;
  private static final String USER_AGENT = "Plumbline-trainer (training data fetcher)";

  /**
   * A body on disk.
   *
   * @param finalUri where it came from after redirects
   * @param contentType the {@code Content-Type} header, or empty
   * @param bytes its length
   * @param sha256 hex SHA-256 of its bytes
   */
  record Body(URI finalUri, String contentType, long bytes, String sha256) {
  }

  /** The URL could not be fetched; the message says why, for a {@code [WARN]} line. */
  static final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    FetchException(String message) {
      super(message);
    }
  }

  /** A failure worth another attempt (network, time-out, 408/429/5xx). */
  private static final class TransientException extends Exception {

    private static final long serialVersionUID = 1L;

    TransientException(String message) {
      super(message);
    }
  }

  private final UrlFetchOptions options;

  UrlFetcher(UrlFetchOptions options) {
    this.options = options;
  }

  /**
   * Fetches a URL into a file, replacing it.
   *
   * @param uri an {@code http} or {@code https} URL
   * @param target the file for the body
   * @return what was fetched
   * @throws FetchException when every attempt failed, or at the first final failure
   * @throws IOException when the body cannot be written to {@code target}
   */
  Body fetch(URI uri, Path target) throws FetchException, IOException {
    String last = "";
    for (int attempt = 1; attempt <= options.attempts(); attempt++) {
      try {
        return fetchOnce(uri, target);
      } catch (TransientException e) {
        last = e.getMessage();
        if (attempt < options.attempts()) {
          pause(options.firstBackoff().toMillis() << (attempt - 1));
        }
      }
    }
    throw new FetchException(last + " (" + options.attempts() + " attempt"
        + (options.attempts() == 1 ? "" : "s") + ")");
  }

  private Body fetchOnce(URI uri, Path target)
      throws FetchException, TransientException, IOException {
    long deadline = System.nanoTime() + options.attemptTimeout().toNanos();
    URI current = uri;
    for (int redirects = 0; ; redirects++) {
      HttpURLConnection connection = open(current);
      try {
        int status = status(connection);
        if (isRedirect(status)) {
          current = redirectTarget(current, connection, redirects);
          continue;
        }
        checkStatus(status, connection);
        long declared = connection.getContentLengthLong();
        if (declared > options.maxBytes()) {
          throw new FetchException(String.format(Locale.ROOT, "the body has %,d bytes, more than"
              + " the limit of %,d", declared, options.maxBytes()));
        }
        String sha256 = copyBody(connection, target, declared, deadline);
        String type = connection.getContentType();
        return new Body(current, type == null ? "" : type, Files.size(target), sha256);
      } finally {
        connection.disconnect();
      }
    }
  }

  private HttpURLConnection open(URI uri) throws FetchException, TransientException {
    URLConnection connection;
    try {
      connection = uri.toURL().openConnection();
    } catch (IOException e) {
      throw new TransientException("cannot connect (" + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      throw new FetchException("not a URL that can be fetched (" + e.getMessage() + ")");
    }
    if (!(connection instanceof HttpURLConnection http)) {
      throw new FetchException("only http and https URLs are fetched");
    }
    http.setInstanceFollowRedirects(false);
    http.setConnectTimeout(Math.toIntExact(options.connectTimeout().toMillis()));
    http.setReadTimeout(Math.toIntExact(options.readTimeout().toMillis()));
    http.setRequestProperty("User-Agent", USER_AGENT);
    http.setRequestProperty("Accept",
        "text/html, text/plain;q=0.9, application/pdf;q=0.9, text/*;q=0.5, */*;q=0.1");
    return http;
  }

  private int status(HttpURLConnection connection) throws TransientException {
    try {
      return connection.getResponseCode();
    } catch (SocketTimeoutException e) {
      throw new TransientException("no answer within " + seconds(connection) + " ("
          + e.getMessage() + ")");
    } catch (IOException e) {
      throw new TransientException("no answer (" + e + ")");
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI redirectTarget(URI current, HttpURLConnection connection, int redirects)
      throws FetchException {
    String location = connection.getHeaderField("Location");
    if (location == null) {
      throw new FetchException(answer(connection, 0) + " redirect without a Location");
    }
    if (redirects >= MAX_REDIRECTS) {
      throw new FetchException("more than " + MAX_REDIRECTS + " redirects (last to " + location
          + ")");
    }
    URI next;
    try {
      next = current.resolve(location);
    } catch (IllegalArgumentException e) {
      throw new FetchException("redirect to an invalid location '" + location + "'");
    }
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("redirect to " + next + ", which is not an http(s) URL");
    }
    return next;
  }

  private static String answer(HttpURLConnection connection, int fallback) {
    try {
      return "HTTP " + connection.getResponseCode() + (connection.getResponseMessage() == null
          ? "" : " " + connection.getResponseMessage());
    } catch (IOException e) {
      return "HTTP " + fallback;
    }
  }

  private static void checkStatus(int status, HttpURLConnection connection)
      throws FetchException, TransientException {
    String answer = answer(connection, status);
    if (status == 408 || status == 429 || status >= 500) {
      throw new TransientException(answer);
    }
    if (status < 200 || status > 299) {
      throw new FetchException(answer);
    }
    if (status == 204) {
      throw new FetchException(answer + ": no body");
    }
  }

  /** Copies the body with its hash; network failures are transient, local ones are not. */
  private String copyBody(HttpURLConnection connection, Path target, long declared, long deadline)
      throws FetchException, TransientException, IOException {
    MessageDigest digest = FileHashes.newDigest();
    long received = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = bodyStream(connection);
        OutputStream out = Files.newOutputStream(target)) {
      int read;
      while ((read = read(in, buffer, received, declared, connection)) > 0) {
        received += read;
        if (received > options.maxBytes()) {
          throw new FetchException(String.format(Locale.ROOT, "the body is longer than the limit"
              + " of %,d bytes", options.maxBytes()));
        }
        if (System.nanoTime() > deadline) {
          throw new TransientException(String.format(Locale.ROOT, "the body took longer than %d"
              + " s (%,d bytes received)", options.attemptTimeout().toSeconds(), received));
        }
        digest.update(buffer, 0, read);
        out.write(buffer, 0, read);
      }
    }
    if (declared >= 0 && received != declared) {
      throw new TransientException(String.format(Locale.ROOT, "the connection closed after %,d of"
          + " %,d bytes", received, declared));
    }
    return FileHashes.hex(digest);
  }

  private static InputStream bodyStream(HttpURLConnection connection) throws TransientException {
    try {
      return connection.getInputStream();
    } catch (IOException e) {
      throw new TransientException("the body cannot be read (" + e + ")");
    }
  }

  private int read(InputStream in, byte[] buffer, long received, long declared,
      HttpURLConnection connection) throws TransientException {
    try {
      return in.read(buffer);
    } catch (SocketTimeoutException e) {
      throw new TransientException(String.format(Locale.ROOT, "the server stopped sending for %s"
          + " after %,d%s bytes", seconds(connection), received,
          declared >= 0 ? String.format(Locale.ROOT, " of %,d", declared) : ""));
    } catch (IOException e) {
      throw new TransientException(String.format(Locale.ROOT, "the connection broke after %,d"
          + "%s bytes (%s)", received,
          declared >= 0 ? String.format(Locale.ROOT, " of %,d", declared) : "", e.getMessage()));
    }
  }

  private static String seconds(HttpURLConnection connection) {
    return String.format(Locale.ROOT, "%.1f s", connection.getReadTimeout() / 1000.0);
  }

  private static void pause(long millis) throws FetchException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted while waiting to try again");
    }
  }
}
