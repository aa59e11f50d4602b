package dev.plumbline.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicApiListTest {

  @TempDir Path temp;

  @Test
  void thisModulesPublicTypesAreTheOnesItsReadmeLists() throws Exception {
    PublicApiList.assertMatches(Path.of("README.md"), PublicApiList.class);
  }

  @Test
  void readsOnlyTheListedLinesBetweenTheMarkers() throws Exception {
    Path readme = Files.writeString(temp.resolve("README.md"), String.join("\n",
        "- `dev.plumbline.before.Ignored`: outside the list",
        PublicApiList.START,
        "### dev.plumbline.x",
        "- `dev.plumbline.x.Store`: reads and writes",
        "- `dev.plumbline.x.Store.Options` (nested)",
        "  - `dev.plumbline.x.Indented`: not a list line of its own",
        "Text naming `dev.plumbline.x.Mentioned` in passing.",
        PublicApiList.END,
        "- `dev.plumbline.between.Ignored`",
        PublicApiList.START,
        "- `dev.plumbline.y.Forced`",
        PublicApiList.END,
        "- `dev.plumbline.after.Ignored`"), UTF_8);
    assertThat(PublicApiList.documented(readme)).containsExactly(
        "dev.plumbline.x.Store", "dev.plumbline.x.Store.Options", "dev.plumbline.y.Forced");
  }

  @Test
  void readsATableRowPerPackageWithSimpleNames() throws Exception {
    Path readme = Files.writeString(temp.resolve("README.md"), String.join("\n",
        "| `dev.plumbline.before` | `Ignored` |",
        PublicApiList.START,
        "| package | public on purpose | forced |",
        "|---|---|---|",
        "| `dev.plumbline.x` | `Store`, `Store.Options` | `Forced` |",
        "| `dev.plumbline.y` | `Only` | |",
        "| not a package | `Skipped` |",
        PublicApiList.END), UTF_8);
    assertThat(PublicApiList.documented(readme)).containsExactly("dev.plumbline.x.Forced",
        "dev.plumbline.x.Store", "dev.plumbline.x.Store.Options", "dev.plumbline.y.Only");
  }

  @Test
  void aReadmeWithoutTheListFailsWithWhatToAdd() throws Exception {
    Path readme = Files.writeString(temp.resolve("README.md"), "# x\n", UTF_8);
    assertThatThrownBy(() -> PublicApiList.documented(readme))
        .isInstanceOf(AssertionError.class)
        .hasMessage(readme + " has no public API list: add one between the lines "
            + "<!-- public-api:start --> and <!-- public-api:end -->, one"
            + " `- `dev.plumbline.x.Type`` line per public type.");
  }

  @Test
  void namesEachTypeThatDiffersAndWhatToDo() {
    assertThat(PublicApiList.compare("x/README.md", Set.of("a.B", "a.Gone"),
        Set.of("a.B", "a.New")))
        .containsExactly(
            "a.New is public but not in the public API list of x/README.md: make it"
                + " package-private if only its own package uses it, or add it to the list with"
                + " what it is for.",
            "a.Gone is in the public API list of x/README.md but is not a public type of this"
                + " module: remove it from the list, or make it public again if other packages"
                + " need it.");
    assertThat(PublicApiList.compare("x/README.md", Set.of("a.B"), Set.of("a.B"))).isEmpty();
  }

  @Test
  void findsTheCompiledPublicTypes() throws Exception {
    assertThat(PublicApiList.publicTypes(PublicApiList.class))
        .containsExactly("dev.plumbline.testsupport.PublicApiList");
  }
}
