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

  /**
   * {@return the plan's identifier, unique among the plans a user handles, such as {@code example-2022}; never blank}
   */
  @NotBlank
  public abstract String getId();

  /** {@return a published code, such as the FTS or HPC plan code ({@code HVEN22}); empty when not given} */
  public abstract Optional<String> getCode();

  /** {@return the plan's name as published, such as {@code Venezuela Humanitarian Response Plan 2022}; never blank} */
  @NotBlank
  public abstract String getName();

  /**
   * {@return the kind of plan, a code of the {@code plan-type} vocabulary ({@code plan-type:hrp}, {@code
   * plan-type:rmrp}, ...); empty when not given}
   */
  public abstract Optional<@Valid Code> getPlanType();

  /**
   * {@return the organisations that appeal for the plan's funds, as named by the source, in the order given; empty when
   * not given}
   */
  public abstract List<String> getAppealingOrganisations();

  /** {@return the days the plan covers, both ends included; empty when not given} */
  public abstract Optional<Period> getPeriod();

  /** {@return the day the plan (or its source) was last updated; empty when not given} */
  public abstract Optional<LocalDate> getLastUpdated();

  /**
   * {@return the day the plan's figures refer to, when it differs from the publication date; empty when not given (the
   * figures are then as of {@link #getLastUpdated()}, if known)}
   */
  public abstract Optional<LocalDate> getFiguresAsOf();

  /** {@return the plan's vision or strategic statement, as free text; empty when not given} */
  public abstract Optional<String> getVision();

  /**
   * {@return where the plan operates, usually whole countries (ISO 3166-1 alpha-3); empty when the plan does not say,
   * in which case no location is checked against it}
   */
  public abstract List<@Valid Location> getOperationalPresence();

  /**
   * {@return headline requirements for the whole plan, as published (not the sum of its parts); empty when not
   * reported, which is not zero}
   */
  public abstract Optional<Money> getRequirements();

  /**
   * Requirements as first published, before any revision (FTS {@code origRequirements}). {@link #getRequirements()}
   * stays the current figure (FTS {@code revisedRequirements}), which is the one funding coverage divides by, as FTS
   * does; the original is kept to show how the plan was revised.
   *
   * @return the original requirements; empty when the source does not report them, which is not zero (an
   *     unrevised plan may give the same figure as {@link #getRequirements()}, or leave this empty)
   */
  public abstract Optional<Money> getOriginalRequirements();

  /**
   * {@return headline (intersectoral) people figures, each an exact count of people; empty when the plan reports none
   * (a figure inside may also be not reported)}
   */
  public abstract Optional<@Valid PeopleFigures> getPeople();

  /**
   * {@return funding received by the plan as a whole (published total, contributions or both); empty when not reported,
   * which is not zero funding}
   */
  public abstract Optional<@Valid Funding> getFunding();

  /**
   * {@return the strategic objectives, in the order given; empty for a plan organised by cluster only (see {@link
   * #getSectors()})}
   */
  public abstract List<@Valid Objective> getObjectives();

  /**
   * Sectors (clusters) that belong to no objective, as OCHA's response plans and FTS and HPC data have them: there a
   * plan's clusters stand beside its strategic objectives rather than under them. Code that walks only
   * {@link #getObjectives()} misses these.
   *
   * @return the plan-level sectors, in the order given; empty when every sector belongs to an objective
   */
  public abstract List<@Valid Sector> getSectors();

  /** {@return the plan-wide indicators, in the order given; empty when the plan monitors none at this level} */
  public abstract List<@Valid Indicator> getIndicators();

  /**
   * {@return the donors named by the source, in the order given; empty when not given (contributions name their donors
   * too)}
   */
  public abstract List<String> getDonors();

  /**
   * Vocabularies of the plan's own, or additions to built-in ones (same identifier).
   *
   * @return the declared vocabularies, in the order given; empty when the plan uses only built-in ones
   */
  public abstract List<@Valid Vocabulary> getVocabularies();

  /**
   * {@return members the model has no field for, by JSON name, in the order read or added; empty when there are none}
   */
  @Override
  public abstract Map<String, RawJson> getExtensions();

  /**
   * Starts building a plan.
   *
   * @return a new, empty builder; {@code build()} throws {@link InvalidPlanException} ({@code required-field}) when the
   *     id or the name is not set, or naming the rule a value breaks
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }
}
