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

  /**
   * Checks the order of the ends.
   *
   * @param start the first day
   * @param end the last day
   * @throws InvalidPlanException when the end is before the start ({@code period-order})
   */
  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new InvalidPlanException(Rule.PERIOD_ORDER, "end", end,
          "must not be before the start " + start, start);
    }
  }

  /**
   * A period from its first to its last day.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @return the period
   * @throws InvalidPlanException when the end is before the start ({@code period-order})
   */
  public static Period of(LocalDate start, LocalDate end) {
    return new Period(start, end);
  }

  /**
   * The calendar year, 1 January to 31 December.
   *
   * @param year the year, such as 2022
   * @return the period
   */
  public static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * One calendar month, from its first to its last day.
   *
   * @param year the year, such as 2022
   * @param month the month, 1 (January) to 12
   * @return the period
   * @throws java.time.DateTimeException when the month is not 1 to 12
   */
  public static Period month(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new Period(first, first.withDayOfMonth(first.lengthOfMonth()));
  }

  /**
   * Whether another period lies within this one.
   *
   * @param other the period to test
   * @return true when every day of {@code other} lies within this period
   */
  public boolean contains(Period other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }
}
