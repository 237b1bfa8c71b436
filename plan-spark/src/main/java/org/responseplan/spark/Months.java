package org.responseplan.spark;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Months as HXL 5W tables write them ({@code docs/formats/hxl.md}): {@code YYYY-MM}, or a date {@code YYYY-MM-DD}
 * optionally followed by a time ({@code 2022-03-31T10:00}, or {@code 2022-03-01 00:00:00} as Spark casts a timestamp
 * to text). The same format the HXL reader accepts (its parser is package-private in plan-io).
 */
final class Months {
  private Months() {}

  private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2})(?:[T ].*)?)?");

  /** The month, or null when the text is not one. */
  static @Nullable YearMonth parse(String text) {
    String t = text.strip();
    // The common case, "2022-03", without a regular expression.
    if (t.length() == 7 && t.charAt(4) == '-' && digits(t, 0, 4) && digits(t, 5, 7)) {
      int month = (t.charAt(5) - '0') * 10 + (t.charAt(6) - '0');
      if (month < 1 || month > 12) {
        return null;
      }
      return YearMonth.of(Integer.parseInt(t, 0, 4, 10), month);
    }
    Matcher m = MONTH.matcher(t);
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) != null) {
        LocalDate.of(year, month, Integer.parseInt(m.group(3)));
      }
      return YearMonth.of(year, month);
    } catch (DateTimeException e) {
      return null;
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
}
