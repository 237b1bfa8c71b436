package org.responseplan.model;

import java.util.Optional;

/**
 * How an indicator's measurements combine across reporting periods or across locations.
 *
 * <p>Flows such as "new people reached this month" are summed; stocks and cumulative figures such as "total monthly
 * beneficiaries" take the maximum or the latest value and must never be summed; ratios are averaged only when their
 * parts are not available.
 */
public enum AggregationRule {
  /** Values are added: flows such as new people reached in a month. */
  SUM,
  /** The largest value is taken: stocks that only grow. */
  MAX,
  /** The value of the latest period is taken: stocks and cumulative figures. */
  LATEST,
  /** Values are averaged: ratios whose parts are not available. */
  AVERAGE;

  /** {@return the JSON form: {@code sum}, {@code max}, {@code latest}, {@code average}} */
  public String jsonName() {
    return JsonNames.of(this);
  }

  /**
   * The constant of a JSON form.
   *
   * @param name the JSON form, such as {@code sum} (case-sensitive)
   * @return the constant; empty when {@code name} is not one of the JSON forms
   */
  public static Optional<AggregationRule> fromJsonName(String name) {
    return JsonNames.find(AggregationRule.class, name);
  }
}
