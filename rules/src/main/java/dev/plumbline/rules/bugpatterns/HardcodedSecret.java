// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.BinaryTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.LiteralTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.matchers.method.MethodMatchers;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.PlumblineOptions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;

/**
 * Reports hard-coded secrets: string literals that contain a known token format (HuggingFace,
 * OpenAI, AWS, GitHub, Slack, private-key blocks, plus the team's own patterns), and non-empty
 * literals assigned to secret-named variables, fields, setters or keys. The diagnostic never
 * contains the secret.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Secrets are never hard-coded: read tokens, keys and passwords from the environment"
        + " or a secret store",
    severity = ERROR,
    linkType = LinkType.CUSTOM,
    link = DocLinks.EXPLAIN + "HardcodedSecret")
public final class HardcodedSecret extends BugChecker
    implements BinaryTreeMatcher, CompilationUnitTreeMatcher, LiteralTreeMatcher {

  private static final long serialVersionUID = 1L;

  /** The token formats every build knows. */
  static final ImmutableList<SecretToken> BUILT_IN_TOKENS =
      ImmutableList.of(
          SecretToken.of("a HuggingFace token", "(?<![A-Za-z0-9])hf_[A-Za-z0-9]{30,}", "HF_TOKEN"),
          SecretToken.of(
              "an OpenAI API key", "(?<![A-Za-z0-9])sk-(?:proj-)?[A-Za-z0-9_-]{20,}",
              "OPENAI_API_KEY"),
          SecretToken.of(
              "an AWS access key id", "(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])",
              "AWS_ACCESS_KEY_ID"),
          SecretToken.of(
              "a GitHub token",
              "(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})",
              "GITHUB_TOKEN"),
          SecretToken.of(
              "a Slack token", "(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}", "SLACK_TOKEN"),
          SecretToken.of(
              "a private key block", "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----",
              "PRIVATE_KEY"));

  private static final Pattern PRIVATE_KEY_BLOCK =
      Pattern.compile("(?s)\\s*-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*-----END [A-Z0-9 ]*"
          + "PRIVATE KEY-----\\s*");

  /**
   * Methods that take keys and values in alternation ({@code put("password", "...")},
   * {@code Map.of(k1, v1, k2, v2)}); in other calls neighbouring literals are just a list.
   */
  private static final ImmutableSet<String> KEY_VALUE_METHODS =
      ImmutableSet.of(
          "put", "putIfAbsent", "set", "setProperty", "withProperty", "property", "of", "entry",
          "header", "addHeader", "setHeader", "param", "queryParam", "formParam", "option");

  /** Key-value methods that are list factories too: keys only in a {@code Map}'s. */
  private static final ImmutableSet<String> MAP_FACTORIES = ImmutableSet.of("of", "entry");

  /** {@code Map.of(k1, v1, ...)}, {@code Map.entry(k, v)} and their subtypes' factories. */
  private static final com.google.errorprone.matchers.Matcher<ExpressionTree>
      MAP_FACTORY =
          MethodMatchers.anyMethod().onDescendantOf("java.util.Map").namedAnyOf(MAP_FACTORIES);

  /** Calls that turn a secret string into another form of the same secret. */
  private static final ImmutableSet<String> CONVERSIONS =
      ImmutableSet.of("toCharArray", "getBytes", "strip", "trim", "intern");

  /** Distinct characters below which a token body is a dummy such as {@code hf_xxxx...}. */
  private static final int MIN_DISTINCT_CHARACTERS = 6;

  private final ImmutableList<SecretToken> tokens;
  private final FindingReporter reporter;

  /**
   * Creates the check with the built-in token formats only. Error Prone finds plugins with
   * ServiceLoader, which requires a public no-argument constructor; it then builds the check
   * through the {@code @Inject} constructor with the real flags.
   */
  public HardcodedSecret() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Creates the check with the built-in token formats and those of
   * {@code -XepOpt:Plumbline:SecretPatterns}.
   *
   * @param flags Error Prone's flags
   */
  @Inject
  public HardcodedSecret(ErrorProneFlags flags) {
    ImmutableList.Builder<SecretToken> all = ImmutableList.<SecretToken>builder()
        .addAll(BUILT_IN_TOKENS);
    PlumblineOptions options = PlumblineOptions.from(flags);
    List<Pattern> extra = options.extraSecretPatterns();
    for (int i = 0; i < extra.size(); i++) {
      all.add(new SecretToken(
          "a secret (pattern " + (i + 1) + " of " + PlumblineOptions.SECRET_PATTERNS + ")",
          extra.get(i), "SECRET"));
    }
    this.tokens = all.build();
    this.reporter = new FindingReporter(canonicalName(), options);
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree unit, VisitorState state) {
    reporter.standsDown(state);
    return Description.NO_MATCH;
  }

  @Override
  public Description matchLiteral(LiteralTree tree, VisitorState state) {
    if (!(tree.getValue() instanceof String) || ((String) tree.getValue()).isEmpty()) {
      return Description.NO_MATCH;
    }
    String value = (String) tree.getValue();
    Optional<String> secretName = secretNameOf(state.getPath(), value, state);
    Optional<SecretToken> token = findToken(value);
    if (token.isEmpty() && secretName.isEmpty()) {
      return Description.NO_MATCH;
    }
    String what = token.map(SecretToken::description)
        .orElse("a literal assigned to '" + secretName.orElse("") + "'");
    Optional<String> environmentName = secretName.map(SecretNames::environmentName)
        .or(() -> token.filter(found -> isWholeValue(found, value))
            .map(SecretToken::environmentName));
    return describe(tree, what, environmentName, state);
  }

  /**
   * A constant concatenation that assembles a token ({@code "hf_" + BODY} with {@code BODY} a
   * constant), reported once on the outermost {@code +} when no single literal in it is a token.
   */
  @Override
  public Description matchBinary(BinaryTree tree, VisitorState state) {
    if (tree.getKind() != Tree.Kind.PLUS
        || state.getPath().getParentPath().getLeaf().getKind() == Tree.Kind.PLUS) {
      return Description.NO_MATCH;
    }
    String value = ASTHelpers.constValue(tree, String.class);
    if (value == null || findToken(value).isEmpty() || anyOperandIsAToken(tree)) {
      return Description.NO_MATCH;
    }
    SecretToken token = findToken(value).get();
    return describe(tree, token.description() + " assembled from constants",
        Optional.of(token.environmentName()), state);
  }

  /**
   * No suggested fix: reading the value from the environment changes what the program does
   * when the variable is not set, so the message names the variable and a person moves the
   * secret.
   */
  private Description describe(
      Tree tree, String what, Optional<String> environmentName, VisitorState state) {
    return reporter.report(
        buildDescription(tree)
            .setMessage(
                "hard-coded secret: this string is " + what + "; read it from the environment"
                    + environmentName.map(name -> " (System.getenv(\"" + name + "\"))").orElse("")
                    + " or a secret store instead (the value is not shown here)"),
        state);
  }

  private boolean anyOperandIsAToken(Tree tree) {
    if (tree instanceof BinaryTree binary) {
      return anyOperandIsAToken(binary.getLeftOperand())
          || anyOperandIsAToken(binary.getRightOperand());
    }
    String literal = tree instanceof LiteralTree literalTree
        && literalTree.getValue() instanceof String text ? text : null;
    return literal != null && findToken(literal).isPresent();
  }

  private Optional<SecretToken> findToken(String value) {
    for (SecretToken token : tokens) {
      Matcher matcher = token.pattern().matcher(value);
      while (matcher.find()) {
        if (!isDummy(matcher.group())) {
          return Optional.of(token);
        }
      }
    }
    return Optional.empty();
  }

  /** Documentation examples (AWS's {@code ...EXAMPLE}) and filler such as {@code hf_xxxx}. */
  private static boolean isDummy(String match) {
    if (match.toUpperCase(Locale.ROOT).contains("EXAMPLE")) {
      return true;
    }
    if (match.startsWith("-----BEGIN")) {
      return false;
    }
    int underscore = Math.max(match.indexOf('_'), match.indexOf('-'));
    String body = match.substring(underscore + 1);
    return body.chars().distinct().count() < MIN_DISTINCT_CHARACTERS;
  }

  private static boolean isWholeValue(SecretToken token, String value) {
    if (token.environmentName().equals("PRIVATE_KEY")) {
      return PRIVATE_KEY_BLOCK.matcher(value).matches();
    }
    return token.pattern().matcher(value.strip()).matches();
  }

  /**
   * The secret name the literal is assigned to, if any: a variable or field initializer, an
   * assignment, the only argument of a setter-like method ({@code setPassword("...")}), or the
   * value after a secret-named key in a key-value method ({@code put("password", "...")}).
   */
  private static Optional<String> secretNameOf(TreePath path, String value, VisitorState state) {
    TreePath parentPath = path.getParentPath();
    Tree child = path.getLeaf();
    while (parentPath.getLeaf() instanceof ParenthesizedTree
        || isConversionOf(child, parentPath)) {
      if (parentPath.getLeaf() instanceof MemberSelectTree) {
        parentPath = parentPath.getParentPath(); // the call around "...".toCharArray
      }
      child = parentPath.getLeaf();
      parentPath = parentPath.getParentPath();
    }
    Optional<String> name = assignedName(parentPath.getLeaf(), child, state);
    return name.filter(SecretNames::isSecretName)
        .filter(secret -> looksLikeSecretValue(value, secret));
  }

  /**
   * Whether {@code child} is the receiver of a call that only converts it, such as
   * {@code "...".toCharArray()} or {@code "...".getBytes(UTF_8)}: the secret keeps its name.
   */
  private static boolean isConversionOf(Tree child, TreePath parentPath) {
    return parentPath.getLeaf() instanceof MemberSelectTree select
        && select.getExpression() == child
        && CONVERSIONS.contains(select.getIdentifier().toString())
        && parentPath.getParentPath().getLeaf() instanceof MethodInvocationTree call
        && call.getMethodSelect() == select;
  }

  private static Optional<String> assignedName(Tree parent, Tree child, VisitorState state) {
    if (parent instanceof VariableTree variableTree && variableTree.getInitializer() == child) {
      return Optional.of(variableTree.getName().toString());
    }
    if (parent instanceof AssignmentTree assignmentTree
        && assignmentTree.getExpression() == child) {
      return simpleName(assignmentTree.getVariable());
    }
    if (parent instanceof MethodInvocationTree methodInvocationTree) {
      return argumentName(methodInvocationTree, child, state);
    }
    return Optional.empty();
  }

  private static Optional<String> argumentName(
      MethodInvocationTree call, Tree child, VisitorState state) {
    List<? extends ExpressionTree> arguments = call.getArguments();
    if (arguments.size() == 1 && arguments.get(0) == child) {
      String method = ASTHelpers.getSymbol(call).getSimpleName().toString();
      return Optional.of(method.replaceFirst("^(set|with)(?=[A-Z])", ""));
    }
    int index = arguments.indexOf(child);
    String method = ASTHelpers.getSymbol(call).getSimpleName().toString();
    if (index % 2 == 1 && KEY_VALUE_METHODS.contains(method)
        && (!MAP_FACTORIES.contains(method) || MAP_FACTORY.matches(call, state))) {
      String key = ASTHelpers.constValue(arguments.get(index - 1), String.class);
      return Optional.ofNullable(key);
    }
    return Optional.empty();
  }

  private static Optional<String> simpleName(ExpressionTree variable) {
    if (variable instanceof IdentifierTree identifierTree) {
      return Optional.of(identifierTree.getName().toString());
    }
    if (variable instanceof MemberSelectTree memberSelectTree) {
      return Optional.of(memberSelectTree.getIdentifier().toString());
    }
    return Optional.empty();
  }

  /**
   * Values that name the secret instead of holding it: property keys ({@code "db.password"}),
   * placeholders ({@code "${DB_PASSWORD}"}), prose with spaces ({@code "Enter a password"}) and
   * other secret names ({@code "passwd"} in a list of names).
   */
  private static boolean looksLikeSecretValue(String value, String name) {
    return !value.isBlank()
        && !isMask(value)
        && !value.contains("${")
        && !value.contains("{{")
        && !value.chars().anyMatch(Character::isWhitespace)
        && !SecretNames.valueNamesTheSecret(value, name)
        && !SecretNames.isSecretName(value);
  }

  /**
   * A mask shows where a secret goes without holding one: {@code "********"}, {@code "xxxx"},
   * {@code "•••"}: one character repeated, or mask characters only.
   */
  private static boolean isMask(String value) {
    return value.chars().distinct().count() == 1
        || value.chars().allMatch(c -> "*•·xX#?-_.".indexOf(c) >= 0);
  }


}
