package org.responseplan.spark;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The buffer of the coverage functions: the numerator and the denominator, each summed over the rows that report it
 * (null until one does), and the rows with a negative part, which make the ratio undefined. The ratio itself is
 * computed once, at the end, by the library's {@code Calculators} from these sums: ratios are recomputed from the
 * aggregated parts, never summed or averaged.
 */
public final class CoverageParts {
  private @Nullable BigDecimal numerator;
  private @Nullable BigDecimal denominator;
  private long negativeRows;

  private CoverageParts() {}

  /**
   * An empty buffer: no part reported, no negative row.
   *
   * @return a new buffer
   */
  public static CoverageParts create() {
    return new CoverageParts();
  }

  /**
   * Adds one row's parts; null is not reported (it adds nothing, and is never 0). A row with a negative part is
   * counted in {@link #negativeRows()} and adds nothing to either sum.
   *
   * @param num the row's numerator (funding, targeted or reached), or null when not reported
   * @param den the row's denominator (requirements, in need or targeted), or null when not reported
   * @return this buffer
   */
  public CoverageParts add(@Nullable BigDecimal num, @Nullable BigDecimal den) {
    if ((num != null && num.signum() < 0) || (den != null && den.signum() < 0)) {
      negativeRows++;
      return this;
    }
    if (num != null) {
      numerator = numerator == null ? num : numerator.add(num);
    }
    if (den != null) {
      denominator = denominator == null ? den : denominator.add(den);
    }
    return this;
  }

  /**
   * Adds what another buffer holds to this one: its sums and its negative rows.
   *
   * @param other the buffer of another partition; not changed
   * @return this buffer
   */
  public CoverageParts merge(CoverageParts other) {
    add(other.numerator, other.denominator);
    negativeRows += other.negativeRows;
    return this;
  }

  /**
   * The summed numerator.
   *
   * @return the sum over the rows that reported one, or null when no row did (not reported, never 0)
   */
  public @Nullable BigDecimal numerator() {
    return numerator;
  }

  /**
   * The summed denominator.
   *
   * @return the sum over the rows that reported one, or null when no row did (not reported, never 0)
   */
  public @Nullable BigDecimal denominator() {
    return denominator;
  }

  /**
   * Rows with a negative part: the ratio of such a group is undefined (null), never computed without them.
   *
   * @return how many rows had a negative numerator or denominator; 0 when none
   */
  public long negativeRows() {
    return negativeRows;
  }
}
