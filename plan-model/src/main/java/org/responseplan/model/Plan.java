package org.responseplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A humanitarian response plan: its identity and period, headline figures, strategic objectives with their sectors
 * and activities (or sectors of its own, for plans organised by cluster), funding, indicators and the vocabularies
 * its codes come from.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .id("example-2022")
 *     .name("Example response plan 2022")
 *     .period(Period.year(2022))
 *     .requirements(Money.of("1000000", "USD"))
 *     .addObjectives(objective)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Plan implements Extensible {
  Plan() {}

  /** The plan's identifier, unique among the plans a user handles. */
  @NotBlank
  public abstract String getId();

  /** A published code, such as the FTS or HPC plan code ({@code HVEN22}). */
  public abstract Optional<String> getCode();

  @NotBlank
  public abstract String getName();

  public abstract Optional<@Valid Code> getPlanType();

  public abstract List<String> getAppealingOrganisations();

  public abstract Optional<Period> getPeriod();

  public abstract Optional<LocalDate> getLastUpdated();

  /** The date the plan's figures refer to, when it differs from the publication date. */
  public abstract Optional<LocalDate> getFiguresAsOf();

  public abstract Optional<String> getVision();

  /** Where the plan operates, usually whole countries. */
  public abstract List<@Valid Location> getOperationalPresence();

  /** Headline requirements for the whole plan. */
  public abstract Optional<Money> getRequirements();

  /** Headline (intersectoral) people figures. */
  public abstract Optional<@Valid PeopleFigures> getPeople();

  public abstract Optional<@Valid Funding> getFunding();

  public abstract List<@Valid Objective> getObjectives();

  /**
   * Sectors (clusters) that belong to no objective, as OCHA's response plans and FTS and HPC data have them: there a
   * plan's clusters stand beside its strategic objectives rather than under them.
   */
  public abstract List<@Valid Sector> getSectors();

  public abstract List<@Valid Indicator> getIndicators();

  public abstract List<String> getDonors();

  /** Vocabularies of the plan's own, or additions to built-in ones (same identifier). */
  public abstract List<@Valid Vocabulary> getVocabularies();

  @Override
  public abstract Map<String, RawJson> getExtensions();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }
}
