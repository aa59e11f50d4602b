// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * Why and when a stdio session ended, for the server's main thread: the client closed stdin
 * (the normal end), or the SDK closed the session while stdin was still open (a message over
 * the transport's size limit, an error reading stdin or writing stdout). Without the second,
 * a server whose session the SDK had closed would wait for stdin's end forever.
 */
final class SessionEnd {

  /** How a session ended. */
  enum Reason {
    /** The client closed stdin. */
    CLIENT_CLOSED,
    /** The SDK closed the session while stdin was open. */
    SESSION_CLOSED
  }

  private final CountDownLatch ended = new CountDownLatch(1);
  private final AtomicReference<Reason> reason = new AtomicReference<>();
  private final AtomicReference<String> readError = new AtomicReference<>("");

  /**
   * Watches the input for its end and for read errors.
   *
   * @param in the client's stream (stdin)
   * @return the stream to give the transport
   */
  InputStream watch(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        return ifEnded(checked(() -> super.read()));
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return ifEnded(checked(() -> super.read(buffer, offset, length)));
      }
    };
  }

  /**
   * Watches a session's transport for the SDK closing it.
   *
   * @param transport the transport the SDK created the session with
   * @return the transport to give the session
   */
  McpServerTransport watch(McpServerTransport transport) {
    return new McpServerTransport() {
      @Override
      public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
        return transport.sendMessage(message);
      }

      @Override
      public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
        return transport.unmarshalFrom(data, type);
      }

      @Override
      public List<String> protocolVersions() {
        return transport.protocolVersions();
      }

      @Override
      public Mono<Void> closeGracefully() {
        end(Reason.SESSION_CLOSED);
        return transport.closeGracefully();
      }

      @Override
      public void close() {
        end(Reason.SESSION_CLOSED);
        transport.close();
      }
    };
  }

  /**
   * Waits for the session's end.
   *
   * @return why it ended (the first reason seen)
   * @throws InterruptedException when the waiting thread is interrupted
   */
  Reason await() throws InterruptedException {
    ended.await();
    Reason first = reason.get();
    return first == null ? Reason.SESSION_CLOSED : first;
  }

  /**
   * What reading stdin failed with, if it did.
   *
   * @return the exception's class and message, or empty
   */
  String readError() {
    String error = readError.get();
    return error == null ? "" : error;
  }

  private void end(Reason why) {
    reason.compareAndSet(null, why);
    ended.countDown();
  }

  private int ifEnded(int result) {
    if (result < 0) {
      end(Reason.CLIENT_CLOSED);
    }
    return result;
  }

  private int checked(Read read) throws IOException {
    try {
      return read.read();
    } catch (IOException e) {
      readError.compareAndSet("", e.getClass().getSimpleName() + ": " + e.getMessage());
      throw e;
    }
  }

  /** One read of the watched stream. */
  @FunctionalInterface
  private interface Read {
    int read() throws IOException;
  }
}
