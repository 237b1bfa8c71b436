package org.responseplan.indicators.reach;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.FiveWProblem;

/**
 * The 5W rules, in one place; every way of aggregating 5W rows (records, columns, the streaming HXL reader, Spark)
 * checks rows and combines figures through these methods.
 *
 * <ul>
 *   <li><b>Rejected row</b>: a blank sector or country ({@code required-field}), a negative count among new, total
 *       or the six split cells ({@code negative-count}), neither new nor total beneficiaries ({@code no-figures}),
 *       a month outside 1900-01 to 5460-12 ({@code invalid-month}). A rejected row is counted, never aggregated.
 *   <li><b>Inconsistent split</b> ({@code split-does-not-sum}, a warning): new beneficiaries are reported, no count
 *       is negative, at least one split cell is reported, and the reported cells do not add up to the new
 *       beneficiaries.
 *   <li><b>Within a cell</b> (same sector, area, population group and month): reports of different partners or
 *       activities add up ({@link #withinCell}).
 *   <li><b>Over months</b>: new beneficiaries are a flow and add up ({@link #flowOverMonths}); total monthly
 *       beneficiaries are a stock: the peak month, never the sum ({@link #stockOverMonths}).
 *   <li><b>Across sectors</b> (intersectoral): the highest sector per area, population group and month
 *       ({@link #acrossSectors}), as {@link org.responseplan.indicators.Intersectoral} states it for plans.
 *   <li><b>Across areas and population groups</b>: distinct ones add up ({@link #acrossAreas}).
 * </ul>
 *
 * <p>Counts are primitive longs here, {@link #NOT_REPORTED} where not reported (never 0).
 */
public final class FiveWRules {
  /** A count that was not reported. */
  public static final long NOT_REPORTED = Long.MIN_VALUE;
  /** The first year a 5W month can have. */
  public static final int FIRST_YEAR = 1900;
  /** The last year a 5W month can have (months are packed into the cell keys). */
  public static final int LAST_YEAR = 5460;

  private static final int REJECTING;

  static {
    int m = 0;
    for (FiveWProblem p : FiveWProblem.values()) {
      if (p.rejectsRow()) {
        m |= bit(p);
      }
    }
    REJECTING = m;
  }

  private FiveWRules() {}

  /**
   * The problems of one row, as a bit set ({@code 1 << problem.ordinal()}).
   *
   * @param blankSector whether the sector is blank
   * @param blankCountry whether the country is blank
   * @param newBeneficiaries new beneficiaries, or {@link #NOT_REPORTED}
   * @param totalMonthly total monthly beneficiaries, or {@link #NOT_REPORTED}
   * @param split the six split cells ({@link #NOT_REPORTED} where not reported), or null when none is
   * @param year the year of the row's month
   * @return the bit set; 0 for a sound row
   */
  public static int problems(boolean blankSector, boolean blankCountry, long newBeneficiaries, long totalMonthly,
      long @Nullable [] split, int year) {
    boolean hasNew = newBeneficiaries != NOT_REPORTED;
    boolean hasTotal = totalMonthly != NOT_REPORTED;
    boolean negative = hasNew && newBeneficiaries < 0 || hasTotal && totalMonthly < 0;
    long splitSum = 0;
    boolean anySplit = false;
    if (split != null) {
      for (long v : split) {
        if (v != NOT_REPORTED) {
          negative |= v < 0;
          anySplit = true;
          splitSum += Math.max(0, v);
        }
      }
    }
    int p = 0;
    if (blankSector || blankCountry) {
      p |= bit(FiveWProblem.REQUIRED_FIELD);
    }
    if (negative) {
      p |= bit(FiveWProblem.NEGATIVE_COUNT);
    }
    if (!hasNew && !hasTotal) {
      p |= bit(FiveWProblem.NO_FIGURES);
    }
    if (!isSupportedYear(year)) {
      p |= bit(FiveWProblem.INVALID_MONTH);
    }
    if (!negative && anySplit && hasNew && splitSum != newBeneficiaries) {
      p |= bit(FiveWProblem.SPLIT_DOES_NOT_SUM);
    }
    return p;
  }

  /**
   * The problems of a report, as {@link #problems(boolean, boolean, long, long, long[], int)} finds them.
   *
   * @param r a report
   * @return the bit set; 0 for a sound report
   */
  public static int problems(ActivityReport r) {
    long[] split = null;
    List<@Nullable Long> cells = r.split();
    for (int i = 0; i < cells.size(); i++) {
      Long v = cells.get(i);
      if (v != null) {
        if (split == null) {
          split = new long[cells.size()];
          Arrays.fill(split, NOT_REPORTED);
        }
        split[i] = v;
      }
    }
    return problems(r.sector().isBlank(), r.country().isBlank(), orNotReported(r.newBeneficiaries()),
        orNotReported(r.totalMonthlyBeneficiaries()), split, r.month().getYear());
  }

  /**
   * A count as this class takes it.
   *
   * @param v a count, or null when not reported
   * @return the count, or {@link #NOT_REPORTED}
   */
  public static long orNotReported(@Nullable Long v) {
    return v == null ? NOT_REPORTED : v;
  }

  /**
   * Whether a row with these problems is kept out of the figures.
   *
   * @param problems a bit set from {@link #problems}
   * @return true when one of them {@linkplain FiveWProblem#rejectsRow() rejects the row}
   */
  public static boolean rejects(int problems) {
    return (problems & REJECTING) != 0;
  }

  /**
   * The problems of a bit set.
   *
   * @param problems a bit set from {@link #problems}
   * @return them, in code order
   */
  public static Set<FiveWProblem> asSet(int problems) {
    EnumSet<FiveWProblem> s = EnumSet.noneOf(FiveWProblem.class);
    for (FiveWProblem p : FiveWProblem.values()) {
      if ((problems & bit(p)) != 0) {
        s.add(p);
      }
    }
    return s;
  }

  /**
   * Whether a month of this year can be aggregated.
   *
   * @param year a year
   * @return true from {@value #FIRST_YEAR} to {@value #LAST_YEAR}
   */
  public static boolean isSupportedYear(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /**
   * Figures of reports of the same sector, area, population group and month: they add up.
   *
   * @param a one figure
   * @param b another
   * @return the sum
   * @throws ArithmeticException when the sum overflows
   */
  public static long withinCell(long a, long b) {
    return Math.addExact(a, b);
  }

  /**
   * New beneficiaries of different months, a flow: they add up.
   *
   * @param a one month's figure
   * @param b another month's
   * @return the sum
   * @throws ArithmeticException when the sum overflows
   */
  public static long flowOverMonths(long a, long b) {
    return Math.addExact(a, b);
  }

  /**
   * Total monthly beneficiaries of different months, a stock: the peak, never the sum.
   *
   * @param a one month's figure
   * @param b another month's
   * @return the larger
   */
  public static long stockOverMonths(long a, long b) {
    return Math.max(a, b);
  }

  /**
   * Figures of different sectors for the same area, population group and month: the highest (the same person is
   * counted by several sectors).
   *
   * @param a one sector's figure
   * @param b another sector's
   * @return the larger
   */
  public static long acrossSectors(long a, long b) {
    return Math.max(a, b);
  }

  /**
   * Figures of distinct areas or population groups: they add up.
   *
   * @param a one figure
   * @param b another
   * @return the sum
   * @throws ArithmeticException when the sum overflows
   */
  public static long acrossAreas(long a, long b) {
    return Math.addExact(a, b);
  }

  /**
   * The bit of one problem.
   *
   * @param p a problem
   * @return {@code 1 << p.ordinal()}
   */
  public static int bit(FiveWProblem p) {
    return 1 << p.ordinal();
  }
}
