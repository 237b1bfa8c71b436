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
  SUM,
  MAX,
  LATEST,
  AVERAGE;

  public String jsonName() {
    return JsonNames.of(this);
  }

  public static Optional<AggregationRule> fromJsonName(String name) {
    return JsonNames.find(AggregationRule.class, name);
  }
}
