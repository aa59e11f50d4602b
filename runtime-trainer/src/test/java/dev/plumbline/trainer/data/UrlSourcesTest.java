package dev.plumbline.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * URL lists against an HTTP server this test starts on the loopback address (and, for a body cut
 * short, a raw socket there too): every URL the tests list points at it, so nothing is sent
 * anywhere else.
 */
class UrlSourcesTest {

  private static final String PAGE = "<html><head><style>p{}</style></head><body>"
      + "<p>The loopback server&apos;s page.</p></body></html>";
  private static final UrlFetchOptions FAST = new UrlFetchOptions(false, Duration.ofSeconds(2),
      Duration.ofMillis(300), Duration.ofSeconds(5), 2, Duration.ofMillis(10), 1 << 20);

  @TempDir
  Path dir;
  Path data;
  Path binDir;
  HttpServer server;
  ExecutorService handlers;
  ServerSocket cutter;
  Thread cutterThread;
  String base;
  final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  final AtomicInteger version = new AtomicInteger(1);
  final CountDownLatch release = new CountDownLatch(1);
  CapturedConsole console;

  @BeforeEach
  void startServer() throws IOException {
    data = dir.resolve("training_data");
    binDir = dir.resolve("dataset_cache/bin");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    // One thread per exchange: a stalled body must not hold up the other requests.
    handlers = Executors.newCachedThreadPool();
    server.setExecutor(handlers);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    cutter = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    cutterThread = new Thread(this::cutBodies, "body-cutter");
    cutterThread.start();
    console = new CapturedConsole();
  }

  @AfterEach
  void stopServer() throws Exception {
    console.close();
    release.countDown();
    server.stop(0);
    handlers.shutdownNow();
    cutter.close();
    cutterThread.join(5_000);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    switch (path) {
      case "/page.html" -> send(exchange, 200, "text/html; charset=utf-8",
          PAGE.getBytes(StandardCharsets.UTF_8));
      case "/latin1.txt" -> send(exchange, 200, "text/plain; charset=ISO-8859-1",
          "Caf\u00e9 cr\u00e8me, na\u00efve text.\n".getBytes(StandardCharsets.ISO_8859_1));
      case "/guide.pdf" -> send(exchange, 200, "application/pdf",
          Files.readAllBytes(Documents.folder("pdf").resolve("erlang-otp-system-p20-23.pdf")));
      case "/old-page" -> {
        exchange.getResponseHeaders().add("Location", "/page.html");
        send(exchange, 301, "text/plain", new byte[0]);
      }
      case "/flaky.txt" -> {
        if (requests.get(path).get() == 1) {
          send(exchange, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
        } else {
          send(exchange, 200, "text/plain", "Second time lucky.\n".getBytes(StandardCharsets.UTF_8));
        }
      }
      case "/changing.txt" -> send(exchange, 200, "text/plain",
          ("Body version " + version.get() + ".\n").getBytes(StandardCharsets.UTF_8));
      case "/stalls.txt" -> {
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        exchange.sendResponseHeaders(200, 100);
        exchange.getResponseBody().write("the first ten".getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
        awaitRelease();
        exchange.close();
      }
      case "/photo.png" -> send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N'});
      default -> send(exchange, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private void awaitRelease() {
    try {
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Announces 1,000 bytes, sends 100 and closes the connection: every time. */
  private void cutBodies() {
    while (!cutter.isClosed()) {
      try (Socket socket = cutter.accept()) {
        requests.computeIfAbsent("/cut", p -> new AtomicInteger()).incrementAndGet();
        socket.getInputStream().read(new byte[4096]);
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n"
            + "x".repeat(100)).getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        return;
      }
    }
  }

  private String cutUrl() {
    return "http://127.0.0.1:" + cutter.getLocalPort() + "/cut.txt";
  }

  private void list(String... lines) throws IOException {
    Files.createDirectories(data.resolve("urls"));
    Files.write(data.resolve("urls/list.txt"), List.of(lines), StandardCharsets.UTF_8);
  }

  private PreparedDataset prepare(UrlFetchOptions options) {
    return new DatasetPreparer(DiskSpace.SYSTEM, options)
        .prepare(data, binDir, new ByteTokenizer(), 0.1);
  }

  private String console() {
    return console.text();
  }

  private Path cached(String url) {
    return new UrlCache(dir.resolve("dataset_cache/processed")).bodyFile(URI.create(url));
  }

  @Test
  void fetchesOnceChoosesTheExtractorByContentTypeAndRecordsChecksums() throws Exception {
    list("# docs for the model", base + "/page.html", base + "/latin1.txt   # Latin-1 text",
        "", base + "/guide.pdf");
    PreparedDataset prepared = prepare(FAST);
    assertThat(prepared.manifest().sources()).containsExactly(
        new DatasetManifest.SourceEntry(base + "/page.html", PAGE.length(),
            sha256(PAGE.getBytes(StandardCharsets.UTF_8))),
        new DatasetManifest.SourceEntry(base + "/latin1.txt", 27,
            sha256("Caf\u00e9 cr\u00e8me, na\u00efve text.\n".getBytes(StandardCharsets.UTF_8))),
        new DatasetManifest.SourceEntry(base + "/guide.pdf",
            Files.size(Documents.folder("pdf").resolve("erlang-otp-system-p20-23.pdf")),
            FileHashes.sha256(Documents.folder("pdf").resolve("erlang-otp-system-p20-23.pdf"))));
    long expected = (long) "The loopback server's page.\n".length()
        + "Caf\u00e9 cr\u00e8me, na\u00efve text.\n".getBytes(StandardCharsets.UTF_8).length
        + Documents.text(new PdfTextExtractor(), cached(base + "/guide.pdf"))
            .getBytes(StandardCharsets.UTF_8).length;
    assertThat(prepared.manifest().train().tokens() + prepared.manifest().val().tokens())
        .isEqualTo(expected);
    assertThat(console()).contains("[INFO] URL lists: 3 URLs in 1 list\n")
        .contains("✓ Fetched 3 URLs (")
        .contains("[INFO] Tokenizing: 100.0% | " + String.format("%,d", expected) + " tokens");
    assertThat(Files.readString(cached(base + "/latin1.txt"), StandardCharsets.UTF_8))
        .isEqualTo("Caf\u00e9 cr\u00e8me, na\u00efve text.\n");

    console.reset();
    assertThat(prepare(FAST).reused()).isTrue();
    assertThat(console()).contains("[INFO] URL lists: 3 URLs in 1 list; 3 already fetched into "
        + dir.resolve("dataset_cache/processed/urls") + ", not fetched again"
        + " (-Dplumbline.refetchUrls=true fetches them again)")
        .contains("✓ Token files up to date").doesNotContain("Fetched");
    assertThat(requests).containsOnlyKeys("/page.html", "/latin1.txt", "/guide.pdf");
    assertThat(requests.values()).allMatch(count -> count.get() == 1);
  }

  @Test
  void notFoundIsNotRetriedAndTheRunGoesOn() throws IOException {
    list(base + "/missing.html", base + "/page.html");
    PreparedDataset prepared = prepare(FAST);
    assertThat(console()).contains("[WARN] Skipping " + base + "/missing.html (urls/list.txt:1):"
        + " HTTP 404 Not Found\n");
    assertThat(requests.get("/missing.html").get()).isEqualTo(1);
    assertThat(prepared.manifest().sources()).extracting(DatasetManifest.SourceEntry::path)
        .containsExactly(base + "/page.html");
  }

  @Test
  void redirectIsFollowedAndTheListedUrlNamesTheSource() throws IOException {
    list(base + "/old-page");
    PreparedDataset prepared = prepare(FAST);
    assertThat(prepared.manifest().sources()).extracting(DatasetManifest.SourceEntry::path)
        .containsExactly(base + "/old-page");
    assertThat(requests.get("/old-page").get()).isEqualTo(1);
    assertThat(requests.get("/page.html").get()).isEqualTo(1);
    assertThat(Files.readString(cached(base + "/old-page").resolveSibling(
        cached(base + "/old-page").getFileName().toString().replace(".body", ".json"))))
        .contains("\"final_url\" : \"" + base + "/page.html\"");
  }

  @Test
  void serverThatStopsSendingTimesOutAfterBoundedAttempts() throws IOException {
    list(base + "/stalls.txt", base + "/page.html");
    long started = System.nanoTime();
    prepare(FAST);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    assertThat(console()).contains("[WARN] Skipping " + base + "/stalls.txt (urls/list.txt:1):"
        + " the server stopped sending for 0.3 s after 13 of 100 bytes (2 attempts)");
    assertThat(requests.get("/stalls.txt").get()).isEqualTo(2);
    assertThat(cached(base + "/stalls.txt")).doesNotExist();
  }

  @Test
  void connectionClosedMidBodyIsRetriedThenSkipped() throws IOException {
    list(cutUrl(), base + "/page.html");
    prepare(FAST);
    assertThat(console()).contains("[WARN] Skipping " + cutUrl() + " (urls/list.txt:1): the"
        + " connection closed after 100 of 1,000 bytes (2 attempts)");
    assertThat(requests.get("/cut").get()).isEqualTo(2);
    assertThat(cached(cutUrl())).doesNotExist();
  }

  @Test
  void serverErrorIsRetried() throws IOException {
    list(base + "/flaky.txt");
    PreparedDataset prepared = prepare(FAST);
    assertThat(requests.get("/flaky.txt").get()).isEqualTo(2);
    assertThat(prepared.manifest().sources()).singleElement().isEqualTo(
        new DatasetManifest.SourceEntry(base + "/flaky.txt", 19,
            sha256("Second time lucky.\n".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void changedBodyIsFetchedOnlyWhenAskedAndThenRetokenized() throws IOException {
    list(base + "/changing.txt");
    DatasetManifest first = prepare(FAST).manifest();
    version.set(2);
    assertThat(prepare(FAST).reused()).isTrue();
    assertThat(requests.get("/changing.txt").get()).isEqualTo(1);
    console.reset();
    PreparedDataset refetched = prepare(FAST.refetching());
    assertThat(requests.get("/changing.txt").get()).isEqualTo(2);
    assertThat(refetched.reused()).isFalse();
    assertThat(refetched.manifest().sources()).singleElement().isEqualTo(
        new DatasetManifest.SourceEntry(base + "/changing.txt", 16,
            sha256("Body version 2.\n".getBytes(StandardCharsets.UTF_8))));
    assertThat(refetched.manifest().sources()).isNotEqualTo(first.sources());
    assertThat(console()).contains("fetching all of them again (1 cached), as asked")
        .contains("[INFO] Sources, tokenizer or val_fraction changed");
  }

  @Test
  void refetchThatFailsKeepsTheCopyFetchedBefore() throws IOException {
    list(base + "/flaky.txt");
    requests.computeIfAbsent("/flaky.txt", p -> new AtomicInteger()).set(5);
    prepare(FAST);
    server.stop(0);
    console.reset();
    PreparedDataset again = prepare(FAST.refetching());
    assertThat(again.reused()).isTrue();
    assertThat(console()).contains("[WARN] Fetching " + base + "/flaky.txt (urls/list.txt:1)"
        + " again failed: ").contains("; using the copy fetched at ");
  }

  @Test
  void contentThatIsNotTextAndBadLinesAreSkippedAndNoSourceAtAllIsAnError() throws IOException {
    list("ftp://127.0.0.1/file.txt", "not a url", base + "/photo.png", base + "/missing.txt");
    assertThatThrownBy(() -> prepare(FAST)).isInstanceOf(DatasetException.class)
        .hasMessageStartingWith("No training data: " + data + " has no source that could be read ("
            + base + "/photo.png: its content type 'image/png' is not text the trainer reads"
            + " (HTML, plain text, PDF, DOCX, JSON, CSV, XML); " + base + "/missing.txt: HTTP 404"
            + " Not Found)")
        .hasMessageContaining("or URLs one per line in " + data + "/urls/*.txt");
    assertThat(console())
        .contains("[WARN] urls/list.txt:1: 'ftp://127.0.0.1/file.txt' is not an http or https URL;"
            + " skipped (one http or https URL per line, # starts a comment)")
        .contains("[WARN] urls/list.txt:2: 'not a url' is not a URL (Illegal character in path);"
            + " skipped");
    assertThat(binDir.resolve("train.bin")).doesNotExist();
  }

  private static String sha256(byte[] bytes) throws IOException {
    MessageDigest digest = FileHashes.newDigest();
    return HexFormat.of().formatHex(digest.digest(bytes));
  }
}
