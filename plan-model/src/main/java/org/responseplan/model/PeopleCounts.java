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
