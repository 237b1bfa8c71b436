package org.responseplan.indicators;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Contribution;
import org.responseplan.model.ContributionStatus;
import org.responseplan.model.Funding;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;

/**
 * The money figures of one level, the inputs of the funding calculators: requirements, funding and pledges. Each
 * figure has a name, so that requirements and funding cannot be given in each other's place:
 *
 * <pre>{@code
 * Calculators.fundingCoverage(FundingFigures.of(plan));
 * Calculators.fundingGap(FundingFigures.builder().requirements(Money.of("100", "USD")).funding(Money.of("40", "USD")).build());
 * }</pre>
 *
 * <p><b>The one way to get a level's funding</b> is {@link #of(Plan)} (or of an objective or a sector) and
 * {@link #funding()}: the published total when there is one; otherwise the sum of the contributions that are paid,
 * committed or of unknown status (pledges are not funding yet: {@link #pledged()} gives them apart); zero when every
 * contribution is only pledged. {@link Funding#getTotal()} alone is the published total only, and misses a level
 * that lists contributions without a total.
 */
public final class FundingFigures {
  private final @Nullable Money requirements;
  private final @Nullable Money funding;
  private final @Nullable Money pledged;

  private FundingFigures(@Nullable Money requirements, @Nullable Money funding, @Nullable Money pledged) {
    this.requirements = requirements;
    this.funding = funding;
    this.pledged = pledged;
  }

  /**
   * The money figures the plan states at its own level (not computed from its objectives and sectors: that is what
   * {@link PlanRollup} does).
   *
   * @param plan the plan
   * @return its requirements, funding and pledges, each empty when not reported
   */
  public static FundingFigures of(Plan plan) {
    return of(plan.getRequirements(), plan.getFunding());
  }

  /**
   * The money figures an objective states.
   *
   * @param objective the objective
   * @return its requirements, funding and pledges, each empty when not reported
   */
  public static FundingFigures of(Objective objective) {
    return of(objective.getRequirements(), objective.getFunding());
  }

  /**
   * The money figures a sector states.
   *
   * @param sector the sector
   * @return its requirements, funding and pledges, each empty when not reported
   */
  public static FundingFigures of(Sector sector) {
    return of(sector.getRequirements(), sector.getFunding());
  }

  private static FundingFigures of(Optional<Money> requirements, Optional<Funding> funding) {
    return new FundingFigures(requirements.orElse(null), received(funding).orElse(null),
        funding.flatMap(f -> sum(f.getContributions(), c -> isPledge(c))).orElse(null));
  }

  /**
   * Money figures given one by one, by name (such as figures computed elsewhere, or read from a table).
   *
   * @return a builder with no figure reported
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The money asked for.
   *
   * @return the requirements; empty when not reported (never zero in its place)
   */
  public Optional<Money> requirements() {
    return Optional.ofNullable(requirements);
  }

  /**
   * The money received: see the class comment for the rule.
   *
   * @return the funding; empty when no total and no contribution is reported, or when the contributions counted
   *     are in several currencies
   */
  public Optional<Money> funding() {
    return Optional.ofNullable(funding);
  }

  /**
   * The sum of the contributions only pledged, which are not {@linkplain #funding() funding} yet.
   *
   * @return the pledges; empty when there are none, when the pledges are in several currencies, or when the figures
   *     were built with {@link #builder()}
   */
  public Optional<Money> pledged() {
    return Optional.ofNullable(pledged);
  }

  /** The funding rule of the class comment, on a level's {@link Funding}. */
  static Optional<Money> received(Optional<Funding> funding) {
    if (funding.isEmpty()) {
      return Optional.empty();
    }
    if (funding.get().getTotal().isPresent()) {
      return funding.get().getTotal();
    }
    List<Contribution> contributions = funding.get().getContributions();
    Optional<Money> received = sum(contributions, c -> !isPledge(c));
    if (received.isEmpty() && !contributions.isEmpty() && contributions.stream().allMatch(FundingFigures::isPledge)) {
      return Optional.of(Money.zero(contributions.get(0).getAmount().currency())); // pledged only: none received yet
    }
    return received;
  }

  private static boolean isPledge(Contribution c) {
    return c.getStatus().orElse(null) == ContributionStatus.PLEDGED;
  }

  private static Optional<Money> sum(List<Contribution> contributions, Predicate<Contribution> include) {
    Money total = null;
    for (Contribution c : contributions) {
      if (!include.test(c)) {
        continue;
      }
      if (total != null && !total.currency().equals(c.getAmount().currency())) {
        return Optional.empty();
      }
      total = total == null ? c.getAmount() : total.plus(c.getAmount());
    }
    return Optional.ofNullable(total);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FundingFigures f && Objects.equals(requirements, f.requirements)
        && Objects.equals(funding, f.funding) && Objects.equals(pledged, f.pledged);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requirements, funding, pledged);
  }

  /** Such as {@code requirements 100 USD, funding 40 USD}; a figure not reported says so. */
  @Override
  public String toString() {
    return "requirements " + text(requirements) + ", funding " + text(funding)
        + (pledged == null ? "" : ", pledged " + pledged);
  }

  private static String text(@Nullable Money m) {
    return m == null ? Calculators.NOT_REPORTED : m.toString();
  }

  /** Builds {@link FundingFigures} figure by figure; obtained from {@link FundingFigures#builder()}. */
  public static final class Builder {
    private @Nullable Money requirements;
    private @Nullable Money funding;

    private Builder() {}

    /**
     * Sets the requirements.
     *
     * @param requirements the money asked for; null when not reported (the default)
     * @return this builder
     */
    public Builder requirements(@Nullable Money requirements) {
      this.requirements = requirements;
      return this;
    }

    /**
     * Sets the funding, the money received.
     *
     * @param funding the money received; null when not reported (the default)
     * @return this builder
     */
    public Builder funding(@Nullable Money funding) {
      this.funding = funding;
      return this;
    }

    /**
     * The figures set so far.
     *
     * @return the figures, with no pledges
     */
    public FundingFigures build() {
      return new FundingFigures(requirements, funding, null);
    }
  }
}
