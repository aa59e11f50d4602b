// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server process ends with its session, however the session ends: the client closing stdin
 * (exit 0), or the SDK closing the session while stdin stays open (exit 1, the reason on stderr).
 */
class ServerExitTest {

  @TempDir Path root;

  @Test
  void endsWithExitCode0WhenTheClientClosesStdin() throws Exception {
    Process server = start();
    server.getOutputStream().close();

    assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("server exited").isTrue();
    assertThat(server.exitValue()).isZero();
    assertThat(stderr()).doesNotContain("[ERROR]");
  }

  @Test
  void endsWithExitCode1WhenTheSdkClosesTheSessionWhileStdinIsOpen() throws Exception {
    Process server = start();
    // One line longer than the transport's limit: the SDK stops reading and closes the session.
    byte[] chunk = new byte[1024 * 1024];
    Arrays.fill(chunk, (byte) 'x');
    OutputStream stdin = server.getOutputStream();
    try {
      for (int i = 0; i <= PlumblineMcpServer.MAX_MESSAGE_BYTES / chunk.length; i++) {
        stdin.write(chunk);
      }
      stdin.flush();
    } catch (IOException e) {
      // The server stopped reading at the limit and may have exited before the last chunk.
    }

    boolean exited = server.waitFor(60, TimeUnit.SECONDS);
    if (server.isAlive()) {
      stdin.close();
    }
    if (!exited) {
      server.destroyForcibly();
    }
    assertThat(exited).as("server exited with stdin still open").isTrue();
    assertThat(server.exitValue()).isEqualTo(1);
    assertThat(stderr()).contains("[ERROR] The MCP session ended while the client's stdin"
        + " was still open: the SDK closed it (a message over 16 MiB, or an error reading stdin"
        + " or writing stdout). The server exits; the assistant starts it again.");
  }

  private Process start() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Dfile.encoding=UTF-8", "-cp",
        System.getProperty("java.class.path"), PlumblineMcpServer.class.getName(), "-p",
        root.toString())
        .redirectError(root.resolve("stderr.txt").toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private String stderr() throws Exception {
    return Files.readString(root.resolve("stderr.txt"), StandardCharsets.UTF_8);
  }
}
