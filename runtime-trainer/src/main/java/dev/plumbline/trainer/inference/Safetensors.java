// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.inference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.trainer.checkpoint.AtomicFileWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The safetensors format (Hugging Face): an 8-byte little-endian header length, a JSON header
 * naming each tensor's dtype, shape and byte range, then the raw little-endian data. Float32
 * tensors only, which is what a trained model's master weights are. Written atomically (a
 * temporary file renamed into place); the header is padded with spaces to a multiple of 8 bytes,
 * as the reference implementation does, so the data is aligned.
 */
final class Safetensors {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String METADATA = "__metadata__";
  private static final long MAX_HEADER_BYTES = 100L * 1024 * 1024;

  private Safetensors() {
  }

  /** A float32 tensor. */
  record Tensor(long[] shape, float[] data) {
    Tensor {
      long elements = 1;
      for (long dimension : shape) {
        elements *= dimension;
      }
      if (elements != data.length) {
        throw new IllegalArgumentException("a tensor of shape " + java.util.Arrays.toString(shape)
            + " has " + elements + " elements, not " + data.length);
      }
    }
  }

  /** A file's tensors, in file order, and its string metadata. */
  record Contents(Map<String, Tensor> tensors, Map<String, String> metadata) {
  }

  static void write(Path file, Map<String, Tensor> tensors, Map<String, String> metadata)
      throws IOException {
    ObjectNode header = JSON.createObjectNode();
    ObjectNode meta = header.putObject(METADATA);
    metadata.forEach(meta::put);
    long offset = 0;
    for (Map.Entry<String, Tensor> entry : tensors.entrySet()) {
      ObjectNode tensor = header.putObject(entry.getKey());
      tensor.put("dtype", "F32");
      for (long dimension : entry.getValue().shape()) {
        tensor.withArray("shape").add(dimension);
      }
      long end = offset + 4L * entry.getValue().data().length;
      tensor.putArray("data_offsets").add(offset).add(end);
      offset = end;
    }
    byte[] json = JSON.writeValueAsBytes(header);
    int padded = (json.length + 7) / 8 * 8;
    ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(8 + padded + offset))
        .order(ByteOrder.LITTLE_ENDIAN);
    bytes.putLong(padded).put(json);
    for (int i = json.length; i < padded; i++) {
      bytes.put((byte) ' ');
    }
    for (Tensor tensor : tensors.values()) {
      bytes.asFloatBuffer().put(tensor.data());
      bytes.position(bytes.position() + 4 * tensor.data().length);
    }
    AtomicFileWriter.silent().write(file, bytes.array());
  }

  static Contents read(Path file) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.remaining() < 8) {
      throw malformed(file, "shorter than the 8-byte header length");
    }
    long headerLength = bytes.getLong();
    if (headerLength < 2 || headerLength > MAX_HEADER_BYTES || headerLength > bytes.remaining()) {
      throw malformed(file, "its header length " + headerLength + " does not fit the file");
    }
    byte[] json = new byte[(int) headerLength];
    bytes.get(json);
    JsonNode header;
    try {
      header = JSON.readTree(new String(json, StandardCharsets.UTF_8).strip());
    } catch (JsonProcessingException e) {
      throw malformed(file, "its header is not JSON (" + e.getOriginalMessage() + ")");
    }
    ByteBuffer data = bytes.slice().order(ByteOrder.LITTLE_ENDIAN);
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = header.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getKey().equals(METADATA)) {
        entry.getValue().fields().forEachRemaining(m -> metadata.put(m.getKey(),
            m.getValue().asText()));
      } else {
        tensors.put(entry.getKey(), tensor(file, entry.getKey(), entry.getValue(), data));
      }
    }
    return new Contents(tensors, metadata);
  }

  private static Tensor tensor(Path file, String name, JsonNode node, ByteBuffer data)
      throws IOException {
    String dtype = node.path("dtype").asText();
    if (!dtype.equals("F32")) {
      throw malformed(file, "tensor '" + name + "' is " + dtype + "; only F32 tensors are read"
          + " (save float32 weights: state_dict() of a model trained with autocast is float32)");
    }
    JsonNode shapeNode = node.path("shape");
    long[] shape = new long[shapeNode.size()];
    long elements = 1;
    for (int i = 0; i < shape.length; i++) {
      shape[i] = shapeNode.get(i).asLong();
      elements *= shape[i];
    }
    long begin = node.path("data_offsets").path(0).asLong(-1);
    long end = node.path("data_offsets").path(1).asLong(-1);
    if (begin < 0 || end > data.capacity() || end - begin != 4 * elements) {
      throw malformed(file, "tensor '" + name + "' has data offsets [" + begin + ", " + end
          + "] that do not hold " + elements + " float32 values inside the file");
    }
    float[] values = new float[(int) elements];
    data.slice((int) begin, (int) (end - begin)).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer()
        .get(values);
    return new Tensor(shape, values);
  }

  private static IOException malformed(Path file, String reason) {
    return new IOException(file + " is not a usable safetensors file: " + reason);
  }
}
