package org.responseplan.model;

import java.time.LocalDate;
import java.util.Objects;
import org.responseplan.model.validation.Rule;

/**
 * A closed range of calendar days, both ends included; the end is never before the start.
 *
 * @param start the first day
 * @param end the last day
 */
public record Period(LocalDate start, LocalDate end) {

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new InvalidPlanException(Rule.PERIOD_ORDER, "end", end,
          "must not be before the start " + start, start);
    }
  }

  public static Period of(LocalDate start, LocalDate end) {
    return new Period(start, end);
  }

  /** The calendar year, 1 January to 31 December. */
  public static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** One calendar month. */
  public static Period month(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new Period(first, first.withDayOfMonth(first.lengthOfMonth()));
  }

  /** True when every day of {@code other} lies within this period. */
  public boolean contains(Period other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }
}
