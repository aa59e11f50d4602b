// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.cli.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the records the activity agent ({@code -javaagent:plumbline-agent.jar}) leaves at JVM
 * exit, {@code activity-<start>-<pid>.json}: the classes whose code ran during real runs.
 *
 * @param files the records read
 * @param executed every class whose code ran in any of them (binary names)
 * @param loaded every class in scope that was loaded in any of them, run or not
 */
record ActivityRecords(List<Path> files, Set<String> executed, Set<String> loaded) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A record that is not the agent's JSON. */
  static final class InvalidActivityRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidActivityRecordException(String message) {
      super(message);
    }
  }

  /**
   * Reads every record in the directories that exist.
   *
   * @param directories where the agent wrote ({@code out=DIR}; by default
   *     {@code target/plumbline/activity} of the run's working directory)
   * @return the union of the records
   * @throws IOException when a record cannot be read
   * @throws InvalidActivityRecordException when a record is not the agent's JSON
   */
  static ActivityRecords read(List<Path> directories)
      throws IOException, InvalidActivityRecordException {
    List<Path> files = new ArrayList<>();
    Set<String> executed = new TreeSet<>();
    Set<String> loaded = new TreeSet<>();
    for (Path directory : directories) {
      if (!Files.isDirectory(directory)) {
        continue;
      }
      List<Path> records = new ArrayList<>();
      try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, "activity-*.json")) {
        found.forEach(records::add);
      }
      records.sort(null);
      for (Path record : records) {
        JsonNode root = parse(record);
        root.get("executed").forEach(name -> executed.add(name.asText()));
        root.path("loaded").forEach(name -> loaded.add(name.asText()));
        files.add(record);
      }
    }
    return new ActivityRecords(List.copyOf(files), Set.copyOf(executed), Set.copyOf(loaded));
  }

  private static JsonNode parse(Path record) throws IOException, InvalidActivityRecordException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(record));
    } catch (JsonProcessingException e) {
      throw new InvalidActivityRecordException(record + ": not valid JSON ("
          + e.getOriginalMessage() + "). Delete it and run the program under the agent again.");
    }
    if (root == null || !"plumbline-agent".equals(root.path("tool").asText())
        || !root.path("executed").isArray()) {
      throw new InvalidActivityRecordException(record + ": not a record of the Plumbline agent"
          + " (no 'tool': 'plumbline-agent' and 'executed'). Delete it or move it elsewhere.");
    }
    return root;
  }
}
