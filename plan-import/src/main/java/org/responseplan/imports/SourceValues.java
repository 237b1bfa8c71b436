package org.responseplan.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.validation.Rule;

/**
 * The one set of rules by which every importer (FTS, HDX, HPC, HXL) reads the values of its source: counts of people,
 * decimals (amounts), dates, months, codes and names. The rules, with a table of tricky inputs and what each gives,
 * are in {@code docs/formats/values.md}. In short: surrounding whitespace is ignored; a blank value is "not
 * reported" (never 0); a number is plain digits, or digits grouped in threes by commas ({@code 1,234,567}, not
 * {@code 0,125}), with an optional sign and fraction; a number without separators may carry an exponent ({@code 1e5}, {@code 1.2E+07}, as
 * spreadsheets write); a count of people is such a number whose value is a whole number from 0 to
 * {@link Long#MAX_VALUE}, so {@code 1.0} and {@code 1e5} are counts and {@code 1.5} is not (nor is {@code 1.000}:
 * one or one thousand).
 *
 * <p>Nothing here throws on bad input: every reading returns a {@link Result}, a value, blank, or a {@link Problem}
 * naming the rule it breaks and what was expected, for the importer to turn into a finding at its place.
 */
public final class SourceValues {
  private SourceValues() {}

  /** Decimals hold at most this many digits before and after the point, as in the plan JSON format. */
  public static final int MAX_DIGITS = 40;

  /** Texts longer than this are not read as numbers (no number within {@link #MAX_DIGITS} is this long). */
  private static final int MAX_NUMBER_TEXT = 120;

  /** What a count must be, as the detail of a finding. */
  public static final String COUNT_EXPECTED = "a whole number of people, such as 1200 or 1,200";
  /** What a fraction is not, as the detail of a finding. */
  public static final String WHOLE_EXPECTED = "a whole number of people";
  /** What a count above {@link Long#MAX_VALUE} is not, as the detail of a finding. */
  public static final String COUNT_RANGE_EXPECTED = "a number of people up to " + Long.MAX_VALUE;
  /** What a count written as {@code 1.000} is not, as the detail of a finding. */
  public static final String POINT_THOUSANDS_EXPECTED = "a whole number of people without a point: 1.000 may be "
      + "one or one thousand (write 1 or 1000)";
  /** What a decimal must be, as the detail of a finding. */
  public static final String NUMBER_EXPECTED = "a number, such as 1200, 1,200 or 12.5";
  /** What a decimal with too many digits is not, as the detail of a finding. */
  public static final String DIGITS_EXPECTED = "a number with at most " + MAX_DIGITS
      + " digits before and after the point";
  /** What a date must be, as the detail of a finding. */
  public static final String DATE_EXPECTED = "a date yyyy-mm-dd (2020-01-31) or dd/mm/yyyy (31/01/2020)";
  /** What a month must be, as the detail of a finding. */
  public static final String MONTH_EXPECTED = "a month as YYYY-MM (2022-03) or a date as YYYY-MM-DD (2022-03-31)";

  /**
   * A sign, then digits grouped in threes by commas (the first group not starting with 0, so that a decimal comma
   * such as {@code 0,125} is not read as 125) with an optional fraction, or plain digits with an optional fraction
   * and exponent.
   */
  private static final Pattern NUMBER = Pattern.compile(
      "[+-]?(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]{1,4})?)");
  /**
   * A whole count written with a point and three zeros, {@code 1.000} or {@code 12.000}: one or one thousand
   * (European thousands separator)? Never guessed.
   */
  private static final Pattern POINT_THOUSANDS = Pattern.compile("[+-]?[1-9][0-9]{0,2}\\.000");
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  /** A time (and zone) after a date, ignored by {@link #date} and {@link #month} alike. */
  private static final String TIME = "(?:[T ][0-9:.]*(?:Z|[+-][0-9:]+)?)?";
  private static final Pattern DATE = Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})" + TIME);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{2})/([0-9]{2})/([0-9]{4})");
  private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{1,2})(?:-([0-9]{2})" + TIME + ")?");
  private static final Set<String> COUNTRIES;

  static {
    Set<String> all = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    all.add("XKX"); // Kosovo, as UN agencies and OCHA code it (the plan validator accepts it too)
    COUNTRIES = Set.copyOf(all);
  }

  /** Why a value could not be read. */
  public enum Kind {
    /** A whole number below zero where a count of people is expected ({@code negative-count}). */
    NEGATIVE,
    /** A number with a fraction where a count of people is expected ({@code invalid-value}); never rounded. */
    FRACTIONAL,
    /** A count above {@link Long#MAX_VALUE} ({@code invalid-value}). */
    TOO_LARGE,
    /** Not a value of the kind expected at all ({@code invalid-value}). */
    INVALID
  }

  /**
   * Why a value could not be read.
   *
   * @param kind the kind of problem
   * @param expected what was expected, as the detail of an {@code invalid-value} finding
   * @param number the number read, for {@link Kind#NEGATIVE}, {@link Kind#FRACTIONAL} and {@link Kind#TOO_LARGE};
   *     null for {@link Kind#INVALID}
   */
  public record Problem(Kind kind, String expected, @Nullable BigDecimal number) {
    /**
     * The rule the value breaks.
     *
     * @return {@link Rule#NEGATIVE_COUNT} for a negative count, else {@link Rule#INVALID_VALUE}
     */
    public Rule rule() {
      return kind == Kind.NEGATIVE ? Rule.NEGATIVE_COUNT : Rule.INVALID_VALUE;
    }
  }

  /**
   * A value read from a source: the value, or blank ("not reported"), or a problem.
   *
   * @param value the value; null when blank or when there is a problem
   * @param problem why there is no value; null when the value was read or is blank
   * @param <T> the type of value
   */
  public record Result<T>(@Nullable T value, @Nullable Problem problem) {
    private static <T> Result<T> of(T value) {
      return new Result<>(value, null);
    }

    private static <T> Result<T> blank() {
      return new Result<>(null, null);
    }

    private static <T> Result<T> bad(Kind kind, String expected, @Nullable BigDecimal number) {
      return new Result<>(null, new Problem(kind, expected, number));
    }

    /**
     * Whether the source left the value blank.
     *
     * @return true when there is neither a value nor a problem: "not reported", never 0
     */
    public boolean isBlank() {
      return value == null && problem == null;
    }

    /**
     * Whether the value could not be read.
     *
     * @return true when {@link #problem()} is not null
     */
    public boolean isProblem() {
      return problem != null;
    }

    /**
     * The value, if read.
     *
     * @return the value; empty when blank or when there is a problem
     */
    public Optional<T> optional() {
      return Optional.ofNullable(value);
    }
  }

  /**
   * A count of people written as text.
   *
   * @param text the source text; surrounding whitespace is ignored
   * @return the count; blank for a blank text; else a problem: {@link Kind#NEGATIVE}, {@link Kind#FRACTIONAL},
   *     {@link Kind#TOO_LARGE} or {@link Kind#INVALID} (including a whole number written as {@code 1.000}, which a
   *     European source means as one thousand)
   */
  public static Result<Long> count(String text) {
    BigDecimal number = number(text);
    if (number == null) {
      return text.isBlank() ? Result.blank() : Result.bad(Kind.INVALID, COUNT_EXPECTED, null);
    }
    if (POINT_THOUSANDS.matcher(text.strip()).matches()) {
      return Result.bad(Kind.INVALID, POINT_THOUSANDS_EXPECTED, null);
    }
    return count(number);
  }

  /**
   * A count of people from a number (a JSON number), by the same rule as {@link #count(String)}: {@code 1.0} and
   * {@code 1E+5} are counts, {@code 1.5} and {@code -1.5} are {@link Kind#FRACTIONAL}, {@code -5} is
   * {@link Kind#NEGATIVE} (a fraction is told first: a negative problem always holds a whole number).
   *
   * @param number the number
   * @return the count, or a problem ({@link Kind#NEGATIVE}, {@link Kind#FRACTIONAL}, {@link Kind#TOO_LARGE})
   */
  public static Result<Long> count(BigDecimal number) {
    if (number.signum() == 0) {
      return Result.of(0L);
    }
    BigDecimal whole = number.stripTrailingZeros();
    if (whole.scale() > 0) {
      return Result.bad(Kind.FRACTIONAL, WHOLE_EXPECTED, number);
    }
    if (number.signum() < 0) {
      return Result.bad(Kind.NEGATIVE, COUNT_EXPECTED, number);
    }
    if (whole.compareTo(LONG_MAX) > 0) {
      return Result.bad(Kind.TOO_LARGE, COUNT_RANGE_EXPECTED, number);
    }
    return Result.of(whole.longValueExact());
  }

  /**
   * A decimal (an amount of money, a measurement) written as text, exactly as written: {@code 12.50} keeps its
   * scale. Signed: whether a negative value is allowed is the caller's rule.
   *
   * @param text the source text; surrounding whitespace is ignored
   * @return the decimal; blank for a blank text; else {@link Kind#INVALID} (not a number, or more than
   *     {@link #MAX_DIGITS} digits before or after the point)
   */
  public static Result<BigDecimal> decimal(String text) {
    BigDecimal number = number(text);
    if (number == null) {
      return text.isBlank() ? Result.blank() : Result.bad(Kind.INVALID, NUMBER_EXPECTED, null);
    }
    return decimal(number);
  }

  /**
   * A decimal from a number (a JSON number), bounded as {@link #decimal(String)} is.
   *
   * @param number the number
   * @return the number, or {@link Kind#INVALID} when it has more than {@link #MAX_DIGITS} digits before or after
   *     the point
   */
  public static Result<BigDecimal> decimal(BigDecimal number) {
    BigDecimal n = number.stripTrailingZeros();
    if (n.precision() - n.scale() > MAX_DIGITS || n.scale() > MAX_DIGITS) {
      return Result.bad(Kind.INVALID, DIGITS_EXPECTED, number);
    }
    return Result.of(number);
  }

  /** The number a text holds by {@link #NUMBER}, separators removed; null when blank or not a number. */
  private static @Nullable BigDecimal number(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_NUMBER_TEXT || !NUMBER.matcher(t).matches()) {
      return null;
    }
    return new BigDecimal(t.indexOf(',') < 0 ? t : t.replace(",", ""));
  }

  /**
   * A calendar date: {@code 2020-01-31}; the same followed by a time ({@code 2020-01-31T00:00:00Z},
   * {@code 2020-01-31 10:00}), whose time is ignored; or {@code 31/01/2020} (day first, as HPC writes).
   *
   * @param text the source text; surrounding whitespace is ignored
   * @return the date; blank for a blank text; else {@link Kind#INVALID} (including days that do not exist)
   */
  public static Result<LocalDate> date(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Result.blank();
    }
    try {
      Matcher iso = DATE.matcher(t);
      if (iso.matches()) {
        return Result.of(LocalDate.parse(iso.group(1)));
      }
      Matcher dmy = DAY_MONTH_YEAR.matcher(t);
      if (dmy.matches()) {
        return Result.of(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
            Integer.parseInt(dmy.group(1))));
      }
    } catch (DateTimeException e) {
      // a day that does not exist: invalid below
    }
    return Result.bad(Kind.INVALID, DATE_EXPECTED, null);
  }

  /**
   * A month: {@code YYYY-MM} (the month may have one digit), or a date {@code YYYY-MM-DD} whose day must exist,
   * optionally followed by a time after {@code T} or a space ({@code 2022-03-01 00:00:00}, as spreadsheets and Spark
   * write timestamps), which is ignored; the time is read as by {@link #date} ({@code 2022-03-01Tnoon} is not a
   * month).
   *
   * @param text the source text; surrounding whitespace is ignored
   * @return the month; blank for a blank text; else {@link Kind#INVALID}
   */
  public static Result<YearMonth> month(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Result.blank();
    }
    // The common case, "2022-03", without a regular expression.
    if (t.length() == 7 && t.charAt(4) == '-' && digits(t, 0, 4) && digits(t, 5, 7)) {
      int month = (t.charAt(5) - '0') * 10 + (t.charAt(6) - '0');
      return month < 1 || month > 12 ? Result.bad(Kind.INVALID, MONTH_EXPECTED, null)
          : Result.of(YearMonth.of(Integer.parseInt(t, 0, 4, 10), month));
    }
    Matcher m = MONTH.matcher(t);
    if (!m.matches()) {
      return Result.bad(Kind.INVALID, MONTH_EXPECTED, null);
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) != null) {
        LocalDate.of(year, month, Integer.parseInt(m.group(3)));
      }
      return Result.of(YearMonth.of(year, month));
    } catch (DateTimeException e) {
      return Result.bad(Kind.INVALID, MONTH_EXPECTED, null);
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A source field name in kebab case, for an extension name: {@code caseloadCustomRef} is
   * {@code caseload-custom-ref}, {@code isForHPCProjects} is {@code is-for-hpc-projects}, {@code percent_funded} is
   * {@code percent-funded}. Letters and digits are kept, other characters become one {@code -}, and no {@code -}
   * starts or ends the result.
   *
   * @param name the field name
   * @return the name in kebab case; {@code field} when the name has no letter or digit
   */
  public static String kebab(String name) {
    StringBuilder b = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        char before = i > 0 ? name.charAt(i - 1) : ' ';
        boolean afterLower = Character.isLowerCase(before) || Character.isDigit(before);
        boolean endsAcronym = Character.isUpperCase(before) && i + 1 < name.length()
            && Character.isLowerCase(name.charAt(i + 1));
        if ((afterLower || endsAcronym) && b.length() > 0 && b.charAt(b.length() - 1) != '-') {
          b.append('-');
        }
        b.append(Character.toLowerCase(c));
      } else if (Character.isLetterOrDigit(c)) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    return trimmed(b, "field");
  }

  /**
   * A code made from a display name: lower-case ASCII letters and digits, any other run of characters one
   * {@code -}: {@code "Not specified"} is {@code not-specified}.
   *
   * @param name the display name
   * @return the code; {@code unnamed} when the name has no ASCII letter or digit
   */
  public static String code(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    return trimmed(b, "unnamed");
  }

  private static String trimmed(StringBuilder b, String ifEmpty) {
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == '-') {
      end--;
    }
    return end == 0 ? ifEmpty : b.substring(0, end);
  }

  /**
   * Whether a code is an ISO 3166-1 alpha-3 country code the plan validator accepts (with {@code XKX}, Kosovo).
   *
   * @param iso3 the code, upper case
   * @return true for a country code
   */
  public static boolean isCountry(String iso3) {
    return COUNTRIES.contains(Objects.requireNonNull(iso3));
  }
}
