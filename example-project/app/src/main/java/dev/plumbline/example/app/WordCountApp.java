// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.example.app;

import dev.plumbline.annotations.EntryPoint;
import dev.plumbline.annotations.Module;
import dev.plumbline.example.text.ReportFormat;
import dev.plumbline.example.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the most frequent words of text files: {@code [--format plain|markdown] [--top N]
 * FILE...}.
 */
@EntryPoint
@Module(name = "cli", description = "Reads the files and prints the most frequent words")
public final class WordCountApp {

  private WordCountApp() {}

  /**
   * Runs the tool.
   *
   * @param args options and files
   */
  public static void main(String[] args) {
    String format = "plain";
    int top = 10;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--format") && i + 1 < args.length) {
        format = args[++i];
      } else if (args[i].equals("--top") && i + 1 < args.length) {
        top = Integer.parseInt(args[++i]);
      } else {
        files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty()) {
      System.err.println("[ERROR] usage: WordCountApp [--format plain|markdown] [--top N] FILE...");
      System.exit(2);
    }
    FrequencyCounter counter = new FrequencyCounter();
    for (Path file : files) {
      try {
        counter.addAll(Tokenizer.words(Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        System.err.println("[ERROR] cannot read " + file + ": " + e.getMessage());
        System.exit(1);
      }
    }
    System.out.println("[INFO] " + files.size() + " files, " + counter.distinctWords()
        + " distinct words; top " + top + " as " + format + ":");
    for (String line : ReportFormat.named(format).render(counter.top(top))) {
      System.out.println("[INFO] " + line);
    }
    System.out.println("✓ done");
  }
}
