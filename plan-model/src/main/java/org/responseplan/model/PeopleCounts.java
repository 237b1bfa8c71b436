package org.responseplan.model;

import java.util.OptionalLong;
import org.responseplan.model.validation.Rule;

/**
 * The six people figures, each an exact count of people or empty when not reported. An empty figure is never zero:
 * "not reported" and "none" are different facts. Negative counts cannot be built.
 */
public interface PeopleCounts {
  OptionalLong getTotalPopulation();

  OptionalLong getAffected();

  OptionalLong getInNeed();

  OptionalLong getTargeted();

  OptionalLong getExpectedReach();

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

  /** True when no figure is reported. */
  default boolean isEmpty() {
    for (PeopleMetric m : PeopleMetric.values()) {
      if (m.of(this).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /** Fails with {@link Rule#NEGATIVE_COUNT} on the first negative figure, naming it relative to {@code prefix}. */
  static void requireNonNegative(PeopleCounts counts, String prefix) {
    for (PeopleMetric m : PeopleMetric.values()) {
      OptionalLong v = m.of(counts);
      if (v.isPresent() && v.getAsLong() < 0) {
        throw new InvalidPlanException(Rule.NEGATIVE_COUNT, prefix + m.jsonName(), v.getAsLong(),
            "must not be negative (a count of people)");
      }
    }
  }
}
