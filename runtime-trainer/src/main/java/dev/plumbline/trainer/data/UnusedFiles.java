// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one {@code [INFO]} line about files under {@code training_data/} that are not used: images,
 * audio and video (a language model learns from text, and they have none), and files of any
 * other extension the trainer has no extractor for, counted per kind with their extensions.
 * Hidden files ({@code .gitkeep}, {@code .DS_Store}) are deliberate and not counted.
 */
final class UnusedFiles {

  private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "bmp", "tif",
      "tiff", "webp", "svg", "heic", "heif", "ico", "avif", "raw", "psd");
  private static final Set<String> AUDIO = Set.of("mp3", "wav", "flac", "ogg", "oga", "opus",
      "m4a", "aac", "wma", "aiff", "aif", "mid", "midi");
  private static final Set<String> VIDEO = Set.of("mp4", "mkv", "mov", "avi", "webm", "wmv",
      "flv", "m4v", "mpeg", "mpg", "3gp", "ogv");
  private static final String NO_EXTENSION = "(no extension)";

  private UnusedFiles() {
  }

  /**
   * The summary line.
   *
   * @param root {@code training_data/}
   * @param ignored the files the scan did not use
   * @return the line, or empty when no file counts
   */
  static String summary(Path root, List<Path> ignored) {
    Map<String, Set<String>> extensions = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Path file : ignored) {
      if (SourceScanner.isHidden(SourceScanner.relative(root, file))) {
        continue;
      }
      String extension = extension(file);
      String kind = IMAGES.contains(extension) ? "image" : AUDIO.contains(extension) ? "audio"
          : VIDEO.contains(extension) ? "video" : "other";
      counts.merge(kind, 1, Integer::sum);
      extensions.computeIfAbsent(kind, k -> new TreeSet<>())
          .add(extension.equals(NO_EXTENSION) ? extension : "." + extension);
    }
    if (counts.isEmpty()) {
      return "";
    }
    List<String> media = new ArrayList<>();
    for (String kind : List.of("image", "audio", "video")) {
      if (counts.containsKey(kind)) {
        media.add(describe(counts.get(kind), kind, extensions.get(kind)));
      }
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
        "[INFO] Not used for training: %d file%s under %s", total, total == 1 ? "" : "s", root));
    if (!media.isEmpty()) {
      line.append(": ").append(String.join(", ", media)).append(": this trainer learns from"
          + " text, and images, audio and video hold none");
    }
    if (counts.containsKey("other")) {
      line.append(media.isEmpty() ? ": " : "; ")
          .append(describe(counts.get("other"), "other", extensions.get("other")))
          .append(": no text extractor for those (readable: text, Markdown, source code, JSON,"
              + " JSON Lines, CSV, TSV, HTML, XML, PDF, DOCX, and URL lists as urls/*.txt)");
    }
    return line.toString();
  }

  private static String describe(int count, String kind, Set<String> extensions) {
    String noun = switch (kind) {
      case "image" -> count == 1 ? "image" : "images";
      case "other" -> count == 1 ? "file of another kind" : "files of other kinds";
      default -> kind;
    };
    return count + " " + noun + " (" + String.join(", ", extensions) + ")";
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 || dot == name.length() - 1 ? NO_EXTENSION
        : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
