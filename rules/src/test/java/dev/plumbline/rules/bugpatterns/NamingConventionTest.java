package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class NamingConventionTest {

  private static final String SNAKE = "-XepOpt:Plumbline:MemberNaming=SNAKE";

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(NamingConvention.class, getClass());

  @Test
  void flagsTypesThatAreNotPascalCaseInEveryStyle() {
    helper
        .addSourceLines(
            "Types.java",
            "// BUG: Diagnostic contains: Type my_service is not PascalCase: name it MyService",
            "class my_service {}",
            "// BUG: Diagnostic contains: Type shape is not PascalCase: name it Shape",
            "interface shape {}",
            "// BUG: Diagnostic contains: Type point_2d is not PascalCase",
            "record point_2d(int x, int y) {}",
            "// BUG: Diagnostic contains: Type mode is not PascalCase",
            "enum mode { ON }",
            "// BUG: Diagnostic contains: Type marker is not PascalCase",
            "@interface marker {}",
            "class Outer {",
            "  void run() {",
            "    // BUG: Diagnostic contains: Type local_helper is not PascalCase",
            "    class local_helper {}",
            "  }",
            "}")
        .doTest();
  }

  /**
   * #14 point 10: in the default style this check covers lowerCamelCase members itself, with the
   * same acceptance of acronyms as for types (Error Prone's IdentifierName rejected
   * {@code ConlluPOSSampleStream}), so the recommended configuration needs no IdentifierName.
   */
  @Test
  void javaStyleFlagsSnakeMembersAndAcceptsAcronymsConstantsAndTestNames() {
    helper
        .addSourceLines(
            "Members.java",
            "class Murmur3_128Hasher {}",
            "class ConlluPOSSampleStream {}",
            "class HTTPClient {",
            "  // BUG: Diagnostic contains: Variable snake_field is not lowerCamelCase: name it"
                + " snakeField",
            "  int snake_field;",
            "  // BUG: Diagnostic contains: Method snake_method is not lowerCamelCase",
            "  void snake_method(",
            "      // BUG: Diagnostic contains: name it someParam",
            "      int some_param) {}",
            "  static final int MAX_SIZE = 1;",
            "  void parseHTTPHeader() {}",
            "  @interface Test {}",
            "  @Test void parse_emptyInput_throws() {}",
            "}")
        .doTest();
  }

  /**
   * Found on ANTLR 4.13.2 and OpenNLP 2.5.11 (rules/docs/false-positives.md): a member named like
   * an acronym or a constant got "iD", "sTOP" and "aNTLRLiteralEscapedCharValue" as suggestions.
   */
  @Test
  void leadingAcronymsOfMembersAreLoweredWhole() {
    helper
        .addSourceLines(
            "Acronyms.java",
            "class Acronyms {",
            "  // BUG: Diagnostic contains: Variable STOP is not lowerCamelCase: name it stop",
            "  public static String STOP = \"Stopping\";",
            "  // BUG: Diagnostic contains: name it antlrLiteralEscapedCharValue",
            "  public final int[] ANTLRLiteralEscapedCharValue = new int[255];",
            "  // BUG: Diagnostic contains: name it tokenLabelType",
            "  public final String TokenLabelType = \"Token\";",
            "  // BUG: Diagnostic contains: name it url2Path",
            "  String URL2Path;",
            "  // BUG: Diagnostic contains: Method Run is not lowerCamelCase: name it run",
            "  void Run(",
            "      // BUG: Diagnostic contains: Variable ID is not lowerCamelCase: name it id",
            "      Object ID) {",
            "    // BUG: Diagnostic contains: Variable G is not lowerCamelCase: name it g",
            "    Object G = ID;",
            "  }",
            "}")
        .doTest();
  }

  /** #14 point 9: the suggestion for an UPPER_SNAKE type name keeps its words. */
  @Test
  void upperSnakeTypeNamesGetPascalCaseWords() {
    helper
        .addSourceLines(
            "Names.java",
            "// BUG: Diagnostic contains: name it DefaultRegexNameFinder",
            "class DEFAULT_REGEX_NAME_FINDER {}")
        .doTest();
  }

  @Test
  void snakeStyleFlagsCamelCaseMembers() {
    helper
        .setArgs(SNAKE)
        .addSourceLines(
            "Members.java",
            "import java.util.function.Function;",
            "class Members {",
            "  // BUG: Diagnostic contains: Variable maxSize is not snake_case: name it max_size",
            "  private int maxSize;",
            "  // BUG: Diagnostic contains: Method parseHTTPHeader is not snake_case: name it"
                + " parse_http_header",
            "  void parseHTTPHeader(",
            "      // BUG: Diagnostic contains: Variable rawText is not snake_case",
            "      String rawText) {",
            "    // BUG: Diagnostic contains: Variable byLength is not snake_case",
            "    Function<String, Integer> byLength =",
            "        // BUG: Diagnostic contains: Variable someText is not snake_case",
            "        someText -> someText.length();",
            "  }",
            "  // BUG: Diagnostic contains: Variable itemCount is not snake_case",
            "  record Box(int itemCount) {}",
            "}")
        .doTest();
  }

  @Test
  void snakeStyleAcceptsSnakeNamesConstantsOverridesAndGeneratedMembers() {
    helper
        .setArgs(SNAKE)
        .addSourceLines(
            "lombok/Generated.java",
            "package lombok;",
            "public @interface Generated {}")
        .addSourceLines(
            "Clean.java",
            "import java.util.Comparator;",
            "@SuppressWarnings(\"NamingConvention\")",
            "abstract class Base { abstract void onEvent(String eventName); }",
            "class Clean extends Base implements Runnable {",
            "  private static final long serialVersionUID = 1L;",
            "  static final int MAX_SIZE = 10;",
            "  private int item_count;",
            "  record Pair(String left_side, int right_side) {}",
            "  enum Mode { ON_AIR, offAir }",
            "  // overrides keep the supertype's names, with or without @Override",
            "  void onEvent(String eventName) {}",
            "  public void run() {}",
            "  public String toString() { return \"\"; }",
            "  @lombok.Generated public int getItemCount() { return item_count; }",
            "  @SuppressWarnings(\"NamingConvention\") void legacyName() {}",
            "  void compare_all() {",
            "    Comparator<String> by_length = new Comparator<String>() {",
            "      @Override public int compare(String firstOne, String secondOne) { return 0; }",
            "    };",
            "    String text_block = \"\"\"",
            "        camelCase inside a text block\"\"\";",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void fixRenamesPrivateMembersAndLocalsToSnakeCase() {
    BugCheckerRefactoringTestHelper.newInstance(NamingConvention.class, getClass())
        .setArgs(SNAKE)
        .addInputLines(
            "Members.java",
            "class Members {",
            "  private int maxSize;",
            "  private int computeTotal(int extraItems) {",
            "    int partialSum = maxSize + extraItems;",
            "    return partialSum;",
            "  }",
            "  int use() { return computeTotal(1); }",
            "}")
        .addOutputLines(
            "Members.java",
            "class Members {",
            "  private int max_size;",
            "  private int compute_total(int extra_items) {",
            "    int partial_sum = max_size + extra_items;",
            "    return partial_sum;",
            "  }",
            "  int use() { return compute_total(1); }",
            "}")
        .doTest();
  }

  @Test
  void fixRenamesPrivateTypesToPascalCase() {
    BugCheckerRefactoringTestHelper.newInstance(NamingConvention.class, getClass())
        .addInputLines(
            "Outer.java",
            "class Outer {",
            "  private static class cache_entry {}",
            "  cache_entry make() { return new cache_entry(); }",
            "}")
        .addOutputLines(
            "Outer.java",
            "class Outer {",
            "  private static class CacheEntry {}",
            "  CacheEntry make() { return new CacheEntry(); }",
            "}")
        .doTest();
  }
}
