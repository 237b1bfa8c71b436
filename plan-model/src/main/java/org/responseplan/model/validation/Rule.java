package org.responseplan.model.validation;

import java.util.Optional;

/**
 * The catalogue of rules: every finding the reader or the validator reports names one of these by its stable code.
 * The message shown to people is looked up by the code in the {@code messages} resource bundle (English, Spanish).
 * {@code docs/validation-rules.md} describes each rule.
 */
public enum Rule {
  // Reading JSON
  /** The file cannot be opened or read ({@code unreadable}). */
  UNREADABLE("unreadable", Severity.ERROR),
  /**
   * The document is not JSON (syntax, invalid UTF-8, empty, content after the plan); reading stops ({@code
   * json-syntax}).
   */
  JSON_SYNTAX("json-syntax", Severity.ERROR),
  /**
   * The document exceeds a read limit (nesting, string, number or document length); reading stops ({@code json-limit}).
   */
  JSON_LIMIT("json-limit", Severity.ERROR),
  /**
   * A 5W aggregation would hold more (sector, area, group, month) cells than the heap allows; reading stops, no figure
   * is given ({@code aggregation-limit}).
   */
  AGGREGATION_LIMIT("aggregation-limit", Severity.ERROR),
  /** A value has the wrong JSON type (a string where a number belongs, an array for an object) ({@code wrong-type}). */
  WRONG_TYPE("wrong-type", Severity.ERROR),
  /** A member name appears twice in one object (the second is skipped) ({@code duplicate-key}). */
  DUPLICATE_KEY("duplicate-key", Severity.ERROR),
  /**
   * A member the format does not define and not named {@code x-...}; in a people object's {@code labels}, any name that
   * is not one of the six figures, in lenient reading too (a misspelt figure must not lose its label) ({@code
   * unknown-field}).
   */
  UNKNOWN_FIELD("unknown-field", Severity.ERROR),
  /** An unknown member was kept as an extension and will be written back ({@code extension-kept}). */
  EXTENSION_KEPT("extension-kept", Severity.INFO),
  /**
   * An unknown member inside money, a period, a code or a vocabulary's codes, which cannot keep extensions ({@code
   * field-dropped}).
   */
  FIELD_DROPPED("field-dropped", Severity.WARNING),

  // Structure: values that can never hold (most are also checked when a value is built)
  /**
   * A required member is missing (read) or blank (validate): ids, names, titles, descriptions of activities, donors,
   * units, codes ({@code required-field}).
   */
  REQUIRED_FIELD("required-field", Severity.ERROR),
  /**
   * A value outside its set: an unknown enumeration name, a malformed date or age band, an integer too large, a blank
   * label of a people figure ({@code invalid-value}).
   */
  INVALID_VALUE("invalid-value", Severity.ERROR),
  /** A people figure below zero ({@code negative-count}). */
  NEGATIVE_COUNT("negative-count", Severity.ERROR),
  /** An amount of money below zero ({@code negative-amount}). */
  NEGATIVE_AMOUNT("negative-amount", Severity.ERROR),
  /** A currency that is not an ISO 4217 code ({@code invalid-currency}). */
  INVALID_CURRENCY("invalid-currency", Severity.ERROR),
  /**
   * A country that is not an ISO 3166-1 alpha-3 code (XKX, Kosovo, is accepted as UN agencies use it) ({@code
   * invalid-country}).
   */
  INVALID_COUNTRY("invalid-country", Severity.ERROR),
  /** A period ends before it starts ({@code period-order}). */
  PERIOD_ORDER("period-order", Severity.ERROR),
  /** A breakdown cell names none of sex, age band, population group, location ({@code cell-without-dimension}). */
  CELL_WITHOUT_DIMENSION("cell-without-dimension", Severity.ERROR),
  /** A breakdown cell's figure is above the same figure of its total ({@code cell-exceeds-total}). */
  CELL_EXCEEDS_TOTAL("cell-exceeds-total", Severity.ERROR),
  /**
   * Two objectives, two sectors, two activities, two indicators or two vocabularies share an identifier (each kind has
   * its own namespace) ({@code duplicate-id}).
   */
  DUPLICATE_ID("duplicate-id", Severity.ERROR),
  /**
   * A code's vocabulary is neither built in nor declared in the plan's {@code vocabularies} ({@code
   * unknown-vocabulary}).
   */
  UNKNOWN_VOCABULARY("unknown-vocabulary", Severity.ERROR),
  /** A code is not in its vocabulary (a declared vocabulary without codes accepts any) ({@code unknown-code}). */
  UNKNOWN_CODE("unknown-code", Severity.ERROR),
  /**
   * A people figure is given as text ({@code "labels": {"targeted": "At risk communities"}}): without a number it
   * counts as not reported in every calculation, and reports show the text ({@code figure-label}).
   */
  FIGURE_LABEL("figure-label", Severity.INFO),

  // Consistency between figures
  /** An amount's currency differs from the first amount of the plan ({@code mixed-currency}). */
  MIXED_CURRENCY("mixed-currency", Severity.ERROR),
  /**
   * The requirements of the objectives (of a plan), sectors (of an objective) or activities (of a sector) add up to
   * more than the parent's ({@code requirements-exceed-parent}).
   */
  REQUIREMENTS_EXCEED_PARENT("requirements-exceed-parent", Severity.ERROR),
  /** Listed contributions add up to more than the published funding total ({@code contributions-exceed-total}). */
  CONTRIBUTIONS_EXCEED_TOTAL("contributions-exceed-total", Severity.WARNING),
  /**
   * An objective's, sector's or activity's people figure is above the same figure one level up (people are never summed
   * across parts, but no part counts more than its whole) ({@code people-exceed-parent}).
   */
  PEOPLE_EXCEED_PARENT("people-exceed-parent", Severity.WARNING),
  /** People targeted above people in need, at any level or in a breakdown cell ({@code targeted-exceeds-in-need}). */
  TARGETED_EXCEEDS_IN_NEED("targeted-exceeds-in-need", Severity.WARNING),
  /**
   * People reached above people targeted (over-achievement is real, so not an error) ({@code
   * reached-exceeds-targeted}).
   */
  REACHED_EXCEEDS_TARGETED("reached-exceeds-targeted", Severity.WARNING),
  /**
   * Breakdown cells naming the same dimensions (all {@code sex} cells, all {@code sex}+{@code ageBand} cells, ...) add
   * up to more than the total ({@code breakdown-sum-exceeds-total}).
   */
  BREAKDOWN_SUM_EXCEEDS_TOTAL("breakdown-sum-exceeds-total", Severity.ERROR),
  /**
   * The same combination of sex, age band, population group and location appears twice in one breakdown ({@code
   * duplicate-breakdown-cell}).
   */
  DUPLICATE_BREAKDOWN_CELL("duplicate-breakdown-cell", Severity.ERROR),
  /**
   * A breakdown or measurement location's country is not in the plan's operational presence (only when the plan states
   * one) ({@code location-outside-presence}).
   */
  LOCATION_OUTSIDE_PRESENCE("location-outside-presence", Severity.WARNING),
  /** A measurement's period is not inside the plan's period ({@code measurement-outside-period}). */
  MEASUREMENT_OUTSIDE_PERIOD("measurement-outside-period", Severity.WARNING),
  /** An indicator has two measurements for the same period and location ({@code duplicate-measurement}). */
  DUPLICATE_MEASUREMENT("duplicate-measurement", Severity.ERROR),
  /**
   * An indicator in {@code percent}, {@code ratio} or {@code rate} is aggregated by {@code sum} across periods or
   * locations ({@code ratio-summed}).
   */
  RATIO_SUMMED("ratio-summed", Severity.ERROR),
  /**
   * A CSV or HXL table exceeds one of its reader's {@code CsvLimits} (cells per row, cell or row length, hashtags,
   * cells of a table read whole) ({@code csv-limit}); the rows before it are kept.
   */
  CSV_LIMIT("csv-limit", Severity.ERROR);

  private final String code;
  private final Severity severity;

  Rule(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** {@return the stable code, such as {@code negative-count}; never changes once released} */
  public String code() {
    return code;
  }

  /** {@return the severity a finding of this rule has unless a caller escalates it} */
  public Severity severity() {
    return severity;
  }

  /**
   * The rule with a code.
   *
   * @param code a stable code such as {@code negative-count}, compared exactly (case matters)
   * @return the rule; empty when no rule has that code
   */
  public static Optional<Rule> fromCode(String code) {
    for (Rule r : values()) {
      if (r.code.equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
