package org.responseplan.model.validation;

import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Formats messages and phrases from their resource bundles. Every argument is shown as the text it was given, so that
 * figures read alike whether they are the value or a detail ("1500", never "1,500"); a {@code choice} element picks a
 * form by the argument's number ("{0} {0,choice,0#people|1#person|1<people}": "1 person", "9 people").
 */
final class Messages {
  static final String MESSAGES = "org.responseplan.model.validation.messages";
  static final String PHRASES = "org.responseplan.model.validation.phrases";
  /** The languages with messages, English first: the language of any other locale's messages. */
  static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

  private Messages() {}

  /** The locale whose bundles to load: a supported language, or English (never the machine's default locale). */
  static Locale messageLocale(Locale requested) {
    for (Locale l : SUPPORTED) {
      if (l.getLanguage().equals(requested.getLanguage())) {
        return requested;
      }
    }
    return Locale.ENGLISH;
  }

  static String rule(Rule rule, Locale locale, @Nullable Object value, Object... details) {
    String pattern = pattern(MESSAGES, rule.code(), locale, rule.code() + ": {0}");
    Object[] args = new Object[details.length + 1];
    args[0] = value == null ? "" : value;
    System.arraycopy(details, 0, args, 1, details.length);
    return format(pattern, locale, args);
  }

  static String phrase(Phrase phrase, Locale locale) {
    return format(pattern(PHRASES, phrase.key(), locale, phrase.key()), locale, phrase.args().toArray());
  }

  private static String pattern(String bundle, String key, Locale locale, String missing) {
    try {
      return ResourceBundle.getBundle(bundle, messageLocale(locale)).getString(key);
    } catch (MissingResourceException e) {
      return missing;
    }
  }

  private static String format(String pattern, Locale locale, Object[] raw) {
    Object[] args = new Object[raw.length];
    for (int i = 0; i < raw.length; i++) {
      String text = raw[i] instanceof Phrase p ? p.in(locale) : String.valueOf(raw[i]);
      args[i] = new Text(text);
    }
    MessageFormat f = new MessageFormat(pattern, locale);
    Format[] formats = f.getFormats();
    for (int i = 0; i < formats.length; i++) {
      if (formats[i] == null) {
        formats[i] = AS_GIVEN;
      }
    }
    f.setFormats(formats);
    return f.format(args);
  }

  /** Formats an argument as the text it was given (a plain {@code {0}} element would format a number). */
  private static final Format AS_GIVEN = new Format() {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
      return toAppendTo.append(obj);
    }

    @Override
    public @Nullable Object parseObject(String source, ParsePosition pos) {
      return null;
    }
  };

  /**
   * An argument: its text, and for a {@link ChoiceFormat} its number (not a number: {@code NaN}, which picks the first
   * form).
   */
  private static final class Text extends Number {
    private static final long serialVersionUID = 1L;
    private final String text;
    private final double number;

    Text(String text) {
      this.text = text;
      double n;
      try {
        n = new BigDecimal(text.strip()).doubleValue();
      } catch (NumberFormatException e) {
        n = Double.NaN;
      }
      this.number = n;
    }

    @Override
    public int intValue() {
      return (int) number;
    }

    @Override
    public long longValue() {
      return (long) number;
    }

    @Override
    public float floatValue() {
      return (float) number;
    }

    @Override
    public double doubleValue() {
      return number;
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
