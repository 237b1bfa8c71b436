package org.responseplan.model.validation;

import java.util.Optional;

/**
 * The catalogue of rules: every finding the reader or the validator reports names one of these by its stable code.
 * The message shown to people is looked up by the code in the {@code messages} resource bundle (English, Spanish).
 * {@code docs/validation-rules.md} describes each rule.
 */
public enum Rule {
  // Reading JSON
  UNREADABLE("unreadable", Severity.ERROR),
  JSON_SYNTAX("json-syntax", Severity.ERROR),
  JSON_LIMIT("json-limit", Severity.ERROR),
  AGGREGATION_LIMIT("aggregation-limit", Severity.ERROR),
  WRONG_TYPE("wrong-type", Severity.ERROR),
  DUPLICATE_KEY("duplicate-key", Severity.ERROR),
  UNKNOWN_FIELD("unknown-field", Severity.ERROR),
  EXTENSION_KEPT("extension-kept", Severity.INFO),
  FIELD_DROPPED("field-dropped", Severity.WARNING),

  // Structure: values that can never hold (most are also checked when a value is built)
  REQUIRED_FIELD("required-field", Severity.ERROR),
  INVALID_VALUE("invalid-value", Severity.ERROR),
  NEGATIVE_COUNT("negative-count", Severity.ERROR),
  NEGATIVE_AMOUNT("negative-amount", Severity.ERROR),
  INVALID_CURRENCY("invalid-currency", Severity.ERROR),
  INVALID_COUNTRY("invalid-country", Severity.ERROR),
  PERIOD_ORDER("period-order", Severity.ERROR),
  CELL_WITHOUT_DIMENSION("cell-without-dimension", Severity.ERROR),
  CELL_EXCEEDS_TOTAL("cell-exceeds-total", Severity.ERROR),
  DUPLICATE_ID("duplicate-id", Severity.ERROR),
  UNKNOWN_VOCABULARY("unknown-vocabulary", Severity.ERROR),
  UNKNOWN_CODE("unknown-code", Severity.ERROR),
  FIGURE_LABEL("figure-label", Severity.INFO),

  // Consistency between figures
  MIXED_CURRENCY("mixed-currency", Severity.ERROR),
  REQUIREMENTS_EXCEED_PARENT("requirements-exceed-parent", Severity.ERROR),
  CONTRIBUTIONS_EXCEED_TOTAL("contributions-exceed-total", Severity.WARNING),
  PEOPLE_EXCEED_PARENT("people-exceed-parent", Severity.WARNING),
  TARGETED_EXCEEDS_IN_NEED("targeted-exceeds-in-need", Severity.WARNING),
  REACHED_EXCEEDS_TARGETED("reached-exceeds-targeted", Severity.WARNING),
  BREAKDOWN_SUM_EXCEEDS_TOTAL("breakdown-sum-exceeds-total", Severity.ERROR),
  DUPLICATE_BREAKDOWN_CELL("duplicate-breakdown-cell", Severity.ERROR),
  LOCATION_OUTSIDE_PRESENCE("location-outside-presence", Severity.WARNING),
  MEASUREMENT_OUTSIDE_PERIOD("measurement-outside-period", Severity.WARNING),
  DUPLICATE_MEASUREMENT("duplicate-measurement", Severity.ERROR),
  RATIO_SUMMED("ratio-summed", Severity.ERROR);

  private final String code;
  private final Severity severity;

  Rule(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** The stable code, such as {@code negative-count}; never changes once released. */
  public String code() {
    return code;
  }

  /** The severity a finding of this rule has unless a caller escalates it. */
  public Severity severity() {
    return severity;
  }

  public static Optional<Rule> fromCode(String code) {
    for (Rule r : values()) {
      if (r.code.equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
