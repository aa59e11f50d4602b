// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files and buffers, as lowercase hex. */
final class FileHashes {

  private static final int BUFFER = 1 << 20;

  private FileHashes() {
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    // Sized to the file: most sources are small, and a 1 MB buffer per file turns hashing a
    // tree of thousands of files into garbage collection.
    byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(8192, Files.size(file)))];
    try (InputStream in = Files.newInputStream(file)) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }
}
