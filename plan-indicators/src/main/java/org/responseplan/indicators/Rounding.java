package org.responseplan.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a percentage is rounded for publication. Calculations are exact; rounding is applied only when a percentage
 * is asked for, and always by an explicit policy.
 *
 * @param scale decimal places kept, or -1 for no rounding
 * @param mode how the last kept place is rounded
 * @param name a short name for tables and explanations
 */
public record Rounding(int scale, RoundingMode mode, String name) {
  /** OCHA FTS: percent with two decimals, half up (FTS {@code progress}). */
  public static final Rounding FTS = new Rounding(2, RoundingMode.HALF_UP, "FTS");
  /** HDX: whole percent, half up (HDX {@code percentFunded}). */
  public static final Rounding HDX = new Rounding(0, RoundingMode.HALF_UP, "HDX");
  /** No rounding: the exact percentage (to 34 significant digits for a non-terminating ratio). */
  public static final Rounding EXACT = new Rounding(-1, RoundingMode.UNNECESSARY, "exact");

  /**
   * Checks the policy.
   *
   * @param scale decimals kept, or -1 for no rounding
   * @param mode how the last kept decimal is rounded
   * @param name the policy's name, shown in reports
   * @throws IllegalArgumentException when the scale is below -1
   */
  public Rounding {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(name, "name");
    if (scale < -1) {
      throw new IllegalArgumentException("scale must be -1 (no rounding) or at least 0, but was " + scale);
    }
  }

  /**
   * {@code value} rounded by this policy.
   *
   * @param value a percentage or other figure
   * @return it rounded to {@code scale} decimals, or without trailing zeros when the scale is -1
   */
  public BigDecimal apply(BigDecimal value) {
    return scale < 0 ? value.stripTrailingZeros() : value.setScale(scale, mode);
  }
}
