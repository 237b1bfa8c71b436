package org.responseplan.model;

import java.util.Optional;
import java.util.OptionalLong;

/** The people figures a plan states, from the widest to the narrowest. */
public enum PeopleMetric {
  /** The whole population of the area. */
  TOTAL_POPULATION("totalPopulation"),
  /** People affected by the crisis. */
  AFFECTED("affected"),
  /** People in need of assistance. */
  IN_NEED("inNeed"),
  /** People the plan targets. */
  TARGETED("targeted"),
  /** People the plan expects to reach with the funds it has. */
  EXPECTED_REACH("expectedReach"),
  /** People reached so far. */
  REACHED("reached");

  private final String jsonName;

  PeopleMetric(String jsonName) {
    this.jsonName = jsonName;
  }

  /** {@return the field name in JSON and in the model, such as {@code inNeed}} */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The figure of a JSON name.
   *
   * @param name a field name such as {@code inNeed} (case-sensitive)
   * @return the figure; empty when {@code name} names none of the six
   */
  public static Optional<PeopleMetric> fromJsonName(String name) {
    for (PeopleMetric m : values()) {
      if (m.jsonName.equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * Sets this figure on a builder of people figures or of a breakdown cell.
   *
   * @param builder a {@link PeopleFigures.Builder} or {@link PeopleCell.Builder} (any {@link PeopleCounts.Setter})
   * @param count the exact count of people; a negative count fails only when the value is built
   *     ({@code negative-count})
   * @param <B> the builder type
   * @return the builder, for chaining
   */
  public <B extends PeopleCounts.Setter<B>> B set(B builder, long count) {
    return switch (this) {
      case TOTAL_POPULATION -> builder.totalPopulation(count);
      case AFFECTED -> builder.affected(count);
      case IN_NEED -> builder.inNeed(count);
      case TARGETED -> builder.targeted(count);
      case EXPECTED_REACH -> builder.expectedReach(count);
      case REACHED -> builder.reached(count);
    };
  }

  /**
   * This figure of {@code counts}.
   *
   * @param counts people figures or a breakdown cell
   * @return the count; empty when not reported (never 0 for "not reported")
   */
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

  /**
   * The label of this figure of {@code figures}: the text a plan gives instead of (or beside) the number.
   *
   * @param figures people figures
   * @return the label; empty when there is none
   */
  public Optional<String> label(PeopleFigures figures) {
    return figures.label(this);
  }
}
