/**
 * The Plumbline checks: one public {@code BugChecker} per rulebook rule, registered for Error
 * Prone's ServiceLoader with {@code @AutoService}. Each check states its target as an Error Prone
 * {@code Matcher} constant where the matcher DSL can say it.
 *
 * <p>The package-private classes here are parts of one check each, kept out of the check's own
 * file to keep it short: {@code ThrownExceptions} and {@code AlwaysThrowingCall} (CatchAll),
 * {@code SecretNames} and {@code SecretToken} (HardcodedSecret), {@code RawTypeFinder}
 * (RawTypeInSignature), {@code EnglishText} (EnglishOnly), {@code NameStyles}
 * (NamingConvention). Helpers shared by several checks live in
 * {@link dev.plumbline.rules.utils}.
 */
package dev.plumbline.rules.bugpatterns;
