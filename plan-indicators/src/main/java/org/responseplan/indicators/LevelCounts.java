package org.responseplan.indicators;

import java.util.OptionalLong;
import org.responseplan.model.PeopleCounts;

/**
 * In need, targeted and reached of one level or row as a rollup computed them, for the people calculators (the
 * other figures not reported).
 */
record LevelCounts(OptionalLong inNeed, OptionalLong targeted, OptionalLong reached) implements PeopleCounts {
  @Override
  public OptionalLong getTotalPopulation() {
    return OptionalLong.empty();
  }

  @Override
  public OptionalLong getAffected() {
    return OptionalLong.empty();
  }

  @Override
  public OptionalLong getInNeed() {
    return inNeed;
  }

  @Override
  public OptionalLong getTargeted() {
    return targeted;
  }

  @Override
  public OptionalLong getExpectedReach() {
    return OptionalLong.empty();
  }

  @Override
  public OptionalLong getReached() {
    return reached;
  }
}
