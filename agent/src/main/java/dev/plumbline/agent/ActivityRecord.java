// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The record one run leaves, {@code activity-<start millis>-<pid>.json}: which classes ran code
 * and which were only loaded. Read by {@code plumbline verify} for the ACTIVE level.
 *
 * <p>Written with a few lines of code instead of a JSON library: the agent runs inside every
 * program it watches and brings nothing but its relocated ASM.
 *
 * @param mainClass the program's main class (or jar), from {@code sun.java.command}, without
 *     its arguments
 * @param pid the process id
 * @param started when the agent started, epoch milliseconds
 * @param ended when the record was written (at JVM exit), epoch milliseconds
 * @param options the agent's options
 * @param executed classes whose code ran: with {@code marks=initialized} the classes the JVM had
 *     initialized at exit, with {@code marks=bytecode} the classes whose marks ran
 * @param loaded classes in scope that were loaded
 * @param notInstrumented classes in scope loaded without marks (unsupported class file versions;
 *     always empty with {@code marks=initialized}, which rewrites nothing)
 */
record ActivityRecord(String mainClass, long pid, long started, long ended,
    AgentOptions options, List<String> executed, List<String> loaded,
    List<String> notInstrumented) {

  /** The record format, for readers. */
  static final int FORMAT = 1;

  /**
   * Writes the record into {@code options.out()} atomically (temporary file, then rename), so a
   * reader never sees half a record.
   *
   * @return the file written
   * @throws IOException when the directory or the file cannot be written
   */
  Path write() throws IOException {
    Path directory = options.out().toAbsolutePath();
    Files.createDirectories(directory);
    String name = "activity-" + started + "-" + pid;
    Path temporary = directory.resolve("." + name + ".json.tmp");
    Path target = directory.resolve(name + ".json");
    Files.write(temporary, toJson().getBytes(StandardCharsets.UTF_8));
    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /** The record as JSON, one class per line. */
  String toJson() {
    StringBuilder json = new StringBuilder(64 * (executed.size() + loaded.size()) + 512);
    json.append("{\n");
    json.append("  \"format\": ").append(FORMAT).append(",\n");
    json.append("  \"tool\": \"plumbline-agent\",\n");
    json.append("  \"mainClass\": ").append(quoted(mainClass)).append(",\n");
    json.append("  \"pid\": ").append(pid).append(",\n");
    json.append("  \"started\": ").append(quoted(UtcTimestamps.format(started))).append(",\n");
    json.append("  \"ended\": ").append(quoted(UtcTimestamps.format(ended))).append(",\n");
    json.append("  \"marks\": ").append(quoted(options.marks())).append(",\n");
    appendArray(json, "include", options.include());
    appendArray(json, "exclude", options.exclude());
    appendArray(json, "executed", executed);
    appendArray(json, "loaded", loaded);
    appendLastArray(json, "notInstrumented", notInstrumented);
    json.append("}\n");
    return json.toString();
  }

  private static void appendArray(StringBuilder json, String name, List<String> values) {
    appendLastArray(json, name, values);
    json.insert(json.length() - 1, ',');
  }

  private static void appendLastArray(StringBuilder json, String name, List<String> values) {
    json.append("  ").append(quoted(name)).append(": [");
    for (int i = 0; i < values.size(); i++) {
      json.append(i == 0 ? "\n" : ",\n").append("    ").append(quoted(values.get(i)));
    }
    json.append(values.isEmpty() ? "]\n" : "\n  ]\n");
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  static String quoted(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
