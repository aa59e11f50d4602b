// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.rules.bugpatterns;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.matchers.method.MethodMatchers;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import dev.plumbline.rules.utils.ConsoleStream;
import dev.plumbline.rules.utils.DocLinks;
import dev.plumbline.rules.utils.FindingReporter;
import dev.plumbline.rules.utils.MessageLiterals;
import dev.plumbline.rules.utils.PlumblineOptions;
import dev.plumbline.rules.utils.SourceContext;
import java.util.Optional;
import java.util.OptionalInt;
import javax.inject.Inject;

/**
 * Console messages start with a status prefix ({@code ✓ [HF] [WARN] [ERROR] [INFO]} by default);
 * {@code System.err} takes only {@code [ERROR]} and {@code [WARN]}.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Console messages start with a status prefix (✓, [HF], [WARN], [ERROR], [INFO]);"
        + " System.err takes [ERROR] or [WARN]",
    severity = WARNING,
    linkType = LinkType.CUSTOM,
    link = DocLinks.EXPLAIN + "StatusPrefix")
public final class StatusPrefix extends BugChecker
    implements CompilationUnitTreeMatcher, MethodInvocationTreeMatcher {

  private static final long serialVersionUID = 1L;

  /** What this check looks at: a line written to a {@code PrintStream}. */
  private static final Matcher<ExpressionTree> CONSOLE_LINE =
      MethodMatchers.instanceMethod().onDescendantOf("java.io.PrintStream")
          .namedAnyOf("println", "printf", "format");

  private final ImmutableList<String> statusPrefixes;
  private final ImmutableList<String> stderrPrefixes;
  private final FindingReporter reporter;

  /**
   * Creates the check with default options. Error Prone loads plugins with ServiceLoader, which
   * requires a public no-argument constructor; it then builds the check through the
   * {@code @Inject} constructor with the real flags.
   */
  public StatusPrefix() {
    this(ErrorProneFlags.empty());
  }

  /**
   * Creates the check with the prefixes of {@code -XepOpt:Plumbline:StatusPrefixes} and
   * {@code -XepOpt:Plumbline:StderrPrefixes}.
   *
   * @param flags Error Prone's flags
   */
  @Inject
  public StatusPrefix(ErrorProneFlags flags) {
    PlumblineOptions options = PlumblineOptions.from(flags);
    this.statusPrefixes = options.statusPrefixes();
    this.stderrPrefixes = options.stderrPrefixes();
    this.reporter = new FindingReporter(canonicalName(), options);
  }

  @Override
  public Description matchCompilationUnit(CompilationUnitTree unit, VisitorState state) {
    reporter.standsDown(state);
    return Description.NO_MATCH;
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    if (!CONSOLE_LINE.matches(tree, state)) {
      return Description.NO_MATCH;
    }
    Optional<ConsoleStream> stream = ConsoleStream.receiverOf(tree);
    if (stream.isEmpty() || !isMessageCall(tree)
        || SourceContext.isTestSource(state) || SourceContext.isGenerated(state)) {
      return Description.NO_MATCH;
    }
    Optional<ExpressionTree> argument = MessageLiterals.messageArgument(tree);
    Optional<LiteralTree> literal = argument.flatMap(MessageLiterals::leadingLiteral);
    if (literal.isEmpty() || isDecoration(argument.get(), literal.get())) {
      return Description.NO_MATCH;
    }
    String text = (String) literal.get().getValue();
    int newlines = leadingNewlines(text);
    String message = text.substring(newlines);
    ImmutableList<String> allowed =
        stream.get() == ConsoleStream.ERR ? stderrPrefixes : statusPrefixes;
    if (findPrefix(message, allowed).isPresent()) {
      return Description.NO_MATCH;
    }
    Optional<String> stdoutPrefix = findPrefix(message, statusPrefixes);
    if (stream.get() == ConsoleStream.ERR && stdoutPrefix.isPresent()) {
      return describeWrongStream(tree, stdoutPrefix.get(), state);
    }
    return describeMissingPrefix(tree, stream.get(), literal.get(), newlines, state);
  }

  /**
   * A whole message of no letters or digits is layout, not a status: a blank line
   * ({@code println("")}) or the rulebook's section separator ({@code println("=====...")}).
   */
  private static boolean isDecoration(ExpressionTree argument, LiteralTree literal) {
    return ASTHelpers.stripParentheses(argument) == literal
        && ((String) literal.getValue()).codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * A call that writes a whole line: {@code println}, or a {@code printf}/{@code format} whose
   * format ends the line. A format without a line break ({@code printf("%d ", i)} in a progress
   * loop) writes a piece of a line, which carries no status of its own.
   */
  private static boolean isMessageCall(MethodInvocationTree tree) {
    String name = ConsoleStream.methodName(tree);
    if (name.equals("println")) {
      return true;
    }
    if (!name.equals("printf") && !name.equals("format")) {
      return false;
    }
    Optional<String> end = MessageLiterals.messageArgument(tree)
        .flatMap(MessageLiterals::trailingText);
    return end.isPresent() && (end.get().endsWith("%n") || end.get().endsWith("\n"));
  }

  private Description describeWrongStream(
      MethodInvocationTree tree, String prefix, VisitorState state) {
    ExpressionTree receiver = ((MemberSelectTree) tree.getMethodSelect()).getExpression();
    return reporter.report(
        buildDescription(tree)
            .setMessage(
                "System.err takes only " + String.join(" ", stderrPrefixes) + " messages; a "
                    + prefix + " message belongs on System.out")
            .addFix(SuggestedFix.replace(receiver, "System.out")),
        state);
  }

  private Description describeMissingPrefix(
      MethodInvocationTree tree,
      ConsoleStream stream,
      LiteralTree literal,
      int newlines,
      VisitorState state) {
    ImmutableList<String> allowed = stream == ConsoleStream.ERR ? stderrPrefixes : statusPrefixes;
    String defaultPrefix = defaultPrefix(stream, allowed);
    Description.Builder description = buildDescription(tree)
        .setMessage(
            stream.sourceName() + " message must start with one of " + String.join(" ", allowed)
                + " followed by a space");
    String message = ((String) literal.getValue()).substring(newlines);
    OptionalInt offset = MessageLiterals.insertionOffset(literal, newlines, state);
    Optional<PrefixEdit> edit = PrefixEdit.forMessage(message, allowed, defaultPrefix);
    if (offset.isPresent() && edit.isPresent()
        && sourceMatches(state, offset.getAsInt(), message.substring(0, edit.get().replaced()))) {
      String inserted = edit.get().text();
      if (!ConsoleStream.methodName(tree).equals("println")) {
        inserted = inserted.replace("%", "%%");
      }
      int start = offset.getAsInt();
      description.addFix(
          SuggestedFix.replace(start, start + edit.get().replaced(),
              MessageLiterals.escapeForLiteral(inserted)));
    }
    return reporter.report(description, state);
  }

  /** Whether the literal's source holds the replaced text as written, without escapes. */
  private static boolean sourceMatches(VisitorState state, int start, String replaced) {
    CharSequence source = state.getSourceCode();
    return start + replaced.length() <= source.length()
        && source.subSequence(start, start + replaced.length()).toString().equals(replaced);
  }

  private static String defaultPrefix(ConsoleStream stream, ImmutableList<String> allowed) {
    String preferred = stream == ConsoleStream.ERR ? "[ERROR]" : "[INFO]";
    return allowed.contains(preferred) ? preferred : allowed.get(0);
  }

  private static int leadingNewlines(String text) {
    int count = 0;
    while (count < text.length() && text.charAt(count) == '\n') {
      count++;
    }
    return count;
  }

  /** The allowed prefix the message starts with, followed by a space or the end of the text. */
  private static Optional<String> findPrefix(String message, ImmutableList<String> prefixes) {
    for (String prefix : prefixes) {
      if (message.startsWith(prefix)
          && (message.length() == prefix.length() || message.charAt(prefix.length()) == ' ')) {
        return Optional.of(prefix);
      }
    }
    return Optional.empty();
  }
}
