// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A URL list: one {@code http} or {@code https} URL per line; blank lines and lines starting with
 * {@code #} are skipped, and so is a comment after a URL ({@code " # ..."}: URLs have no spaces).
 * A line that is not such a URL gets a {@code [WARN]} with its file and line.
 */
final class UrlList {

  /**
   * One listed URL.
   *
   * @param uri the URL
   * @param where the list and line, for messages ({@code urls/docs.txt:3})
   */
  record Listed(URI uri, String where) {
  }

  private UrlList() {
  }

  static List<Listed> read(Path file, String relative) throws IOException {
    List<Listed> urls = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int number = 1; number <= lines.size(); number++) {
      String line = withoutComment(lines.get(number - 1)).strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = relative + ":" + number;
      String problem = problem(line);
      if (problem == null) {
        urls.add(new Listed(URI.create(line), where));
      } else {
        System.out.println("[WARN] " + where + ": '" + line + "' " + problem + "; skipped (one"
            + " http or https URL per line, # starts a comment)");
      }
    }
    return urls;
  }

  private static String withoutComment(String line) {
    if (line.stripLeading().startsWith("#")) {
      return "";
    }
    int comment = line.indexOf(" #");
    int tabComment = line.indexOf("\t#");
    int cut = comment < 0 ? tabComment : tabComment < 0 ? comment : Math.min(comment, tabComment);
    return cut < 0 ? line : line.substring(0, cut);
  }

  private static String problem(String line) {
    URI uri;
    try {
      uri = new URI(line);
    } catch (URISyntaxException e) {
      return "is not a URL (" + e.getReason() + ")";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "is not an http or https URL";
    }
    if (uri.getHost() == null) {
      return "has no host";
    }
    return null;
  }
}
