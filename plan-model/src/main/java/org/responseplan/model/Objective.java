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

  /** Unique within the plan. */
  @NotBlank
  public abstract String getId();

  @NotBlank
  public abstract String getTitle();

  /** Who and what the objective targets: people, communities, authorities, partners. */
  public abstract Optional<String> getDescription();

  /** Primary target groups ({@code population-group:refugees}, ...). */
  public abstract List<@Valid Code> getTargetGroups();

  public abstract Optional<Money> getRequirements();

  public abstract Optional<@Valid Funding> getFunding();

  public abstract Optional<@Valid PeopleFigures> getPeople();

  public abstract List<@Valid Sector> getSectors();

  public abstract List<@Valid Indicator> getIndicators();

  @Override
  public abstract Map<String, RawJson> getExtensions();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Objective}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
