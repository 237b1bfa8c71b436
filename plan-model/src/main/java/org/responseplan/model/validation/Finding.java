package org.responseplan.model.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
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

  private static final String BUNDLE = "org.responseplan.model.validation.messages";

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A finding with the rule's own severity and its message in {@code locale}. The message pattern of the rule gets
   * the value as argument {0} and {@code details} as {1}, {2}, ...
   */
  public static Finding of(Rule rule, String path, @Nullable Object value, Locale locale, Object... details) {
    String text = value == null ? null : String.valueOf(value);
    return new Finding(rule, rule.severity(), path, text, message(rule, locale, text, details), 0, 0);
  }

  /** The rule's message in {@code locale} (English when the locale has no translation). */
  public static String message(Rule rule, Locale locale, @Nullable String value, Object... details) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(rule.code());
    } catch (MissingResourceException e) {
      pattern = rule.code() + ": {0}";
    }
    // Every argument is text, so that figures read alike whether they are the value or a detail ("1500", "1200").
    Object[] args = new Object[details.length + 1];
    args[0] = value == null ? "" : value;
    for (int i = 0; i < details.length; i++) {
      args[i + 1] = String.valueOf(details[i]);
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  /**
   * The locale whose bundle to load: Spanish or English. Any other language is English, never the machine's default
   * locale (which {@code ResourceBundle} would otherwise fall back to).
   */
  private static Locale supported(Locale locale) {
    return locale.getLanguage().equals("es") ? locale : Locale.ENGLISH;
  }

  /** The same finding at a line and column of a document. */
  public Finding at(int line, int column) {
    return new Finding(rule, severity, path, value, message, line, column);
  }

  /** The same finding with another severity (a strict caller may make warnings errors). */
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
