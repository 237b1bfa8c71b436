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

  /** Unique within the plan. */
  @NotBlank
  public abstract String getId();

  /** Which sector this is, such as {@code iasc-cluster:HEA} or {@code iom-activity-area:basic-needs}. */
  @Valid
  public abstract Code getCode();

  public abstract Optional<String> getDescription();

  public abstract List<@Valid Activity> getActivities();

  public abstract Optional<Money> getRequirements();

  public abstract Optional<@Valid Funding> getFunding();

  public abstract Optional<@Valid PeopleFigures> getPeople();

  /** The inter-agency plans this sector contributes to ({@code plan-type:rmrp}, ...). */
  public abstract List<@Valid Code> getPlanTypes();

  public abstract List<@Valid Indicator> getIndicators();

  @Override
  public abstract Map<String, RawJson> getExtensions();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sector}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableSector.Builder {
    Builder() {}
  }
}
