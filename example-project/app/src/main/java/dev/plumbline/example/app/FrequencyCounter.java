// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.example.app;

import dev.plumbline.annotations.Critical;
import dev.plumbline.annotations.Module;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts words and ranks them. */
@Module(name = "counting", description = "Counts words and ranks the most frequent")
@Critical("counting is the program's whole job")
public final class FrequencyCounter {

  private final Map<String, Long> counts = new HashMap<>();

  /**
   * Adds words to the counts.
   *
   * @param words the words to count
   */
  public void addAll(List<String> words) {
    for (String word : words) {
      counts.merge(word, 1L, Long::sum);
    }
  }

  /**
   * The most frequent words, ties broken alphabetically.
   *
   * @param limit how many to return
   * @return at most {@code limit} words with their counts
   */
  public List<Map.Entry<String, Long>> top(int limit) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
  }

  /**
   * Number of distinct words counted.
   *
   * @return the vocabulary size
   */
  public int distinctWords() {
    return counts.size();
  }
}
