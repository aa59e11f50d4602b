// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CSV and TSV through Jackson's CSV parser (quotes, embedded separators and newlines handled):
 * each record becomes one line with its non-empty cells joined by {@code " | "}.
 */
final class CsvTextExtractor implements TextExtractor {

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .build();

  private final char separator;

  CsvTextExtractor(char separator) {
    this.separator = separator;
  }

  @Override
  public void extract(Path file, ChunkSink sink) throws IOException, SourceFormatException {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    StringBuilder text = new StringBuilder();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<List<String>> rows = MAPPER.readerForListOf(String.class).with(schema)
            .readValues(reader)) {
      while (rows.hasNextValue()) {
        List<String> cells = rows.nextValue();
        String line = String.join(" | ", cells.stream().filter(c -> !c.isBlank()).toList());
        if (!line.isEmpty()) {
          text.append(line).append('\n');
        }
      }
    } catch (JacksonException e) {
      JsonLocation where = e.getLocation();
      throw new SourceFormatException(file + ":" + (where == null ? 0 : where.getLineNr())
          + ": not valid CSV (" + e.getOriginalMessage() + ")", e);
    }
    sink.accept(text.toString());
  }
}
