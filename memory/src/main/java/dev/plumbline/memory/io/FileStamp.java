// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What tells, without reading a file, that it is still the file Plumbline last validated or
 * wrote: its size, modification time, status-change time (ctime, which no tool can set back:
 * every write or {@code touch} moves it to the present), inode and device, and a digest of its
 * last 4 KiB (where appends and most edits land). Any difference means the file is read and
 * checked in full. Where the file system has no status-change time (outside POSIX), a stamp is
 * not trusted alone: {@link #trustworthy()} is false and callers compare a content digest.
 *
 * @param size the size in bytes
 * @param modified the modification time, as the file system reports it (to the nanosecond
 *     where it has them)
 * @param changed the status-change time, or empty where there is none
 * @param key the file's identity (device and inode), or empty where there is none
 * @param tail the SHA-256 of the last 4 KiB
 */
public record FileStamp(long size, String modified, String changed, String key, String tail) {

  private static final int TAIL_BYTES = 4096;

  /**
   * Stamps a file as it is now.
   *
   * @param file the file; a symbolic link is not followed
   * @return its stamp, or empty when it does not exist
   * @throws IOException when its attributes cannot be read
   */
  public static Optional<FileStamp> of(Path file) throws IOException {
    Map<String, Object> attributes;
    String changed = "";
    try {
      try {
        attributes = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev",
            LinkOption.NOFOLLOW_LINKS);
        changed = String.valueOf(attributes.get("ctime"));
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        // Not a POSIX file system: no status-change time to rely on.
        attributes = Files.readAttributes(file, "size,lastModifiedTime,fileKey",
            LinkOption.NOFOLLOW_LINKS);
      }
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    Object inode = attributes.get("ino");
    String key = inode != null ? attributes.get("dev") + ":" + inode
        : String.valueOf(attributes.getOrDefault("fileKey", ""));
    long size = (Long) Objects.requireNonNull(attributes.get("size"),
        "every file system reports a size");
    return Optional.of(new FileStamp(size, String.valueOf(attributes.get("lastModifiedTime")),
        changed, key.equals("null") ? "" : key, tailDigest(file, size)));
  }

  /**
   * Whether this stamp alone may stand for the content: only with a status-change time.
   *
   * @return true on POSIX file systems
   */
  public boolean trustworthy() {
    return !changed.isEmpty();
  }

  /**
   * Writes the stamp as a JSON object.
   *
   * @param mapper creates the node
   * @return the object
   */
  public ObjectNode toJson(ObjectMapper mapper) {
    return mapper.createObjectNode().put("size", size).put("modified", modified)
        .put("changed", changed).put("key", key).put("tail", tail);
  }

  /**
   * Reads a stamp written by {@link #toJson}.
   *
   * @param node the object
   * @return the stamp, or empty when the node is not one
   */
  public static Optional<FileStamp> fromJson(JsonNode node) {
    if (!node.isObject() || !node.path("size").canConvertToLong()) {
      return Optional.empty();
    }
    return Optional.of(new FileStamp(node.path("size").longValue(),
        node.path("modified").asText(), node.path("changed").asText(), node.path("key").asText(),
        node.path("tail").asText()));
  }

  private static String tailDigest(Path file, long size) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ,
        LinkOption.NOFOLLOW_LINKS)) {
      long start = Math.max(0, size - TAIL_BYTES);
      ByteBuffer buffer = ByteBuffer.allocate((int) (size - start));
      int read = 0;
      while (buffer.hasRemaining() && read >= 0) {
        read = channel.read(buffer, start + buffer.position());
      }
      return sha256(buffer.array(), buffer.position());
    }
  }

  /**
   * The SHA-256 of the first {@code length} bytes, in lowercase hex.
   *
   * @param bytes the bytes
   * @param length how many of them
   * @return the digest
   */
  public static String sha256(byte[] bytes, int length) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes, 0, length);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
