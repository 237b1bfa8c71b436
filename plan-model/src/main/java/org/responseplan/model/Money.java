package org.responseplan.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.validation.Rule;

/**
 * An exact amount of money in one ISO 4217 currency.
 *
 * <p>Never a double. Equality ignores the scale of the amount ({@code 1.0 USD} equals {@code 1.00 USD}); the amount
 * keeps the scale it was given so that it is written back as it was read. Amounts are never negative: requirements,
 * funding and contributions are all stated as non-negative figures.
 *
 * @param amount the amount, at least zero
 * @param currency the ISO 4217 alphabetic code, such as {@code USD}
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

  /**
   * Checks the amount and the currency.
   *
   * @param amount the amount, at least zero
   * @param currency the ISO 4217 alphabetic code
   * @throws InvalidPlanException when the currency is not an ISO 4217 code ({@code invalid-currency}) or the amount is
   *     negative ({@code negative-amount})
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (!isIsoCurrency(currency)) {
      throw new InvalidPlanException(Rule.INVALID_CURRENCY, "currency", currency,
          "must be an ISO 4217 alphabetic currency code such as USD");
    }
    if (amount.signum() < 0) {
      throw new InvalidPlanException(Rule.NEGATIVE_AMOUNT, "amount", amount.toPlainString(),
          "must not be negative");
    }
  }

  /**
   * An amount written as a decimal, such as {@code Money.of("191672875", "USD")}; the scale is kept as written.
   *
   * @param amount the amount as a plain or scientific decimal, at least zero
   * @param currency the ISO 4217 alphabetic code, such as {@code USD}
   * @return the money
   * @throws NumberFormatException when {@code amount} is not a decimal number
   * @throws InvalidPlanException when the currency is unknown or the amount negative
   */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  /**
   * A whole amount.
   *
   * @param amount the amount in whole units of the currency (dollars, not cents), at least zero
   * @param currency the ISO 4217 alphabetic code, such as {@code USD}
   * @return the money
   * @throws InvalidPlanException when the currency is unknown or the amount negative
   */
  public static Money of(long amount, String currency) {
    return new Money(BigDecimal.valueOf(amount), currency);
  }

  /**
   * Zero in a currency: a reported nothing, never a stand-in for "not reported".
   *
   * @param currency the ISO 4217 alphabetic code, such as {@code USD}
   * @return zero of that currency
   * @throws InvalidPlanException when the currency is unknown
   */
  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * Whether a code is an ISO 4217 alphabetic currency code.
   *
   * @param code the code to check
   * @return true for three capital ASCII letters that ISO 4217 (as known to this Java runtime) defines
   */
  public static boolean isIsoCurrency(String code) {
    if (code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The sum of two amounts of the same currency.
   *
   * @param other the amount to add
   * @return the sum, in this currency
   * @throws InvalidPlanException when the currencies differ ({@code mixed-currency}); nothing is converted
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** {@return true when the amount is zero, whatever its scale} */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new InvalidPlanException(Rule.MIXED_CURRENCY, "currency", other.currency,
          "must match " + currency + " to add amounts without a conversion");
    }
  }

  /**
   * Orders by amount within one currency.
   *
   * @param other the amount to compare with
   * @return negative, zero or positive as this amount is less than, equal to or greater than {@code other}
   * @throws InvalidPlanException when the currencies differ ({@code mixed-currency})
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
