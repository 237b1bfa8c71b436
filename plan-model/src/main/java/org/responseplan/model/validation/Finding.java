package org.responseplan.model.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finding about a plan or a plan document: the rule, its severity, where (a JSON Pointer, and for documents the
 * line and column), the offending value and a message in the reader's language.
 *
 * @param rule the rule that fired
 * @param severity usually the rule's own severity
 * @param path JSON Pointer to the value, such as {@code /objectives/0/sectors/2/requirements}; {@code ""} is the whole
 *     document
 * @param value the offending value as text, or null when there is none (a missing field)
 * @param message what is wrong, in words a programme officer understands
 * @param line 1-based line in the document, or 0 when not known (findings about a plan built in code)
 * @param column 1-based column in the document, or 0 when not known
 */
public record Finding(
    Rule rule, Severity severity, String path, @Nullable String value, String message, int line, int column) {

  /**
   * Checks that rule, severity, path and message are given.
   *
   * @param rule the rule that fired
   * @param severity usually the rule's own severity
   * @param path JSON Pointer to the value
   * @param value the offending value as text, or null when there is none
   * @param message what is wrong, in the reader's language
   * @param line 1-based line in the document, or 0 when not known
   * @param column 1-based column in the document, or 0 when not known
   * @throws NullPointerException when one of them is null
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A finding with the rule's own severity and its message in {@code locale}. The message pattern of the rule gets
   * the value as argument {0} and {@code details} as {1}, {2}, ...; a {@link Phrase} among them is shown in
   * {@code locale}, anything else as its text.
   *
   * @param rule the rule that fired
   * @param path JSON Pointer to the value
   * @param value the offending value, or null when there is none; {@link #value()} is its text (a phrase's English)
   * @param locale the language of the message: English or Spanish; any other language gives English (see
   *     {@link #supportedLocales()})
   * @param details further arguments of the rule's message, named per rule in {@code docs/validation-rules.md}
   * @return the finding, at no line or column
   */
  public static Finding of(Rule rule, String path, @Nullable Object value, Locale locale, Object... details) {
    String text = value == null ? null : String.valueOf(value);
    return new Finding(rule, rule.severity(), path, text, Messages.rule(rule, locale, value, details), 0, 0);
  }

  /**
   * The rule's message in {@code locale}.
   *
   * @param rule the rule
   * @param locale the language; one without messages gives English (see {@link #supportedLocales()})
   * @param value argument {0}, or null for none (shown as nothing)
   * @param details arguments {1}, {2}, ...: {@link Phrase}s are shown in {@code locale}, anything else as its text
   * @return the message
   */
  public static String message(Rule rule, Locale locale, @Nullable Object value, Object... details) {
    return Messages.rule(rule, locale, value, details);
  }

  /**
   * The languages that messages are written in: English and Spanish. A locale of any other language (French, say)
   * gets English messages, never the machine's default locale's; {@link #messageLocale(Locale)} tells which.
   *
   * @return English, then Spanish
   */
  public static List<Locale> supportedLocales() {
    return Messages.SUPPORTED;
  }

  /**
   * The locale whose messages a request for {@code requested} gets.
   *
   * @param requested the locale asked for
   * @return {@code requested} when its language is one of the {@linkplain #supportedLocales() supported} ones,
   *     otherwise {@link Locale#ENGLISH}
   */
  public static Locale messageLocale(Locale requested) {
    return Messages.messageLocale(requested);
  }

  /**
   * The same finding at a place in a document.
   *
   * @param line 1-based line, or 0 when not known
   * @param column 1-based column, or 0 when not known
   * @return a copy with that line and column
   */
  public Finding at(int line, int column) {
    return new Finding(rule, severity, path, value, message, line, column);
  }

  /**
   * The same finding with another severity (a strict caller may make warnings errors).
   *
   * @param newSeverity the severity the copy has
   * @return a copy with that severity; message and place unchanged
   */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, path, value, message, line, column);
  }

  /** {@code error negative-count at /people/inNeed (3:14): ...}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder()
        .append(severity.jsonName()).append(' ').append(rule.code())
        .append(" at ").append(path.isEmpty() ? "/" : path);
    if (line > 0) {
      b.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return b.append(": ").append(message).toString();
  }
}
