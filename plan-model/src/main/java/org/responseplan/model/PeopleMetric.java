package org.responseplan.model;

import java.util.OptionalLong;

/** The people figures a plan states, from the widest to the narrowest. */
public enum PeopleMetric {
  TOTAL_POPULATION("totalPopulation"),
  AFFECTED("affected"),
  IN_NEED("inNeed"),
  TARGETED("targeted"),
  EXPECTED_REACH("expectedReach"),
  REACHED("reached");

  private final String jsonName;

  PeopleMetric(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The field name in JSON and in the model ({@code inNeed}). */
  public String jsonName() {
    return jsonName;
  }

  /** This figure of {@code counts}; empty when not reported. */
  public OptionalLong of(PeopleCounts counts) {
    return switch (this) {
      case TOTAL_POPULATION -> counts.getTotalPopulation();
      case AFFECTED -> counts.getAffected();
      case IN_NEED -> counts.getInNeed();
      case TARGETED -> counts.getTargeted();
      case EXPECTED_REACH -> counts.getExpectedReach();
      case REACHED -> counts.getReached();
    };
  }
}
