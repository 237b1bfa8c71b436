package org.responseplan.model;

import java.util.OptionalLong;

/** In need, targeted and reached, the other figures not reported: {@link PeopleCounts#of}. */
record NeedTargetReach(OptionalLong inNeed, OptionalLong targeted, OptionalLong reached) implements PeopleCounts {
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
