package org.responseplan.indicators;

/** Why a calculation has no value ({@link Calculation#reasonCode()}). An undefined result is never shown as 0. */
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
  TARGET_EQUALS_BASELINE("the target equals the baseline"),
  /** A share whose part is more than its whole: a part is among its whole, so the two are not a share. */
  PART_EXCEEDS_WHOLE("the part is more than the whole");

  private final String description;

  Undefined(String description) {
    this.description = description;
  }

  /**
   * The reason in words, without the inputs' names ({@link Calculation#reason()} names them).
   *
   * @return such as {@code the denominator is zero}
   */
  public String description() {
    return description;
  }
}
