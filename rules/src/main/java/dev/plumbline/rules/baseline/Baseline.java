// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed list of known findings: one line per finding, tab separated, sorted, so a review
 * shows each finding that enters or leaves it. A finding is keyed by its file (relative to the
 * project root), check, enclosing member and a hash of its normalised source snippet, never by
 * line number, so moving methods, reformatting and unrelated edits keep it known. Written by
 * {@code plumbline rules baseline}; read by the checks when {@code -XepOpt:Plumbline:Baseline}
 * names it.
 */
public final class Baseline {

  /** The first line of every baseline file. */
  public static final String HEADER =
      "# plumbline-rules baseline v1: file, check, member, snippet hash, count, message;"
          + " written by `plumbline rules baseline`";

  private final Map<Key, Entry> entries;

  private Baseline(Map<Key, Entry> entries) {
    this.entries = entries;
  }

  /**
   * What identifies a finding across edits.
   *
   * @param file the source file, relative to the project root, with forward slashes
   * @param check the check's name
   * @param member the enclosing class, method or field ({@code pkg.Outer#method(String)}), or
   *     empty for a finding on the file
   * @param snippet a hash of the finding's source text with all white space removed
   */
  public record Key(String file, String check, String member, String snippet) {}

  /**
   * One known finding, or several with the same key.
   *
   * @param key the finding's key
   * @param count how many findings have this key
   * @param message the message when it was recorded, for the reader only
   */
  public record Entry(Key key, int count, String message) {}

  /** A baseline with the given entries. */
  public static Baseline of(Collection<Entry> entries) {
    Map<Key, Entry> map = new HashMap<>();
    for (Entry entry : entries) {
      map.merge(entry.key(), entry,
          (a, b) -> new Entry(a.key(), a.count() + b.count(), a.message()));
    }
    return new Baseline(map);
  }

  /**
   * Reads a baseline file.
   *
   * @param file the file
   * @return the baseline
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the line that is not a baseline entry
   */
  public static Baseline read(Path file) throws IOException {
    List<Entry> entries = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 6 || !fields[4].matches("[1-9][0-9]*")) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a baseline entry (six"
            + " tab-separated fields: file, check, member, snippet hash, count, message);"
            + " rewrite the file with `plumbline rules baseline`");
      }
      entries.add(new Entry(new Key(fields[0], fields[1], fields[2], fields[3]),
          Integer.parseInt(fields[4]), fields[5]));
    }
    return of(entries);
  }

  /** How many findings with this key are known; 0 for a new one. */
  public int count(Key key) {
    Entry entry = entries.get(key);
    return entry == null ? 0 : entry.count();
  }

  /** The entries, sorted by file, check, member and snippet. */
  public List<Entry> entries() {
    List<Entry> sorted = new ArrayList<>(entries.values());
    sorted.sort((a, b) -> sortKey(a).compareTo(sortKey(b)));
    return sorted;
  }

  /** The total number of known findings. */
  public int findings() {
    return entries.values().stream().mapToInt(Entry::count).sum();
  }

  /**
   * Writes the baseline atomically (a temporary file, then a rename).
   *
   * @param file where to write it
   * @throws IOException if it cannot be written
   */
  public void write(Path file) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (Entry entry : entries()) {
      Key key = entry.key();
      text.append(String.join("\t", clean(key.file()), clean(key.check()), clean(key.member()),
          clean(key.snippet()), Integer.toString(entry.count()), clean(entry.message())))
          .append('\n');
    }
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, ".plumbline-baseline", ".tmp");
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private static String sortKey(Entry entry) {
    Key key = entry.key();
    return key.file() + '\0' + key.check() + '\0' + key.member() + '\0' + key.snippet();
  }

  private static String clean(String field) {
    return field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
