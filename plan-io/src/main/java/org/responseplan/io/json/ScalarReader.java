package org.responseplan.io.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.AgeBand;
import org.responseplan.model.InvalidPlanException;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Phrase;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The scalar values of the plan format read from a streaming parser (text, counts, decimals, dates, age bands,
 * enumeration names) and the findings about them; {@link PlanDecoder} reads the objects and lists around them. A
 * scalar with an error is reported and read as absent (null), so that the value holding it is built without it.
 */
abstract class ScalarReader {
  final JsonParser p;
  final Locale locale;
  private final List<Finding> findings = new ArrayList<>();
  private int errors;

  ScalarReader(JsonParser parser, Locale locale) {
    this.p = parser;
    this.locale = locale;
  }

  /** The findings so far, in document order. */
  final List<Finding> findings() {
    return findings;
  }

  /** How many errors reading found; a value read with errors is partial. */
  final int errors() {
    return errors;
  }

  /** A string; null when absent or of another type (reported). */
  final @Nullable String string(String path) {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(path, Phrase.of("a-string"));
      return null;
    }
    return p.getString();
  }

  /**
   * A count of people: a whole number that fits in 64 bits. Whole numbers written with a fraction or an exponent
   * ({@code 12.0}, {@code 1.2e3}) are accepted, as JSON Schema counts them as integers too.
   */
  final @Nullable Long count(String path) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal d = exact();
      if (d == null || (d.signum() != 0 && d.stripTrailingZeros().scale() > 0)) {
        wrongType(path, Phrase.of("a-whole-number-of-people"));
        return null;
      }
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        report(Rule.INVALID_VALUE, path, abbreviate(p.getString()), p.currentTokenLocation(),
            Phrase.of("a-whole-number-below", "9223372036854775808"));
        return null;
      }
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      wrongType(path, Phrase.of("a-whole-number-of-people"));
      return null;
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      report(Rule.INVALID_VALUE, path, abbreviate(p.getString()), p.currentTokenLocation(),
          Phrase.of("a-whole-number-below", "9223372036854775808"));
      return null;
    }
    return p.getLongValue();
  }

  /** The current number exactly, or null when it cannot be represented (an exponent beyond any sense). */
  private @Nullable BigDecimal exact() {
    try {
      BigDecimal d = p.getDecimalValue();
      BigDecimal n = d.stripTrailingZeros();
      return n.precision() - n.scale() > MAX_DECIMAL_DIGITS || n.scale() > MAX_DECIMAL_DIGITS ? null : d;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** Decimals hold at most this many digits before and after the decimal point. */
  static final int MAX_DECIMAL_DIGITS = 40;

  /**
   * An exact decimal. Exponents are accepted ({@code 1.5e3}), but not values with more than
   * {@value #MAX_DECIMAL_DIGITS} digits before or after the point: {@code 1e+9999} would be written back as ten
   * thousand digits.
   */
  final @Nullable BigDecimal decimal(String path) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(path, Phrase.of("a-number"));
      return null;
    }
    BigDecimal d = exact();
    if (d == null) {
      report(Rule.INVALID_VALUE, path, abbreviate(p.getString()), p.currentTokenLocation(),
          Phrase.of("a-number-with-at-most-digits", MAX_DECIMAL_DIGITS));
      return null;
    }
    return d;
  }

  /**
   * The shape of an ISO-8601 calendar date with a four-digit year, as the format and its schema define it (the
   * pattern {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}), checked without a matcher.
   */
  private static boolean isDateShape(String t) {
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = t.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + t.charAt(i) - '0';
    }
    return v;
  }

  final @Nullable LocalDate date(String path) {
    String text = string(path);
    if (text == null) {
      return null;
    }
    try {
      if (!isDateShape(text)) {
        throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
      }
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (java.time.DateTimeException e) {
      report(Rule.INVALID_VALUE, path, text, p.currentTokenLocation(), Phrase.of("a-date-such-as", "2022-01-31"));
      return null;
    }
  }

  final @Nullable AgeBand ageBand(String path) {
    String text = string(path);
    if (text == null) {
      return null;
    }
    try {
      return AgeBand.parse(text);
    } catch (InvalidPlanException e) {
      report(e.rule(), path, text, p.currentTokenLocation(), e.details());
      return null;
    }
  }

  final <E> @Nullable E named(String path, Function<String, Optional<E>> lookup, Phrase expected) {
    String text = string(path);
    if (text == null) {
      return null;
    }
    Optional<E> value = lookup.apply(text);
    if (value.isEmpty()) {
      report(Rule.INVALID_VALUE, path, text, p.currentTokenLocation(), expected);
      return null;
    }
    return value.get();
  }

  /** Hands a read value to the builder; absent (null) values were reported already. Always true: the name is known. */
  static <T> boolean set(@Nullable T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
    return true;
  }

  final void wrongType(String path, Phrase expected) {
    JsonToken t = p.currentToken();
    Object found = switch (t) {
      case START_OBJECT -> Phrase.of("an-object");
      case START_ARRAY -> Phrase.of("an-array");
      case VALUE_STRING -> Phrase.of("the-text", abbreviate(p.getString()));
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Phrase.of("the-number", abbreviate(p.getString()));
      case VALUE_TRUE, VALUE_FALSE -> Phrase.of("the-value", t.asString());
      case VALUE_NULL -> "null";
      default -> String.valueOf(t);
    };
    report(Rule.WRONG_TYPE, path, found, p.currentTokenLocation(), expected);
    p.skipChildren();
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  final void report(Rule rule, String path, @Nullable Object value, @Nullable TokenStreamLocation at, Object... details) {
    if (findings.size() >= ReadLimits.MAX_FINDINGS) {
      throw new PlanDecoder.TooManyObjects("more than " + ReadLimits.MAX_FINDINGS + " findings in one document "
          + "(ReadLimits.MAX_FINDINGS), at " + (path.isEmpty() ? "/" : path), at == null ? p.currentLocation() : at);
    }
    Finding f = Finding.of(rule, path, value, locale, details);
    if (at != null && at.getLineNr() > 0) {
      f = f.at(at.getLineNr(), at.getColumnNr());
    }
    if (f.severity() == Severity.ERROR) {
      errors++;
    }
    findings.add(f);
  }
}
