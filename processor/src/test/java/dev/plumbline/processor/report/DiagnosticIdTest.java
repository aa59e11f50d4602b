package dev.plumbline.processor.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every diagnostic id has its page, and the pages and the index agree with the code. */
class DiagnosticIdTest {

  private static final Path PAGES = Path.of("docs", "diagnostics");

  @Test
  void idsAreUniqueAndNumberedInOrder() {
    List<String> codes = Arrays.stream(DiagnosticId.values()).map(DiagnosticId::code).toList();

    assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("PL\\d{3}"));
    assertThat(codes).isSorted();
  }

  @ParameterizedTest
  @EnumSource(DiagnosticId.class)
  void eachIdHasAPageWithItsTitleSeverityAndAnExampleInItsTag(DiagnosticId id) throws IOException {
    Path page = Path.of("..").resolve(id.page());
    assertThat(page).as("the page of " + id.code()).exists();
    List<String> lines = Files.readAllLines(page, UTF_8);

    assertThat(lines.get(0)).isEqualTo("# " + id.code() + ": " + id.title());
    assertThat(lines).contains("Severity: **" + id.kind() + "**");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(id.tag()));
  }

  @Test
  void theIndexListsEveryIdAndNothingElse() throws IOException {
    String index = Files.readString(PAGES.resolve("README.md"), UTF_8);
    long rows = index.lines().filter(line -> line.startsWith("| [PL")).count();

    assertThat(rows).isEqualTo(DiagnosticId.values().length);
    for (DiagnosticId id : DiagnosticId.values()) {
      assertThat(index).contains(
          "| [" + id.code() + "](" + id.code() + ".md) | " + id.kind() + " | " + id.title() + " |");
    }
    try (var pages = Files.list(PAGES)) {
      assertThat(pages.filter(page -> page.getFileName().toString().startsWith("PL")))
          .hasSize(DiagnosticId.values().length);
    }
  }
}
