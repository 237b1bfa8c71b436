package org.responseplan.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import jakarta.validation.constraints.NotBlank;

/**
 * A sector, cluster or activity area of an objective, identified by a code within a vocabulary (an IASC cluster, an
 * R4V sector, an IOM activity area or a plan's own), with its activities, requirements, funding and people figures.
 */
@Value.Immutable
public abstract class Sector implements Extensible {
  Sector() {}

  /**
   * {@return the sector's identifier, unique among the plan's sectors (objective and plan-level alike); never blank}
   */
  @NotBlank
  public abstract String getId();

  /** {@return which sector this is, such as {@code iasc-cluster:HEA} or {@code iom-activity-area:basic-needs}} */
  @Valid
  public abstract Code getCode();

  /** {@return a description as free text; empty when not given} */
  public abstract Optional<String> getDescription();

  /** {@return the sector's activities, in the order given; empty when none is listed} */
  public abstract List<@Valid Activity> getActivities();

  /** {@return requirements of the sector as published; empty when not reported, which is not zero} */
  public abstract Optional<Money> getRequirements();

  /**
   * Requirements of the sector as first published, before any revision (FTS {@code origRequirements} of a cluster);
   * {@link #getRequirements()} stays the current, revised figure that coverage uses.
   *
   * @return the original requirements; empty when not reported (a cluster added in a revision has none), which is not
   *     zero
   */
  public abstract Optional<Money> getOriginalRequirements();

  /** {@return funding received for the sector; empty when not reported, which is not zero funding} */
  public abstract Optional<@Valid Funding> getFunding();

  /** {@return people figures of the sector; empty when none is reported} */
  public abstract Optional<@Valid PeopleFigures> getPeople();

  /**
   * {@return the inter-agency plans this sector contributes to ({@code plan-type:rmrp}, ...), in order; empty when not
   * given}
   */
  public abstract List<@Valid Code> getPlanTypes();

  /** {@return indicators monitored for this sector, in the order given; empty when none} */
  public abstract List<@Valid Indicator> getIndicators();

  /** {@return members the model has no field for, by JSON name, in order; empty when there are none} */
  @Override
  public abstract Map<String, RawJson> getExtensions();

  /**
   * Starts building a sector.
   *
   * @return a new, empty builder; {@code build()} throws {@link InvalidPlanException} ({@code required-field}) when the
   *     id or the code is not set, or naming the rule a value breaks
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sector}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableSector.Builder {
    Builder() {}
  }
}
