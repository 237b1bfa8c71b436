package org.responseplan.indicators;

import java.util.Optional;
import org.responseplan.model.validation.Rule;

/**
 * What can be wrong with a 5W {@link ActivityReport} row, by stable code. Four problems keep the row out of every
 * figure ({@link #rejectsRow()}); {@link #SPLIT_DOES_NOT_SUM} is a warning and the row is counted. Codes that the
 * plan validator also uses are those of {@link Rule} ({@link #rule()}); the others belong to 5W reports alone.
 *
 * <p>The constants are in the order of their codes, which is the order in which {@link ReachAggregator#problems()}
 * lists them.
 */
public enum FiveWProblem {
  /** The month is before 1900-01 or after 5460-12 (the range a 5W aggregation can hold). */
  INVALID_MONTH("invalid-month", true, null),
  /** A count (new, total, or a cell of the sex and age split) is below zero: {@link Rule#NEGATIVE_COUNT}. */
  NEGATIVE_COUNT(Rule.NEGATIVE_COUNT.code(), true, Rule.NEGATIVE_COUNT),
  /** Neither new beneficiaries nor total monthly beneficiaries are reported. */
  NO_FIGURES("no-figures", true, null),
  /** The sector or the country is blank: {@link Rule#REQUIRED_FIELD}. */
  REQUIRED_FIELD(Rule.REQUIRED_FIELD.code(), true, Rule.REQUIRED_FIELD),
  /**
   * A warning, the row is counted: the reported cells of the sex and age split do not add up to the new
   * beneficiaries (checked only when new beneficiaries are reported and no count is negative).
   */
  SPLIT_DOES_NOT_SUM("split-does-not-sum", false, null);

  private final String code;
  private final boolean rejectsRow;
  private final @org.jspecify.annotations.Nullable Rule rule;

  FiveWProblem(String code, boolean rejectsRow, @org.jspecify.annotations.Nullable Rule rule) {
    this.code = code;
    this.rejectsRow = rejectsRow;
    this.rule = rule;
  }

  /**
   * The stable code, such as {@code negative-count}.
   *
   * @return the code; never changes once released
   */
  public String code() {
    return code;
  }

  /**
   * Whether the problem keeps the row out of the figures.
   *
   * @return true for every problem but {@link #SPLIT_DOES_NOT_SUM}
   */
  public boolean rejectsRow() {
    return rejectsRow;
  }

  /**
   * The validation rule of the same code.
   *
   * @return the rule, or empty when the code belongs to 5W reports alone
   */
  public Optional<Rule> rule() {
    return Optional.ofNullable(rule);
  }

  /**
   * The problem of a code.
   *
   * @param code a code such as {@code no-figures}
   * @return the problem, or empty when no problem has that code
   */
  public static Optional<FiveWProblem> fromCode(String code) {
    for (FiveWProblem p : values()) {
      if (p.code.equals(code)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return code;
  }
}
