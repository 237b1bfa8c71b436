package org.responseplan.imports.fts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.model.Money;

/** Parsing of the values FTS and HDX publish: amounts in US dollars, counts of people, dates, codes and names. */
final class Values {
  private Values() {}

  /** FTS and HDX state every amount in US dollars. */
  static final String USD = "USD";

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern DATE_TIME_TAIL = Pattern.compile("T[0-9:.]*(Z|[+-][0-9:]+)?");
  private static final Set<String> COUNTRIES;

  static {
    Set<String> all = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    // Kosovo, as UN agencies and OCHA code it (the plan validator accepts it too).
    all.add("XKX");
    COUNTRIES = Set.copyOf(all);
  }

  /** True for an ISO 3166-1 alpha-3 code the plan validator accepts. */
  static boolean isCountry(String iso3) {
    return COUNTRIES.contains(iso3);
  }

  /**
   * A number written as text ({@code "1200"}, {@code " 12.5 "}); empty when the text is not a plain number or its
   * exponent is out of all proportion (beyond +/-{@value JsonTree#MAX_SCALE}).
   */
  static Optional<BigDecimal> decimal(String text) {
    String t = text.trim();
    if (t.length() > 1000 || !DECIMAL.matcher(t).matches()) {
      return Optional.empty();
    }
    try {
      BigDecimal v = new BigDecimal(t);
      if (Math.abs(v.scale()) > JsonTree.MAX_SCALE || v.precision() - v.scale() > JsonTree.MAX_SCALE) {
        return Optional.empty();
      }
      return Optional.of(v);
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  static Money usd(BigDecimal amount) {
    return new Money(amount, USD);
  }

  /** A count of people from a number: empty when it is not a whole number. */
  static OptionalLong wholeNumber(BigDecimal v) {
    try {
      return OptionalLong.of(v.stripTrailingZeros().longValueExact());
    } catch (ArithmeticException e) {
      return OptionalLong.empty();
    }
  }

  /** A calendar date {@code 2020-01-01}, or the date part of an ISO date-time {@code 2020-01-01T00:00:00Z}. */
  static Optional<LocalDate> date(String text) {
    String t = text.trim();
    if (t.length() > 10 && DATE_TIME_TAIL.matcher(t.substring(10)).matches()) {
      t = t.substring(0, 10);
    }
    try {
      return Optional.of(LocalDate.parse(t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code isForHPCProjects} as {@code is-for-hpc-projects}: the suffix of an {@code x-fts-...} extension name. */
  static String kebab(String name) {
    StringBuilder b = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1))
            || Character.isDigit(name.charAt(i - 1)));
        boolean beforeLower = i > 0 && i + 1 < name.length() && Character.isUpperCase(name.charAt(i - 1))
            && Character.isLowerCase(name.charAt(i + 1));
        if (afterLower || beforeLower) {
          b.append('-');
        }
        b.append(Character.toLowerCase(c));
      } else if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == '-') {
      end--;
    }
    return end == 0 ? "field" : b.substring(0, end);
  }

  /** A code made from a display name: {@code "Not specified"} is {@code not-specified}. */
  static String slug(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == '-') {
      end--;
    }
    return end == 0 ? "unnamed" : b.substring(0, end);
  }

  /**
   * The code of an FTS row that names no cluster: {@code not-specified} for "Not specified", {@code shared} for
   * "Multiple clusters/sectors (shared)", else a code made from the name.
   */
  static String bucketCode(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return "unnamed";
    }
    if (n.equals("not specified")) {
      return FtsReader.NOT_SPECIFIED;
    }
    if (n.startsWith("multiple clusters") || n.endsWith("(shared)")) {
      return FtsReader.SHARED;
    }
    return slug(name);
  }
}
