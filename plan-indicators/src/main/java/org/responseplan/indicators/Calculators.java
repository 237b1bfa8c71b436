package org.responseplan.indicators;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.Indicator;
import org.responseplan.model.Money;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleCounts;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Sex;

/**
 * Every indicator formula of the library, each returning a {@link Calculation} with its inputs. Arithmetic is exact;
 * a missing or zero denominator gives an undefined result with the reason, never 0. Values above 100 % are kept.
 *
 * <p>The calculators take the objects that hold the figures, never two figures of one type side by side, so that no
 * two arguments can be swapped and still compile: money as {@link FundingFigures} (requirements and funding by name),
 * people as {@link PeopleCounts} (a {@link PeopleFigures} or a {@link PeopleCell}, each figure by name), an
 * indicator's baseline and target as the {@link Indicator} itself.
 *
 * <pre>{@code
 * FundingFigures money = FundingFigures.builder()
 *     .requirements(Money.of("100", "USD")).funding(Money.of("150", "USD")).build();
 * Calculators.fundingCoverage(money).percent(Rounding.FTS);   // Optional[150.00]
 * Calculators.fundingGap(money).exact();                      // Optional[0]: an amount, it has no percent()
 * Calculators.needCoverage(plan.getPeople().orElseThrow());   // targeted / in need
 * }</pre>
 */
public final class Calculators {
  private Calculators() {}

  static final String NOT_REPORTED = "not reported";

  // ---- funding ----

  /**
   * Funding coverage = funding / requirements.
   *
   * @param money the requirements and funding of one level, such as {@link FundingFigures#of(Plan)}
   * @return a {@linkplain Calculation.Kind#RATIO ratio}; undefined when requirements are not reported or zero,
   *     funding is not reported, or the two are in different currencies
   */
  public static Calculation fundingCoverage(FundingFigures money) {
    String name = "funding coverage";
    String formula = "funding / requirements";
    Optional<Money> requirements = money.requirements();
    Optional<Money> funding = money.funding();
    Map<String, String> in = inputs("funding", funding, "requirements", requirements);
    if (requirements.isEmpty()) {
      return Calculation.undefinedRatio(name, formula, in, Undefined.DENOMINATOR_NOT_REPORTED);
    }
    if (funding.isEmpty()) {
      return Calculation.undefinedRatio(name, formula, in, Undefined.NUMERATOR_NOT_REPORTED);
    }
    if (!funding.get().currency().equals(requirements.get().currency())) {
      return Calculation.undefinedRatio(name, formula, in, Undefined.CURRENCIES_DIFFER);
    }
    if (requirements.get().isZero()) {
      return Calculation.undefinedRatio(name, formula, in, Undefined.DENOMINATOR_ZERO);
    }
    return Calculation.ratio(name, formula, in,
        funding.get().amount().divide(requirements.get().amount(), Calculation.PRECISION));
  }

  /**
   * Funding gap = requirements - funding, floored at zero (over-funding is reported by {@link #overFunding}).
   *
   * @param money the requirements and funding of one level
   * @return an {@linkplain Calculation.Kind#AMOUNT amount} in the requirements' currency (no percentage); undefined
   *     when either figure is not reported or the two are in different currencies
   */
  public static Calculation fundingGap(FundingFigures money) {
    return difference("funding gap", "max(0, requirements - funding)", money, false);
  }

  /**
   * Over-funding = funding - requirements, floored at zero.
   *
   * @param money the requirements and funding of one level
   * @return an {@linkplain Calculation.Kind#AMOUNT amount}, undefined as for {@link #fundingGap}
   */
  public static Calculation overFunding(FundingFigures money) {
    return difference("over-funding", "max(0, funding - requirements)", money, true);
  }

  private static Calculation difference(String name, String formula, FundingFigures money, boolean fundingFirst) {
    Optional<Money> requirements = money.requirements();
    Optional<Money> funding = money.funding();
    Map<String, String> in = inputs("requirements", requirements, "funding", funding);
    String unit = requirements.or(() -> funding).map(Money::currency).orElse("");
    Calculation.Kind amount = Calculation.Kind.AMOUNT;
    if (requirements.isEmpty()) {
      return Calculation.undefined(name, formula, in, amount, unit, Undefined.DENOMINATOR_NOT_REPORTED);
    }
    if (funding.isEmpty()) {
      return Calculation.undefined(name, formula, in, amount, unit, Undefined.NUMERATOR_NOT_REPORTED);
    }
    if (!funding.get().currency().equals(requirements.get().currency())) {
      return Calculation.undefined(name, formula, in, amount, unit, Undefined.CURRENCIES_DIFFER);
    }
    BigDecimal d = fundingFirst
        ? funding.get().amount().subtract(requirements.get().amount())
        : requirements.get().amount().subtract(funding.get().amount());
    return Calculation.of(name, formula, in, amount, unit, d.max(BigDecimal.ZERO));
  }

  // ---- change between two versions of a figure ----

  /**
   * Relative change = (after - before) / before, such as revised against original requirements ({@code
   * Revision.of(plan)}), or a figure of a new version of a plan against the old one ({@link PlanDiff}). Its {@link
   * Calculation#percent percent} is the change in percent: {@code +9.0 %} for 128,450,000 to 140,000,000.
   *
   * @param revision the figure before and after, such as {@code Revision.from(original).to(revised)}
   * @return a {@linkplain Calculation.Kind#RATIO ratio}, negative for a decrease; undefined when either side is not
   *     reported, the earlier figure is zero (no percentage of nothing), or the two are in different currencies
   *     (nothing is converted)
   */
  public static Calculation relativeChange(Revision revision) {
    String name = "relative change";
    String formula = "(after - before) / before";
    Map<String, String> in = new LinkedHashMap<>();
    in.put("after", revision.afterText());
    in.put("before", revision.beforeText());
    Optional<BigDecimal> before = revision.before();
    Optional<BigDecimal> after = revision.after();
    if (before.isEmpty()) {
      return Calculation.undefinedRatio(name, formula, in, Undefined.DENOMINATOR_NOT_REPORTED);
    }
    if (after.isEmpty()) {
      return Calculation.undefinedRatio(name, formula, in, Undefined.NUMERATOR_NOT_REPORTED);
    }
    if (revision.unitsDiffer()) {
      return Calculation.undefinedRatio(name, formula, in, Undefined.CURRENCIES_DIFFER);
    }
    if (before.get().signum() == 0) {
      return Calculation.undefinedRatio(name, formula, in, Undefined.DENOMINATOR_ZERO);
    }
    return Calculation.ratio(name, formula, in,
        after.get().subtract(before.get()).divide(before.get(), Calculation.PRECISION));
  }

  // ---- people ----

  /**
   * Need coverage = people targeted / people in need.
   *
   * @param people the figures of one level, such as {@code plan.getPeople().orElseThrow()}
   * @return a {@linkplain Calculation.Kind#RATIO ratio}; undefined when in need is not reported or zero, or targeted
   *     is not reported
   */
  public static Calculation needCoverage(PeopleCounts people) {
    return ratio("need coverage", "targeted / in need", "targeted", people.getTargeted(), "in need",
        people.getInNeed());
  }

  /**
   * Reach coverage = people reached / people targeted (above 1 is over-achievement, kept).
   *
   * @param people the figures of one level
   * @return a {@linkplain Calculation.Kind#RATIO ratio}; undefined when targeted is not reported or zero, or reached
   *     is not reported
   */
  public static Calculation reachCoverage(PeopleCounts people) {
    return ratio("reach coverage", "reached / targeted", "reached", people.getReached(), "targeted",
        people.getTargeted());
  }

  /**
   * A share = part / whole, such as women and girls among people targeted. A part is among its whole: a part larger
   * than the whole (the two swapped, or taken from different figures) gives no value, and the reason says so.
   *
   * @param indicator the share's name, such as {@code share of women and girls targeted}
   * @param part the people in the part
   * @param whole the people in the whole the part is taken from
   * @return a {@linkplain Calculation.Kind#RATIO ratio} between 0 and 1; undefined when the whole is zero or the part
   *     is more than the whole ({@link Undefined#PART_EXCEEDS_WHOLE})
   */
  public static Calculation share(String indicator, long part, long whole) {
    Map<String, String> in = new LinkedHashMap<>();
    in.put("part", Long.toString(part));
    in.put("whole", Long.toString(whole));
    return share(indicator, part, whole, in);
  }

  /** A share whose part is not reported: undefined, naming the whole as given (it may be missing too). */
  static Calculation shareNotReported(String indicator, OptionalLong whole) {
    Map<String, String> in = new LinkedHashMap<>();
    in.put("part", NOT_REPORTED);
    in.put("whole", text(whole));
    return Calculation.undefinedRatio(indicator, "part / whole", in,
        whole.isEmpty() ? Undefined.DENOMINATOR_NOT_REPORTED : Undefined.NUMERATOR_NOT_REPORTED);
  }

  private static Calculation ratio(String name, String formula, String numName, OptionalLong num,
      String denName, OptionalLong den) {
    Map<String, String> in = new LinkedHashMap<>();
    in.put(numName, text(num));
    in.put(denName, text(den));
    if (den.isEmpty()) {
      return Calculation.undefinedRatio(name, formula, in, Undefined.DENOMINATOR_NOT_REPORTED);
    }
    if (num.isEmpty()) {
      return Calculation.undefinedRatio(name, formula, in, Undefined.NUMERATOR_NOT_REPORTED);
    }
    if (den.getAsLong() == 0) {
      return Calculation.undefinedRatio(name, formula, in, Undefined.DENOMINATOR_ZERO);
    }
    return Calculation.ratio(name, formula, in,
        BigDecimal.valueOf(num.getAsLong()).divide(BigDecimal.valueOf(den.getAsLong()), Calculation.PRECISION));
  }

  /**
   * Cost per person targeted = requirements / people targeted.
   *
   * @param money the level's money figures (the requirements are used)
   * @param people the level's people figures (targeted is used)
   * @return an {@linkplain Calculation.Kind#AMOUNT_PER_PERSON amount per person}, unit such as
   *     {@code USD per person} (no percentage); undefined when targeted is not reported or zero, or requirements are
   *     not reported
   */
  public static Calculation costPerPersonTargeted(FundingFigures money, PeopleCounts people) {
    String name = "cost per person targeted";
    String formula = "requirements / targeted";
    Optional<Money> requirements = money.requirements();
    OptionalLong targeted = people.getTargeted();
    Map<String, String> in = new LinkedHashMap<>();
    in.put("requirements", requirements.map(Money::toString).orElse(NOT_REPORTED));
    in.put("targeted", text(targeted));
    String unit = requirements.map(m -> m.currency() + " per person").orElse("per person");
    Calculation.Kind perPerson = Calculation.Kind.AMOUNT_PER_PERSON;
    if (targeted.isEmpty()) {
      return Calculation.undefined(name, formula, in, perPerson, unit, Undefined.DENOMINATOR_NOT_REPORTED);
    }
    if (requirements.isEmpty()) {
      return Calculation.undefined(name, formula, in, perPerson, unit, Undefined.NUMERATOR_NOT_REPORTED);
    }
    if (targeted.getAsLong() == 0) {
      return Calculation.undefined(name, formula, in, perPerson, unit, Undefined.DENOMINATOR_ZERO);
    }
    return Calculation.of(name, formula, in, perPerson, unit,
        requirements.get().amount().divide(BigDecimal.valueOf(targeted.getAsLong()), Calculation.PRECISION));
  }

  /**
   * Progress towards an indicator's target = (achieved - baseline) / (target - baseline). Without a baseline,
   * progress is measured from zero (achieved / target), and the inputs say so.
   *
   * @param indicator the indicator, whose {@link Indicator#getBaseline()} and {@link Indicator#getTarget()} are used
   * @param achieved the value achieved, in the indicator's unit
   * @return a {@linkplain Calculation.Kind#RATIO ratio}; undefined when the indicator has no target, or its target
   *     equals its baseline (or is zero without a baseline)
   */
  public static Calculation progress(Indicator indicator, BigDecimal achieved) {
    Objects.requireNonNull(achieved, "achieved");
    Optional<BigDecimal> baseline = indicator.getBaseline();
    Optional<BigDecimal> target = indicator.getTarget();
    String name = "progress";
    String formula = baseline.isPresent() ? "(achieved - baseline) / (target - baseline)" : "achieved / target";
    Map<String, String> in = new LinkedHashMap<>();
    in.put("achieved", achieved.toPlainString());
    in.put("baseline", baseline.map(BigDecimal::toPlainString).orElse("none (progress from 0)"));
    in.put("target", target.map(BigDecimal::toPlainString).orElse(NOT_REPORTED));
    if (target.isEmpty()) {
      return Calculation.undefinedRatio(name, formula, in, Undefined.DENOMINATOR_NOT_REPORTED);
    }
    BigDecimal base = baseline.orElse(BigDecimal.ZERO);
    BigDecimal span = target.get().subtract(base);
    if (span.signum() == 0) {
      return Calculation.undefinedRatio(name, formula, in,
          baseline.isPresent() ? Undefined.TARGET_EQUALS_BASELINE : Undefined.DENOMINATOR_ZERO);
    }
    return Calculation.ratio(name, formula, in, achieved.subtract(base).divide(span, Calculation.PRECISION));
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
      return Calculation.undefinedRatio(indicator, formula, inputs, Undefined.DENOMINATOR_ZERO);
    }
    if (part > whole) {
      return Calculation.undefinedRatio(indicator, formula, inputs, Undefined.PART_EXCEEDS_WHOLE);
    }
    return Calculation.ratio(indicator, formula, inputs,
        BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), Calculation.PRECISION));
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
