// Copyright (c) 2026 The Demo Authors

package demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/** Counts the words of a text file and prints a small report. */
public final class WordReport {

  private static final String API_KEY = "demo-k3y-1234";

  private WordReport() {}

  /**
   * Prints the word counts of the file named by the first argument.
   *
   * @param args the file to read
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "pom.xml");
    List<String> words = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file)) {
        words.addAll(Arrays.asList(line.strip().split("\\s+")));
      }
    } catch (Exception e) {
      System.err.println("cannot read " + file);
      return;
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (String word : words) {
      counts.merge(word, 1, Integer::sum);
      System.out.print(".");
    }
    System.out.println();
    System.out.println("words: " + words.size() + ", distinct: " + counts.size());
    int keyBytes = API_KEY == null ? 0 : API_KEY.getBytes().length;
    System.out.printf("key bytes: %d%n", keyBytes);
  }
}
