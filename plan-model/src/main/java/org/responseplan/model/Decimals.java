package org.responseplan.model;

import java.math.BigDecimal;

/**
 * BigDecimal's {@code equals} is scale-sensitive ({@code 1.0} is not {@code 1.00}), and Immutables' generated
 * {@code equals} uses it; so decimals in the model are normalised when built.
 */
final class Decimals {
  private Decimals() {}

  /** The same number without trailing zeros; zero is {@code 0}. */
  static BigDecimal normalize(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }
}
