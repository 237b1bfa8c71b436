package org.responseplan.indicators;

/** Why a calculation has no value. An undefined result is never shown as 0. */
public enum Undefined {
  /** The denominator (requirements, people in need, ...) was not reported. */
  DENOMINATOR_NOT_REPORTED("the denominator was not reported"),
  /** The denominator is zero. */
  DENOMINATOR_ZERO("the denominator is zero"),
  /** The numerator (funding, people targeted, ...) was not reported. */
  NUMERATOR_NOT_REPORTED("the numerator was not reported"),
  /** The two amounts are in different currencies and no conversion was given. */
  CURRENCIES_DIFFER("the amounts are in different currencies"),
  /** A progress calculation whose target equals its baseline. */
  TARGET_EQUALS_BASELINE("the target equals the baseline");

  private final String description;

  Undefined(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
