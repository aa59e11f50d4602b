// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything under {@code training_data/} that becomes text: the files the scan found, then the
 * bodies of the URLs its lists name (fetched or taken from the cache). Says in one line which
 * files are not used, and why.
 */
final class TrainingSources {

  private TrainingSources() {
  }

  static SourceScanner.Scan collect(Path trainingData, Path processedDir, UrlFetchOptions options)
      throws IOException {
    SourceScanner.Scan files = SourceScanner.scan(trainingData);
    String unused = UnusedFiles.summary(trainingData, files.ignored());
    if (!unused.isEmpty()) {
      System.out.println(unused);
    }
    if (files.urlLists().isEmpty()) {
      return files;
    }
    UrlSources.Resolved urls = new UrlSources(processedDir, options)
        .resolve(trainingData, files.urlLists());
    List<SourceScanner.Source> sources = new ArrayList<>(files.sources());
    sources.addAll(urls.sources());
    return new SourceScanner.Scan(sources, files.ignored(), files.urlLists(), urls.failures());
  }
}
