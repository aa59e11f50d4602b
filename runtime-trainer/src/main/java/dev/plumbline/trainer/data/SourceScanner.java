// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lists the readable sources under {@code training_data/} in a stable order (sorted by relative
 * path, so that the token files are the same on every machine) and hashes them. The {@code .txt}
 * files under {@code urls/} are URL lists, not text: they are set apart for {@link UrlSources}.
 */
final class SourceScanner {

  /**
   * One source to tokenize.
   *
   * @param file absolute path
   * @param entry the sidecar entry: relative path, size and hash
   * @param format how to extract its text
   */
  record Source(Path file, DatasetManifest.SourceEntry entry, SourceFormat format) {
  }

  /**
   * What the scan found.
   *
   * @param sources readable sources, in order
   * @param ignored files of kinds the trainer does not read, and hidden files
   * @param urlLists the URL lists ({@code urls/**.txt}), in order
   * @param unreadable why listed sources could not be had (URLs that failed), for the error
   *     that stops a run without any text
   */
  record Scan(List<Source> sources, List<Path> ignored, List<Path> urlLists,
      List<String> unreadable) {

    long totalBytes() {
      return sources.stream().mapToLong(s -> s.entry().bytes()).sum();
    }
  }

  private SourceScanner() {
  }

  static Scan scan(Path root) throws IOException {
    List<Source> sources = new ArrayList<>();
    List<Path> ignored = new ArrayList<>();
    List<Path> urlLists = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return new Scan(sources, ignored, urlLists, List.of());
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> relative(root, p))).toList();
    }
    for (Path file : files) {
      String relative = relative(root, file);
      Optional<SourceFormat> format = SourceFormat.of(file);
      if (isHidden(relative) || format.isEmpty()) {
        ignored.add(file);
      } else if (isUrlList(relative)) {
        urlLists.add(file);
      } else {
        sources.add(new Source(file, new DatasetManifest.SourceEntry(relative, Files.size(file),
            FileHashes.sha256(file)), format.get()));
      }
    }
    return new Scan(sources, ignored, urlLists, List.of());
  }

  static boolean isHidden(String relative) {
    return relative.startsWith(".") || relative.contains("/.");
  }

  private static boolean isUrlList(String relative) {
    return relative.startsWith(UrlSources.LISTS_FOLDER + "/") && relative.endsWith(".txt");
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
