package dev.plumbline.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextExtractorTest {

  @TempDir
  Path dir;

  private String extract(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder();
    SourceFormat.of(file).orElseThrow().extractor().extract(file, text::append);
    return text.toString();
  }

  @Test
  void formatsByExtension() {
    assertThat(SourceFormat.of(Path.of("a/B.JAVA"))).contains(SourceFormat.PLAIN_TEXT);
    assertThat(SourceFormat.of(Path.of("notes.md"))).contains(SourceFormat.PLAIN_TEXT);
    assertThat(SourceFormat.of(Path.of("x.jsonl"))).contains(SourceFormat.JSON_LINES);
    assertThat(SourceFormat.of(Path.of("x.tsv"))).contains(SourceFormat.TSV);
    assertThat(SourceFormat.of(Path.of("x.xml"))).contains(SourceFormat.MARKUP);
    assertThat(SourceFormat.of(Path.of("x.png"))).isEmpty();
    assertThat(SourceFormat.of(Path.of("Makefile"))).isEmpty();
  }

  @Test
  void jsonKeepsStringValuesOnly() throws Exception {
    assertThat(extract("a.json", "{\"title\": \"Hamlet\", \"year\": 1600, \"lines\":"
        + " [\"To be\", {\"text\": \"or not\"}], \"ok\": true}"))
        .isEqualTo("Hamlet\nTo be\nor not\n");
    assertThat(extract("a.jsonl", "{\"text\": \"one\"}\n\n{\"text\": \"two\"}\n"))
        .isEqualTo("one\ntwo\n");
  }

  @Test
  void brokenJsonLineNamesFileAndLine() throws IOException {
    Path file = dir.resolve("b.jsonl");
    Files.writeString(file, "{\"text\": \"one\"}\n{\"text\": \n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SourceFormat.JSON_LINES.extractor().extract(file, t -> { }))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageStartingWith(file + ":2: not valid JSON (");
  }

  @Test
  void csvRowsBecomeLinesWithQuotesHandled() throws Exception {
    assertThat(extract("a.csv", """
        name,quote
        Hamlet,"To be, or not"
        Ophelia,"two
        lines"
        ,
        """)).isEqualTo("name | quote\nHamlet | To be, or not\nOphelia | two\nlines\n");
    assertThat(extract("a.tsv", "a\tb, c\n")).isEqualTo("a | b, c\n");
  }

  @Test
  void markupLosesTagsScriptsAndEntities() throws Exception {
    String html = "<!DOCTYPE html><html><head><style>p {color: red}</style>"
        + "<script>var x = 1 < 2;</script></head><body><!-- note --><h1>Title</h1>"
        + "<p>Fish &amp; chips &lt;3 &#233;&#x41;</p><p>Second <b>bold</b> line</p></body></html>";
    assertThat(extract("a.html", html)).isEqualTo("Title\n\nFish & chips <3 éA\n\nSecond bold"
        + " line\n");
    assertThat(extract("a.xml", "<?xml version=\"1.0\"?><doc><item>a</item><item><![CDATA[x < y]]>"
        + "</item></doc>")).isEqualTo("ax < y\n");
  }

  @Test
  void plainTextStreamsLargeFilesInChunksCutAtLineEnds() throws Exception {
    Path file = dir.resolve("big.txt");
    String line = "0123456789abcdefghijklmnopqrstuvwxyz\n";
    int lines = PlainTextExtractor.CHUNK_CHARS / line.length() * 2 + 5;
    Files.writeString(file, line.repeat(lines), StandardCharsets.UTF_8);
    List<String> chunks = new ArrayList<>();
    SourceFormat.PLAIN_TEXT.extractor().extract(file, chunks::add);
    assertThat(chunks.size()).isGreaterThan(1);
    assertThat(chunks).allMatch(c -> c.endsWith("\n"));
    assertThat(String.join("", chunks)).isEqualTo(line.repeat(lines));
  }

  @Test
  void invalidUtf8BecomesReplacementCharacters() throws Exception {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    StringBuilder text = new StringBuilder();
    SourceFormat.PLAIN_TEXT.extractor().extract(file, text::append);
    assertThat(text.toString()).isEqualTo("caf\uFFFD\n");
  }

  @Test
  void oneLineLongerThanAChunkIsCutWithoutSplittingASurrogatePair() throws Exception {
    Path file = dir.resolve("minified.js");
    // An emoji (two chars) straddles the chunk boundary: chars CHUNK_CHARS - 1 and CHUNK_CHARS.
    String text = "a".repeat(PlainTextExtractor.CHUNK_CHARS - 1) + "\uD83D\uDE00"
        + "b".repeat(PlainTextExtractor.CHUNK_CHARS);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<String> chunks = new ArrayList<>();
    SourceFormat.PLAIN_TEXT.extractor().extract(file, chunks::add);
    assertThat(chunks.size()).isGreaterThan(1);
    assertThat(chunks.get(0)).hasSize(PlainTextExtractor.CHUNK_CHARS - 1);
    assertThat(chunks).noneMatch(c -> Character.isHighSurrogate(c.charAt(c.length() - 1)));
    assertThat(String.join("", chunks)).isEqualTo(text);
  }
}
