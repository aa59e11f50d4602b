package dev.plumbline.rules.bugpatterns;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * The fake tokens below are assembled from pieces so that this file itself holds no literal that
 * a secret scanner would take for a real token; the compiled snippets do.
 */
class HardcodedSecretTest {

  private static final String BODY = "Q7mZ4pK9xW2vN8rT5yL3jH6cB1dF0gS4aE7uI9oP";
  private static final String HF = "hf" + "_" + BODY.substring(0, 34);
  private static final String GITHUB = "gh" + "p_" + BODY.substring(0, 36);
  private static final String OPENAI = "s" + "k-proj-" + BODY.substring(0, 32);
  private static final String AWS = "AK" + "IA" + "QZ4PK9XW2VN8RT5Y";
  private static final String SLACK = "xo" + "xb-" + "1234567890-" + BODY.substring(0, 20);
  private static final String KEY_HEADER = "-----BEGIN " + "RSA PRIVATE KEY-----";
  private static final String KEY_FOOTER = "-----END " + "RSA PRIVATE KEY-----";

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(HardcodedSecret.class, getClass());

  private final BugCheckerRefactoringTestHelper refactoring =
      BugCheckerRefactoringTestHelper.newInstance(HardcodedSecret.class, getClass());

  private static String quoted(String value) {
    return "\"" + value + "\"";
  }

  @Test
  void reportsKnownTokenFormatsWithoutShowingThem() {
    helper
        .addSourceLines(
            "Tokens.java",
            "class Tokens {",
            "  // BUG: Diagnostic matches: hf",
            "  String a = " + quoted(HF) + ";",
            "  // BUG: Diagnostic matches: github",
            "  Object b = java.util.List.of(" + quoted(GITHUB) + ");",
            "  // BUG: Diagnostic matches: openai",
            "  String c = \"Bearer \" + " + quoted(OPENAI) + ";",
            "  // BUG: Diagnostic matches: aws",
            "  String d = " + quoted(AWS) + ";",
            "  // BUG: Diagnostic matches: slack",
            "  String e = " + quoted(SLACK) + ";",
            "  // BUG: Diagnostic matches: key",
            "  String f = \"\"\"",
            "      " + KEY_HEADER,
            "      MIIEowIBAAKCAQEA",
            "      " + KEY_FOOTER,
            "      \"\"\";",
            "}")
        .expectErrorMessage("hf", message -> message.contains("a HuggingFace token")
            && !message.contains(HF))
        .expectErrorMessage("github", message -> message.contains("a GitHub token")
            && !message.contains(GITHUB))
        .expectErrorMessage("openai", message -> message.contains("an OpenAI API key")
            && !message.contains(OPENAI))
        .expectErrorMessage("aws", message -> message.contains("an AWS access key id")
            && !message.contains(AWS))
        .expectErrorMessage("slack", message -> message.contains("a Slack token")
            && !message.contains(SLACK))
        .expectErrorMessage("key", message -> message.contains("a private key block")
            && !message.contains("MIIE"))
        .doTest();
  }

  @Test
  void reportsLiteralsAssignedToSecretNames() {
    helper
        .addSourceLines(
            "Config.java",
            "import java.util.Map;",
            "import java.util.Properties;",
            "class Config {",
            "  // BUG: Diagnostic contains: this string is a literal assigned to 'DB_PASSWORD'",
            "  static final String DB_PASSWORD = \"hunter2\";",
            "  private String apiKey;",
            "  void configure(Properties properties) {",
            "    // BUG: Diagnostic contains: a literal assigned to 'apiKey'",
            "    this.apiKey = \"a1b2c3\";",
            "    // BUG: Diagnostic contains: a literal assigned to 'ClientSecret'",
            "    setClientSecret(\"s3cr3t\");",
            "    // BUG: Diagnostic contains: a literal assigned to 'password'",
            "    properties.setProperty(\"password\", \"changeme\");",
            "    // BUG: Diagnostic contains: a literal assigned to 'auth_token'",
            "    Map<String, String> headers = Map.of(\"auth_token\", \"abc123\");",
            "  }",
            "  void setClientSecret(String secret) { }",
            "}")
        .doTest();
  }

  @Test
  void acceptsNamesValuesAndDummiesThatAreNotSecrets() {
    helper
        .addSourceLines(
            "Clean.java",
            "import java.util.Properties;",
            "class Clean {",
            "  static final String PASSWORD_KEY = \"db.password\";",
            "  static final String DB_PASSWORD = \"DB_PASSWORD\";",
            "  static final String ADMIN_PASSWORD = \"${ADMIN_PASSWORD}\";",
            "  static final String PASSWORD_PROMPT = \"Enter your password: \";",
            "  static final String API_KEY = \"\";",
            "  String passwordHint = \"ask the admin\";",
            "  String eosToken = \"<|endoftext|>\";",
            "  String token = \"[PAD]\";",
            "  String tokenizer = \"bpe\";",
            "  String awsDocs = \"AKIAIOSFODNN7EXAMPLE\";",
            "  String filler = \"hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\";",
            "  String env = System.getenv(\"GITHUB_TOKEN\");",
            "  java.util.Set<String> names = java.util.Set.of(\"password\", \"passwd\", \"pin\");",
            "  java.util.List<String> list = java.util.List.of(\"secret\", \"abc123\");",
            "  String read(Properties properties) {",
            "    return properties.getProperty(\"password\");",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void coversRecordsEnumsInterfacesLambdasAnonymousLocalAndAnnotations() {
    helper
        .addSourceLines(
            "Places.java",
            "import java.util.function.Supplier;",
            "class Places {",
            "  @interface Credentials { String password(); }",
            "  // BUG: Diagnostic contains: a literal assigned to 'password'",
            "  @Credentials(password = \"letmein\")",
            "  static class Annotated { }",
            "  record Account(String user) {",
            "    // BUG: Diagnostic contains: a literal assigned to 'SECRET'",
            "    static final String SECRET = \"x9y8z7\";",
            "  }",
            "  enum Env { PROD;",
            "    // BUG: Diagnostic contains: a GitHub token",
            "    final String token = " + quoted(GITHUB) + ";",
            "  }",
            "  interface Api {",
            "    // BUG: Diagnostic contains: a literal assigned to 'ACCESS_TOKEN'",
            "    String ACCESS_TOKEN = \"t0k3n\";",
            "  }",
            "  <T> Supplier<String> lazy() {",
            "    // BUG: Diagnostic contains: a HuggingFace token",
            "    return () -> " + quoted(HF) + ";",
            "  }",
            "  Object anonymous = new Object() {",
            "    // BUG: Diagnostic contains: a literal assigned to 'passwd'",
            "    String passwd = \"pa55\";",
            "  };",
            "  void local() {",
            "    class Local {",
            "      // BUG: Diagnostic contains: a literal assigned to 'privateKey'",
            "      String privateKey = \"k3y\";",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void checksGeneratedCodeAndOverridesWithoutOverrideAnnotation() {
    helper
        .addSourceLines(
            "lombok/Generated.java",
            "package lombok;",
            "public @interface Generated {}")
        .addSourceLines(
            "Generated.java",
            "@javax.annotation.processing.Generated(\"tool\")",
            "class Generated {",
            "  @lombok.Generated",
            "  // BUG: Diagnostic contains: a literal assigned to 'password'",
            "  String password = \"from-template\";",
            "  public String toString() {",
            "    // BUG: Diagnostic contains: a Slack token",
            "    return " + quoted(SLACK) + ";",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void usesTeamPatternsAndHonoursSuppression() {
    helper
        .setArgs("-XepOpt:Plumbline:SecretPatterns=acme_[0-9a-f]{16},corp-[A-Z]{8}")
        .addSourceLines(
            "Team.java",
            "class Team {",
            "  // BUG: Diagnostic contains: this string is a secret (pattern 1 of"
                + " Plumbline:SecretPatterns)",
            "  String internal = \"acme_0123456789abcdef\";",
            "  // BUG: Diagnostic contains: (pattern 2 of Plumbline:SecretPatterns)",
            "  String other = \"corp-ABCDEFGH\";",
            "  @SuppressWarnings(\"HardcodedSecret\")",
            "  String fixture = \"acme_fedcba9876543210\";",
            "}")
        .doTest();
  }

  /**
   * Reading the secret from the environment changes what the program does when the variable is
   * not set (#14 point 2's rule for fixes): no fix, the message names the variable.
   */
  @Test
  void offersNoFixButNamesTheEnvironmentVariable() {
    refactoring
        .addInputLines(
            "Config.java",
            "class Config {",
            "  static final String DB_PASSWORD = \"hunter2\";",
            "  String hf = " + quoted(HF) + ";",
            "}")
        .expectUnchanged()
        .doTest();
    helper
        .addSourceLines(
            "Config.java",
            "class Config {",
            "  // BUG: Diagnostic contains: read it from the environment"
                + " (System.getenv(\"DB_PASSWORD\"))",
            "  static final String DB_PASSWORD = \"hunter2\";",
            "  // BUG: Diagnostic contains: (System.getenv(\"HF_TOKEN\"))",
            "  String hf = " + quoted(HF) + ";",
            "}")
        .doTest();
  }

  /** #14 points 8 and 9: tokens assembled from constants, char arrays, and masks. */
  @Test
  void reportsAssembledTokensAndCharArraysButNotMasks() {
    helper
        .addSourceLines(
            "Assembled.java",
            "class Assembled {",
            "  static final String BODY = " + quoted(HF.substring(3)) + ";",
            "  // BUG: Diagnostic contains: a HuggingFace token assembled from constants",
            "  String token = \"hf_\" + BODY;",
            "  // BUG: Diagnostic contains: a literal assigned to 'password'",
            "  char[] password = \"s3cr3t-pass\".toCharArray();",
            "  // BUG: Diagnostic contains: a literal assigned to 'apiKey'",
            "  byte[] apiKey = \"k-12345\".getBytes(java.nio.charset.StandardCharsets.UTF_8);",
            "  String mask = \"********\";",
            "  String passwordMask = \"********\";",
            "  String passwordHint = \"xxxx-xxxx\";",
            "  char[] pwd = \"\u2022\u2022\u2022\u2022\".toCharArray();",
            "}")
        .doTest();
  }
}
