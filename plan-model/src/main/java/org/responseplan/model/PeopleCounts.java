package org.responseplan.model;

import java.util.OptionalLong;
import org.responseplan.model.validation.Rule;

/**
 * The six people figures, each an exact count of people or empty when not reported. An empty figure is never zero:
 * "not reported" and "none" are different facts. Negative counts cannot be built.
 */
public interface PeopleCounts {
  /** {@return the total population of the area, in people; empty when not reported (never 0 for that)} */
  OptionalLong getTotalPopulation();

  /** {@return people affected by the crisis; empty when not reported} */
  OptionalLong getAffected();

  /** {@return people in need of assistance; empty when not reported} */
  OptionalLong getInNeed();

  /**
   * {@return people the plan targets; empty when not reported (a figure given only as a label counts as not reported)}
   */
  OptionalLong getTargeted();

  /** {@return people the plan expects to reach with the funds it has; empty when not reported} */
  OptionalLong getExpectedReach();

  /** {@return people reached so far; empty when not reported} */
  OptionalLong getReached();

  /**
   * The setter side of the six figures: the builders of {@link PeopleFigures} and {@link PeopleCell} implement it, so
   * that {@link PeopleMetric#set(Setter, long)} can set a figure by its metric.
   *
   * @param <B> the builder type each setter returns
   */
  interface Setter<B extends Setter<B>> {
    /**
     * Sets the total population.
     *
     * @param count an exact count of people (a negative count fails when the value is built)
     * @return this builder
     */
    B totalPopulation(long count);

    /**
     * Sets the people affected.
     *
     * @param count an exact count of people (a negative count fails when the value is built)
     * @return this builder
     */
    B affected(long count);

    /**
     * Sets the people in need.
     *
     * @param count an exact count of people (a negative count fails when the value is built)
     * @return this builder
     */
    B inNeed(long count);

    /**
     * Sets the people targeted.
     *
     * @param count an exact count of people (a negative count fails when the value is built)
     * @return this builder
     */
    B targeted(long count);

    /**
     * Sets the people expected to be reached.
     *
     * @param count an exact count of people (a negative count fails when the value is built)
     * @return this builder
     */
    B expectedReach(long count);

    /**
     * Sets the people reached.
     *
     * @param count an exact count of people (a negative count fails when the value is built)
     * @return this builder
     */
    B reached(long count);
  }

  /** {@return true when none of the six figures is reported} */
  default boolean isEmpty() {
    for (PeopleMetric m : PeopleMetric.values()) {
      if (m.of(this).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks that no figure is negative; used when figures and cells are built.
   *
   * @param counts the figures to check
   * @param prefix the field path of {@code counts} relative to the value being built, with a trailing slash, or {@code
   *     ""}
   * @throws InvalidPlanException on the first negative figure ({@code negative-count}), naming it relative to {@code
   *     prefix}
   */
  static void requireNonNegative(PeopleCounts counts, String prefix) {
    for (PeopleMetric m : PeopleMetric.values()) {
      OptionalLong v = m.of(counts);
      if (v.isPresent() && v.getAsLong() < 0) {
        throw new InvalidPlanException(Rule.NEGATIVE_COUNT, prefix + m.jsonName(), v.getAsLong(),
            "must not be negative (a count of people)");
      }
    }
  }

  /**
   * In need, targeted and reached as given, the other three figures not reported: the figures a calculator reads of
   * a level or row that is not a model value (a rollup's row, a SQL group). Not checked: a negative figure is kept as
   * it is, for the caller to report.
   *
   * @param inNeed people in need; empty when not reported
   * @param targeted people targeted; empty when not reported
   * @param reached people reached; empty when not reported
   * @return the figures, by name
   */
  static PeopleCounts of(OptionalLong inNeed, OptionalLong targeted, OptionalLong reached) {
    return new NeedTargetReach(inNeed, targeted, reached);
  }
}
