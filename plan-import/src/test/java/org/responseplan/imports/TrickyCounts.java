package org.responseplan.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table of tricky counts of people and what every importer must make of each (docs/formats/values.md). Each
 * importer's test puts every input where its format carries a count and asserts the same outcome.
 */
public final class TrickyCounts {
  private TrickyCounts() {}

  /**
   * What a count reads as.
   *
   * @param count the count, when read
   * @param rule the rule code of the finding, when the value is a problem; null when read or blank
   */
  public record Outcome(@Nullable Long count, @Nullable String rule) {
    public static Outcome count(long n) {
      return new Outcome(n, null);
    }

    public static Outcome blank() {
      return new Outcome(null, null);
    }

    public static Outcome problem(String rule) {
      return new Outcome(null, rule);
    }

    @Override
    public String toString() {
      return count != null ? "count " + count : rule != null ? rule : "not reported";
    }
  }

  /**
   * A tricky count.
   *
   * @param input the text of the value (in JSON sources, a string holding it)
   * @param expected what every importer makes of it
   */
  public record Case(String input, Outcome expected) {}

  private static final String INVALID = "invalid-value";
  private static final String NEGATIVE = "negative-count";

  /** The table. */
  public static final List<Case> CASES = List.of(
      new Case("1234", Outcome.count(1234)),
      new Case(" 1234 ", Outcome.count(1234)),
      new Case("+1234", Outcome.count(1234)),
      new Case("0", Outcome.count(0)),
      new Case("-0", Outcome.count(0)),
      new Case("1,234", Outcome.count(1234)),
      new Case("1,234,567", Outcome.count(1234567)),
      new Case("1.0", Outcome.count(1)),
      new Case("12.00", Outcome.count(12)),
      new Case("1e5", Outcome.count(100000)),
      new Case("1E+05", Outcome.count(100000)),
      new Case("1.2E+07", Outcome.count(12000000)),
      new Case("1.5e1", Outcome.count(15)),
      new Case("9223372036854775807", Outcome.count(Long.MAX_VALUE)),
      new Case("", Outcome.blank()),
      new Case("   ", Outcome.blank()),
      new Case("1.5", Outcome.problem(INVALID)),
      new Case("1.234", Outcome.problem(INVALID)),
      new Case("1e-1", Outcome.problem(INVALID)),
      new Case("2114.982659", Outcome.problem(INVALID)),
      new Case("-5", Outcome.problem(NEGATIVE)),
      new Case("-1,234", Outcome.problem(NEGATIVE)),
      new Case("-1.5", Outcome.problem(INVALID)),
      new Case("9223372036854775808", Outcome.problem(INVALID)),
      new Case("1e19", Outcome.problem(INVALID)),
      new Case("1,23", Outcome.problem(INVALID)),
      new Case("1234,567", Outcome.problem(INVALID)),
      new Case("1,,234", Outcome.problem(INVALID)),
      new Case("1,234e3", Outcome.problem(INVALID)),
      new Case("1.", Outcome.problem(INVALID)),
      new Case(".5", Outcome.problem(INVALID)),
      new Case("1e", Outcome.problem(INVALID)),
      new Case("1 234", Outcome.problem(INVALID)),
      new Case("1\u00A0234", Outcome.problem(INVALID)),
      new Case("0,125", Outcome.problem(INVALID)),
      new Case("1.500.000", Outcome.problem(INVALID)),
      new Case("\uFF11\uFF12\uFF13", Outcome.problem(INVALID)),
      new Case("1.234,5", Outcome.problem(INVALID)),
      new Case("abc", Outcome.problem(INVALID)),
      new Case("n/a", Outcome.problem(INVALID)),
      new Case("NaN", Outcome.problem(INVALID)),
      new Case("0x10", Outcome.problem(INVALID)),
      new Case("\u0661\u0662\u0663", Outcome.problem(INVALID)));
}
