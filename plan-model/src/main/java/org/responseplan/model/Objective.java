package org.responseplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A strategic objective of a plan, with its target groups, figures and sectors. */
@Value.Immutable
public abstract class Objective implements Extensible {
  Objective() {}

  /** {@return the objective's identifier, unique among the plan's objectives; never blank} */
  @NotBlank
  public abstract String getId();

  /** {@return the objective's title as published, such as {@code SO1: Life-saving assistance}; never blank} */
  @NotBlank
  public abstract String getTitle();

  /**
   * {@return who and what the objective targets (people, communities, authorities, partners), as free text; empty when
   * not given}
   */
  public abstract Optional<String> getDescription();

  /**
   * {@return primary target groups as codes ({@code population-group:refugees}, ...), in the order given; empty when
   * not given}
   */
  public abstract List<@Valid Code> getTargetGroups();

  /** {@return requirements of the objective as published; empty when not reported, which is not zero} */
  public abstract Optional<Money> getRequirements();

  /** {@return funding received for the objective; empty when not reported, which is not zero funding} */
  public abstract Optional<@Valid Funding> getFunding();

  /** {@return people figures of the objective; empty when none is reported} */
  public abstract Optional<@Valid PeopleFigures> getPeople();

  /**
   * {@return the sectors under this objective, in the order given; empty when the objective has none (the plan may
   * still have sectors of its own, {@link Plan#getSectors()})}
   */
  public abstract List<@Valid Sector> getSectors();

  /** {@return indicators monitored for this objective, in the order given; empty when none} */
  public abstract List<@Valid Indicator> getIndicators();

  /** {@return members the model has no field for, by JSON name, in order; empty when there are none} */
  @Override
  public abstract Map<String, RawJson> getExtensions();

  /**
   * Starts building an objective.
   *
   * @return a new, empty builder; {@code build()} throws {@link InvalidPlanException} ({@code required-field}) when the
   *     id or the title is not set, or naming the rule a value breaks
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Objective}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
