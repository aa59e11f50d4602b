// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.checkpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The checkpoint file format: magic, JSON metadata, sampler state, named tensors, and a CRC32 of
 * everything before it, so a truncated or damaged file is always detected on load.
 */
final class CheckpointCodec {

  private static final byte[] MAGIC = "PLBCKPT1".getBytes(StandardCharsets.UTF_8);
  private static final int CRC_BYTES = Long.BYTES;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> LEGACY_HISTORIES = List.of("trainLosses", "validationLosses");

  private CheckpointCodec() {}

  /**
   * Serialises a checkpoint.
   *
   * @param checkpoint the state to write
   * @return the file content
   */
  public static byte[] encode(Checkpoint checkpoint) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(MAGIC);
      writeBlock(out, JSON.writeValueAsBytes(checkpoint.metadata()));
      writeBlock(out, checkpoint.samplerState());
      out.writeInt(checkpoint.tensors().size());
      for (Map.Entry<String, byte[]> tensor : checkpoint.tensors().entrySet()) {
        out.writeUTF(tensor.getKey());
        writeBlock(out, tensor.getValue());
      }
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeLong(crc.getValue());
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
  }

  /**
   * Parses a checkpoint and verifies its checksum.
   *
   * @param content the file content
   * @param source the file, for messages
   * @return the checkpoint
   * @throws CorruptCheckpointException when the content is truncated, damaged or foreign
   */
  public static Checkpoint decode(byte[] content, Path source) throws CorruptCheckpointException {
    if (content.length < MAGIC.length + CRC_BYTES
        || !Arrays.equals(Arrays.copyOf(content, MAGIC.length), MAGIC)) {
      throw new CorruptCheckpointException(source, "missing the PLBCKPT1 header ("
          + content.length + " bytes): truncated, or not written by Plumbline");
    }
    int bodyLength = content.length - CRC_BYTES;
    CRC32 crc = new CRC32();
    crc.update(content, 0, bodyLength);
    long stored = readLong(content, bodyLength);
    if (crc.getValue() != stored) {
      throw new CorruptCheckpointException(source,
          "checksum mismatch (file truncated or damaged, " + content.length + " bytes)");
    }
    try {
      DataInputStream in = new DataInputStream(
          new ByteArrayInputStream(content, MAGIC.length, bodyLength - MAGIC.length));
      CheckpointMetadata metadata = readMetadata(readBlock(in));
      byte[] sampler = readBlock(in);
      int count = in.readInt();
      Map<String, byte[]> tensors = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        tensors.put(in.readUTF(), readBlock(in));
      }
      return new Checkpoint(metadata, tensors, sampler);
    } catch (JsonProcessingException e) {
      throw new CorruptCheckpointException(source, "unreadable metadata: " + e.getOriginalMessage());
    } catch (EOFException e) {
      throw new CorruptCheckpointException(source, "sections end before the file does");
    } catch (IOException e) {
      throw new CorruptCheckpointException(source, "unreadable section: " + e.getMessage());
    }
  }

  // Checkpoints written before the loss curve was dropped from them carry trainLosses and
  // validationLosses: they still load, without the histories.
  private static CheckpointMetadata readMetadata(byte[] json) throws IOException {
    JsonNode tree = JSON.readTree(json);
    if (!(tree instanceof ObjectNode fields)) {
      throw MismatchedInputException.from(null, CheckpointMetadata.class,
          "the metadata is not a JSON object");
    }
    fields.remove(LEGACY_HISTORIES);
    return JSON.treeToValue(fields, CheckpointMetadata.class);
  }

  private static void writeBlock(DataOutputStream out, byte[] block) throws IOException {
    out.writeInt(block.length);
    out.write(block);
  }

  private static byte[] readBlock(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new EOFException("section of " + length + " bytes");
    }
    return in.readNBytes(length);
  }

  private static long readLong(byte[] content, int offset) {
    long value = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      value = (value << 8) | (content[offset + i] & 0xFFL);
    }
    return value;
  }
}
