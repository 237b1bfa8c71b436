package org.responseplan.indicators;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.Contribution;
import org.responseplan.model.ContributionStatus;
import org.responseplan.model.Funding;
import org.responseplan.model.Money;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Sex;

/**
 * Every indicator formula of the library, each returning a {@link Calculation} with its inputs. Arithmetic is exact;
 * a missing or zero denominator gives an undefined result with the reason, never 0. Values above 100 % are kept.
 *
 * <pre>{@code
 * Calculation c = Calculators.fundingCoverage(Optional.of(Money.of("150", "USD")), Optional.of(Money.of("100", "USD")));
 * c.percent(Rounding.FTS);   // Optional[150.00]
 * }</pre>
 */
public final class Calculators {
  private Calculators() {}

  static final String NOT_REPORTED = "not reported";

  // ---- funding ----

  /** Funding coverage = funding / requirements. */
  public static Calculation fundingCoverage(Optional<Money> funding, Optional<Money> requirements) {
    String name = "funding coverage";
    String formula = "funding / requirements";
    Map<String, String> in = inputs("funding", funding, "requirements", requirements);
    if (requirements.isEmpty()) {
      return Calculation.undefined(name, formula, in, "ratio", Undefined.DENOMINATOR_NOT_REPORTED);
    }
    if (funding.isEmpty()) {
      return Calculation.undefined(name, formula, in, "ratio", Undefined.NUMERATOR_NOT_REPORTED);
    }
    if (!funding.get().currency().equals(requirements.get().currency())) {
      return Calculation.undefined(name, formula, in, "ratio", Undefined.CURRENCIES_DIFFER);
    }
    if (requirements.get().isZero()) {
      return Calculation.undefined(name, formula, in, "ratio", Undefined.DENOMINATOR_ZERO);
    }
    return Calculation.of(name, formula, in,
        funding.get().amount().divide(requirements.get().amount(), Calculation.PRECISION), "ratio");
  }

  /** Funding gap = requirements - funding, floored at zero (over-funding is reported by {@link #overFunding}). */
  public static Calculation fundingGap(Optional<Money> requirements, Optional<Money> funding) {
    return difference("funding gap", "max(0, requirements - funding)", requirements, funding, false);
  }

  /** Over-funding = funding - requirements, floored at zero. */
  public static Calculation overFunding(Optional<Money> requirements, Optional<Money> funding) {
    return difference("over-funding", "max(0, funding - requirements)", requirements, funding, true);
  }

  private static Calculation difference(String name, String formula, Optional<Money> requirements,
      Optional<Money> funding, boolean fundingFirst) {
    Map<String, String> in = inputs("requirements", requirements, "funding", funding);
    String unit = requirements.or(() -> funding).map(Money::currency).orElse("");
    if (requirements.isEmpty()) {
      return Calculation.undefined(name, formula, in, unit, Undefined.DENOMINATOR_NOT_REPORTED);
    }
    if (funding.isEmpty()) {
      return Calculation.undefined(name, formula, in, unit, Undefined.NUMERATOR_NOT_REPORTED);
    }
    if (!funding.get().currency().equals(requirements.get().currency())) {
      return Calculation.undefined(name, formula, in, unit, Undefined.CURRENCIES_DIFFER);
    }
    BigDecimal d = fundingFirst
        ? funding.get().amount().subtract(requirements.get().amount())
        : requirements.get().amount().subtract(funding.get().amount());
    return Calculation.of(name, formula, in, d.max(BigDecimal.ZERO), unit);
  }

  /**
   * Funding received at a level: the published total when there is one; otherwise the sum of contributions that are
   * paid, committed or of unknown status (pledges are not funding yet: see {@link #pledged}); zero when every
   * contribution is only pledged. Empty when neither is reported, or when contributions mix currencies.
   */
  public static Optional<Money> fundingReceived(Optional<Funding> funding) {
    if (funding.isEmpty()) {
      return Optional.empty();
    }
    if (funding.get().getTotal().isPresent()) {
      return funding.get().getTotal();
    }
    List<Contribution> contributions = funding.get().getContributions();
    Optional<Money> received = sum(contributions, c -> c.getStatus().orElse(null) != ContributionStatus.PLEDGED);
    if (received.isEmpty() && !contributions.isEmpty()
        && contributions.stream().allMatch(c -> c.getStatus().orElse(null) == ContributionStatus.PLEDGED)) {
      return Optional.of(Money.zero(contributions.get(0).getAmount().currency())); // pledged only: none received yet
    }
    return received;
  }

  /** The sum of pledged contributions; empty when there are none. */
  public static Optional<Money> pledged(Optional<Funding> funding) {
    return funding.flatMap(f -> sum(f.getContributions(),
        c -> c.getStatus().orElse(null) == ContributionStatus.PLEDGED));
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

  // ---- people ----

  /** Need coverage = people targeted / people in need. */
  public static Calculation needCoverage(OptionalLong targeted, OptionalLong inNeed) {
    return ratio("need coverage", "targeted / in need", "targeted", targeted, "in need", inNeed);
  }

  /** Reach coverage = people reached / people targeted (above 1 is over-achievement, kept). */
  public static Calculation reachCoverage(OptionalLong reached, OptionalLong targeted) {
    return ratio("reach coverage", "reached / targeted", "reached", reached, "targeted", targeted);
  }

  /** A share = part / whole, such as women and girls among people targeted. */
  public static Calculation share(String indicator, OptionalLong part, OptionalLong whole) {
    return ratio(indicator, "part / whole", "part", part, "whole", whole);
  }

  private static Calculation ratio(String name, String formula, String numName, OptionalLong num,
      String denName, OptionalLong den) {
    Map<String, String> in = new LinkedHashMap<>();
    in.put(numName, text(num));
    in.put(denName, text(den));
    if (den.isEmpty()) {
      return Calculation.undefined(name, formula, in, "ratio", Undefined.DENOMINATOR_NOT_REPORTED);
    }
    if (num.isEmpty()) {
      return Calculation.undefined(name, formula, in, "ratio", Undefined.NUMERATOR_NOT_REPORTED);
    }
    if (den.getAsLong() == 0) {
      return Calculation.undefined(name, formula, in, "ratio", Undefined.DENOMINATOR_ZERO);
    }
    return Calculation.of(name, formula, in,
        BigDecimal.valueOf(num.getAsLong()).divide(BigDecimal.valueOf(den.getAsLong()), Calculation.PRECISION),
        "ratio");
  }

  /** Cost per person targeted = requirements / people targeted. */
  public static Calculation costPerPersonTargeted(Optional<Money> requirements, OptionalLong targeted) {
    String name = "cost per person targeted";
    String formula = "requirements / targeted";
    Map<String, String> in = new LinkedHashMap<>();
    in.put("requirements", requirements.map(Money::toString).orElse(NOT_REPORTED));
    in.put("targeted", text(targeted));
    String unit = requirements.map(m -> m.currency() + " per person").orElse("per person");
    if (targeted.isEmpty()) {
      return Calculation.undefined(name, formula, in, unit, Undefined.DENOMINATOR_NOT_REPORTED);
    }
    if (requirements.isEmpty()) {
      return Calculation.undefined(name, formula, in, unit, Undefined.NUMERATOR_NOT_REPORTED);
    }
    if (targeted.getAsLong() == 0) {
      return Calculation.undefined(name, formula, in, unit, Undefined.DENOMINATOR_ZERO);
    }
    return Calculation.of(name, formula, in,
        requirements.get().amount().divide(BigDecimal.valueOf(targeted.getAsLong()), Calculation.PRECISION), unit);
  }

  /**
   * Progress towards a target = (achieved - baseline) / (target - baseline). Without a baseline, progress is
   * measured from zero (achieved / target), and the inputs say so.
   */
  public static Calculation progress(Optional<BigDecimal> achieved, Optional<BigDecimal> baseline,
      Optional<BigDecimal> target) {
    String name = "progress";
    String formula = baseline.isPresent() ? "(achieved - baseline) / (target - baseline)" : "achieved / target";
    Map<String, String> in = new LinkedHashMap<>();
    in.put("achieved", achieved.map(BigDecimal::toPlainString).orElse(NOT_REPORTED));
    in.put("baseline", baseline.map(BigDecimal::toPlainString).orElse("none (progress from 0)"));
    in.put("target", target.map(BigDecimal::toPlainString).orElse(NOT_REPORTED));
    if (target.isEmpty()) {
      return Calculation.undefined(name, formula, in, "ratio", Undefined.DENOMINATOR_NOT_REPORTED);
    }
    if (achieved.isEmpty()) {
      return Calculation.undefined(name, formula, in, "ratio", Undefined.NUMERATOR_NOT_REPORTED);
    }
    BigDecimal base = baseline.orElse(BigDecimal.ZERO);
    BigDecimal span = target.get().subtract(base);
    if (span.signum() == 0) {
      return Calculation.undefined(name, formula, in, "ratio",
          baseline.isPresent() ? Undefined.TARGET_EQUALS_BASELINE : Undefined.DENOMINATOR_ZERO);
    }
    return Calculation.of(name, formula, in, achieved.get().subtract(base).divide(span, Calculation.PRECISION),
        "ratio");
  }

  // ---- disaggregation shares ----
  // Each share is part / whole over one consistent set of breakdown cells, the whole being the sum of that set
  // (never the level's total): see BreakdownShare and the README's "Shares".

  /**
   * Share of women and girls (sex female) in one figure, from the breakdown: female cells / all cells by sex, over the
   * cells of the fewest dimensions that name a sex (at one admin level when they name a location).
   *
   * @param people the figures whose breakdown is used
   * @param metric the figure, such as {@link PeopleMetric#TARGETED}
   * @return the share with its inputs: {@code part}, {@code whole}, {@code cells} (the set used) and, when the cells
   *     do not hold the level's whole total, {@code coverage}; undefined when no cell by sex reports the figure (the
   *     part is not reported) or the cells add up to zero
   */
  public static Calculation womenAndGirlsShare(PeopleFigures people, PeopleMetric metric) {
    return BreakdownShare.of("share of women and girls", people, metric, c -> c.getSex().isPresent(),
        c -> c.getSex().get() == Sex.FEMALE);
  }

  /**
   * Share of children (age bands ending at 17 or below) in one figure, from the breakdown: children's cells / all
   * cells by age band, chosen as for {@link #womenAndGirlsShare}.
   *
   * @param people the figures whose breakdown is used
   * @param metric the figure
   * @return the share with its inputs, as for {@link #womenAndGirlsShare}; undefined when no cell by age band reports
   *     the figure or they add up to zero
   */
  public static Calculation childrenShare(PeopleFigures people, PeopleMetric metric) {
    return BreakdownShare.of("share of children", people, metric, c -> c.getAgeBand().isPresent(),
        c -> isChild(c.getAgeBand().get()));
  }

  /**
   * The share of each population group in one figure, from the breakdown: the group's cells / all cells by
   * population group, chosen as for {@link #womenAndGirlsShare}, in the order groups first appear.
   *
   * @param people the figures whose breakdown is used
   * @param metric the figure
   * @return one share per group; empty when no cell names a population group
   */
  public static Map<Code, Calculation> populationGroupShares(PeopleFigures people, PeopleMetric metric) {
    Map<Code, Calculation> shares = new LinkedHashMap<>();
    for (PeopleCell cell : people.getBreakdown()) {
      if (cell.isSubset()) {
        continue; // people also counted in the other cells
      }
      cell.getPopulationGroup().ifPresent(g -> shares.computeIfAbsent(g, k -> BreakdownShare.of(
          "share of " + k.getCode(), people, metric, c -> c.getPopulationGroup().isPresent(),
          c -> c.getPopulationGroup().get().equals(k))));
    }
    return shares;
  }

  private static boolean isChild(AgeBand band) {
    return band.toYears() != null && band.toYears() <= 17;
  }

  /** part / whole with further inputs (which must hold {@code part} and {@code whole} first). */
  static Calculation share(String indicator, long part, long whole, Map<String, String> inputs) {
    String formula = "part / whole";
    if (whole == 0) {
      return Calculation.undefined(indicator, formula, inputs, "ratio", Undefined.DENOMINATOR_ZERO);
    }
    return Calculation.of(indicator, formula, inputs,
        BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), Calculation.PRECISION), "ratio");
  }

  // ---- inputs as text ----

  private static Map<String, String> inputs(String n1, Optional<Money> v1, String n2, Optional<Money> v2) {
    Map<String, String> in = new LinkedHashMap<>();
    in.put(n1, v1.map(Money::toString).orElse(NOT_REPORTED));
    in.put(n2, v2.map(Money::toString).orElse(NOT_REPORTED));
    return in;
  }

  static String text(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : NOT_REPORTED;
  }
}
