package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.indicators.Fixtures.HOST;
import static org.responseplan.indicators.Fixtures.MIGRANTS;
import static org.responseplan.indicators.Fixtures.REFUGEES;
import static org.responseplan.indicators.Fixtures.assertDecimal;
import static org.responseplan.indicators.Fixtures.assertScaled;
import static org.responseplan.indicators.Fixtures.money;
import static org.responseplan.indicators.Fixtures.people;
import static org.responseplan.indicators.Fixtures.someUsd;
import static org.responseplan.indicators.Fixtures.usd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.Contribution;
import org.responseplan.model.ContributionStatus;
import org.responseplan.model.Funding;
import org.responseplan.model.Indicator;
import org.responseplan.model.Location;
import org.responseplan.model.Money;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;

/** Every formula of {@link Calculators}, each value worked out by hand next to its assertion. */
class CalculatorsTest {

  private static final Optional<Money> NONE = Optional.empty();

  // ---------------------------------------------------------------------------------------------------------------
  @Nested
  class FundingCoverage {

    @Test
    void isFundingDividedByRequirements() {
      Calculation c = Calculators.fundingCoverage(money(someUsd(100), someUsd(41)));
      // 41 / 100 = 0.41
      assertDecimal("0.41", c.exact().orElse(null));
      assertEquals("ratio", c.unit());
      assertTrue(c.isDefined());
      // 0.41 x 100 = 41 -> FTS two decimals: 41.00; HDX whole percent: 41
      assertScaled("41.00", c.percent(Rounding.FTS).orElseThrow());
      assertScaled("41", c.percent(Rounding.HDX).orElseThrow());
    }

    @Test
    void aboveOneHundredPercentIsKeptAndNotCapped() {
      Calculation c = Calculators.fundingCoverage(money(someUsd(1000), someUsd(10744)));
      // 10744 / 1000 = 10.744 -> x 100 = 1074.4 %: over-funding is real and kept
      assertDecimal("10.744", c.exact().orElse(null));
      assertScaled("1074.40", c.percent(Rounding.FTS).orElseThrow());
      // 1074.4 -> half up to a whole percent: .4 < .5, so 1074
      assertScaled("1074", c.percent(Rounding.HDX).orElseThrow());
      assertDecimal("1074.4", c.percent(Rounding.EXACT).orElseThrow());
    }

    @Test
    void zeroRequirementsIsUndefinedNeverZero() {
      Calculation c = Calculators.fundingCoverage(money(someUsd(0), someUsd(50)));
      assertEquals(Undefined.DENOMINATOR_ZERO, c.reasonCode().orElseThrow());
      assertUndefinedEverywhere(c);
      assertEquals("requirements is zero", c.reason());
      assertEquals("funding coverage = funding / requirements with funding = 50 USD, requirements = 0 USD: "
          + "undefined, requirements is zero", c.explain());
    }

    @Test
    void zeroRequirementsReasonNamesTheRequirements() {
      Calculation c = Calculators.fundingCoverage(money(someUsd(0), someUsd(50)));
      // Calculation.reason() javadoc: naming the inputs: "funding not reported", "requirements is zero"
      assertEquals("requirements is zero", c.reason());
    }

    @Test
    void zeroFundingOfPositiveRequirementsIsZeroPercentAndDefined() {
      Calculation c = Calculators.fundingCoverage(money(someUsd(100), someUsd(0)));
      // 0 / 100 = 0: a real zero (nothing funded), unlike an undefined result
      assertDecimal("0", c.exact().orElse(null));
      assertScaled("0.00", c.percent(Rounding.FTS).orElseThrow());
    }

    @Test
    void missingRequirementsIsUndefinedAndTheReasonNamesThem() {
      Calculation c = Calculators.fundingCoverage(money(NONE, someUsd(41)));
      assertEquals(Undefined.DENOMINATOR_NOT_REPORTED, c.reasonCode().orElseThrow());
      assertUndefinedEverywhere(c);
      assertEquals("requirements not reported", c.reason());
      assertEquals("funding coverage = funding / requirements with funding = 41 USD, requirements = not reported: "
          + "undefined, requirements not reported", c.explain());
    }

    @Test
    void missingFundingIsUndefinedAndTheReasonNamesIt() {
      Calculation c = Calculators.fundingCoverage(money(someUsd(100), NONE));
      assertEquals(Undefined.NUMERATOR_NOT_REPORTED, c.reasonCode().orElseThrow());
      assertUndefinedEverywhere(c);
      assertEquals("funding not reported", c.reason());
      assertEquals(Map.of("funding", "not reported", "requirements", "100 USD"), c.inputs());
    }

    @Test
    void bothMissingNamesBothInputsInOrder() {
      Calculation c = Calculators.fundingCoverage(money(NONE, NONE));
      assertUndefinedEverywhere(c);
      // inputs are in order funding, requirements
      assertEquals("funding and requirements not reported", c.reason());
    }

    @Test
    void differentCurrenciesAreUndefinedWithoutAConversion() {
      Calculation c = Calculators.fundingCoverage(money(someUsd(100), Optional.of(Money.of(50, "EUR"))));
      assertEquals(Undefined.CURRENCIES_DIFFER, c.reasonCode().orElseThrow());
      assertUndefinedEverywhere(c);
      assertEquals("the amounts are in different currencies", c.reason());
      assertTrue(c.explain().contains("funding = 50 EUR, requirements = 100 USD"), c.explain());
    }

    @Test
    void explainShowsFormulaInputsAndValue() {
      Calculation c = Calculators.fundingCoverage(money(someUsd(100), someUsd(120)));
      // 120 / 100 = 1.2
      assertEquals("funding coverage = funding / requirements with funding = 120 USD, requirements = 100 USD: "
          + "1.2 ratio", c.explain());
      assertEquals("", c.reason());
      assertEquals(c.explain(), c.toString());
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  @Nested
  class PercentRounding {

    @ParameterizedTest(name = "{0} / {1} -> FTS {2}, HDX {3}")
    @CsvSource({
        // funding, requirements, FTS (2 decimals half up), HDX (whole half up)   -- the working:
        "2,      3,       66.67,   67",    // 2/3 = 66.666...% -> 66.67 ; 66.67 -> 67
        "1,      8,       12.50,   13",    // 1/8 = 12.5 %     -> 12.50 ; 12.5 half up -> 13
        "5,      100000,  0.01,    0",     // 5/100000 = 0.005 % -> 0.01 (half up) ; 0.005 -> 0
        "1,      200,     0.50,    1",     // 1/200 = 0.5 %    -> 0.50 ; 0.5 half up -> 1
        "10744,  1000,    1074.40, 1074",  // 1074.4 %         -> 1074.40 ; 1074
        "10745,  1000,    1074.50, 1075",  // 1074.5 %         -> 1074.50 ; half up -> 1075
        "1,      3,       33.33,   33",    // 33.333...%       -> 33.33 ; 33
        "2,      1,       200.00,  200",   // 200 %            -> 200.00 ; 200
    })
    void publishedRoundingsAreHalfUpAtTheirScale(String funding, String requirements, String fts, String hdx) {
      Calculation c = Calculators.fundingCoverage(money(someUsd(requirements), someUsd(funding)));
      assertScaled(fts, c.percent(Rounding.FTS).orElseThrow());
      assertScaled(hdx, c.percent(Rounding.HDX).orElseThrow());
    }

    @Test
    void ftsKeepsTwoDecimalsEvenWhenTheyAreZero() {
      // 0.125 as a ratio is 12.5 %; FTS writes 12.50 (scale 2), not 12.5
      Calculation c = Calculators.fundingCoverage(money(someUsd(1), someUsd("0.125")));
      assertEquals(2, c.percent(Rounding.FTS).orElseThrow().scale());
      assertScaled("12.50", c.percent(Rounding.FTS).orElseThrow());
    }

    @Test
    void ftsRoundsAFiveInTheThirdDecimalUp() {
      // ratio 0.00005 -> 0.005 % -> two decimals, half up: 0.01 (half even would give 0.00)
      Calculation c = Calculators.fundingCoverage(money(someUsd(1), someUsd("0.00005")));
      assertScaled("0.01", c.percent(Rounding.FTS).orElseThrow());
    }

    @Test
    void exactIsTheUnroundedPercentWithoutTrailingZeros() {
      // 1/8 = 0.125 -> 12.500 -> stripped: 12.5
      assertScaled("12.5", Calculators.fundingCoverage(money(someUsd(8), someUsd(1))).percent(Rounding.EXACT).orElseThrow());
      // 2/3 to 34 significant digits = 0.666...667 (33 sixes, then the 34th digit rounded up to 7);
      // x 100 moves the point two places: "66." followed by 31 sixes and a 7
      assertScaled("66." + "6".repeat(31) + "7",
          Calculators.fundingCoverage(money(someUsd(3), someUsd(2))).percent(Rounding.EXACT).orElseThrow());
    }

    @Test
    void aRoundingCannotHaveANegativeScaleOtherThanMinusOne() {
      assertThrows(IllegalArgumentException.class, () -> new Rounding(-2, RoundingMode.HALF_UP, "bad"));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  @Nested
  class GapAndOverFunding {

    @Test
    void gapIsRequirementsMinusFunding() {
      Calculation gap = Calculators.fundingGap(money(someUsd(100), someUsd(41)));
      // 100 - 41 = 59 USD
      assertDecimal("59", gap.exact().orElse(null));
      assertEquals("USD", gap.unit());
      // over-funding: max(0, 41 - 100) = max(0, -59) = 0
      assertDecimal("0", Calculators.overFunding(money(someUsd(100), someUsd(41))).exact().orElse(null));
    }

    @Test
    void gapIsFlooredAtZeroAndTheExcessIsReportedAsOverFunding() {
      // requirements 100, funding 120: gap max(0, 100 - 120) = 0; over-funding max(0, 120 - 100) = 20
      Calculation gap = Calculators.fundingGap(money(someUsd(100), someUsd(120)));
      Calculation over = Calculators.overFunding(money(someUsd(100), someUsd(120)));
      assertDecimal("0", gap.exact().orElse(null));
      assertDecimal("20", over.exact().orElse(null));
      assertTrue(gap.isDefined());
      assertEquals("over-funding = max(0, funding - requirements) with requirements = 100 USD, funding = 120 USD: "
          + "20 USD", over.explain());
    }

    @Test
    void gapIsUndefinedWhenEitherSideIsMissingOrCurrenciesDiffer() {
      assertEquals(Undefined.DENOMINATOR_NOT_REPORTED, Calculators.fundingGap(money(NONE, someUsd(41))).reasonCode().orElseThrow());
      assertEquals(Undefined.NUMERATOR_NOT_REPORTED, Calculators.fundingGap(money(someUsd(100), NONE)).reasonCode().orElseThrow());
      assertEquals(Undefined.CURRENCIES_DIFFER,
          Calculators.fundingGap(money(someUsd(100), Optional.of(Money.of(41, "EUR")))).reasonCode().orElseThrow());
      assertEquals("funding not reported", Calculators.fundingGap(money(someUsd(100), NONE)).reason());
      // the unit follows the amount that is known
      assertEquals("USD", Calculators.fundingGap(money(NONE, someUsd(41))).unit());
      assertUndefinedEverywhere(Calculators.overFunding(money(NONE, NONE)));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  @Nested
  class FundingReceived {

    private Contribution contribution(String donor, long amount, ContributionStatus status) {
      return Contribution.builder().donor(donor).amount(usd(amount)).status(status).build();
    }

    private Sector sectorFunded(@Nullable Funding f) {
      return Sector.builder().id("s1").code(Code.of("iom-activity-area", "basic-needs")).funding(Optional.ofNullable(f))
          .requirements(usd(1000)).build();
    }

    @Test
    void aLevelsFundingIsTheSameRuleAsTheReceivedFundingOfItsFunding() {
      Funding f = Funding.builder()
          .addContributions(contribution("ECHO", 100, ContributionStatus.PAID))
          .addContributions(contribution("Japan", 1000, ContributionStatus.PLEDGED))
          .build();
      FundingFigures figures = FundingFigures.of(sectorFunded(f));
      // no published total: funding is the 100 paid, never the pledge; getTotal() alone would say "not reported"
      assertEquals(someUsd(100), figures.funding());
      assertTrue(f.getTotal().isEmpty());
      assertEquals(someUsd(1000), figures.pledged());
      assertEquals(someUsd(1000), figures.requirements());
      // 100 / 1000 = 0.1
      assertDecimal("0.1", Calculators.fundingCoverage(figures).exact().orElse(null));
    }

    private Contribution unknownStatus(String donor, long amount) {
      return Contribution.builder().donor(donor).amount(usd(amount)).build();
    }

    @Test
    void thePublishedTotalIsPreferredToTheContributions() {
      Funding f = Funding.builder().total(usd(500))
          .addContributions(contribution("ECHO", 100, ContributionStatus.PAID)).build();
      // total 500 is published: the 100 of contributions is not added to it
      assertEquals(someUsd(500), FundingFigures.received(Optional.of(f)));
    }

    @Test
    void withoutATotalPaidCommittedAndUnknownStatusContributionsAddUpAndPledgesDoNot() {
      Funding f = Funding.builder()
          .addContributions(contribution("ECHO", 100, ContributionStatus.PAID))
          .addContributions(contribution("USAID", 30, ContributionStatus.COMMITTED))
          .addContributions(unknownStatus("CERF", 7))
          .addContributions(contribution("Japan", 1000, ContributionStatus.PLEDGED))
          .build();
      // 100 paid + 30 committed + 7 unknown = 137; the 1000 pledge is excluded
      assertEquals(someUsd(137), FundingFigures.received(Optional.of(f)));
      // pledged: 1000 only
      assertEquals(someUsd(1000), FundingFigures.of(sectorFunded(f)).pledged());
    }

    @Test
    void nothingReportedIsEmptyNotZero() {
      assertEquals(NONE, FundingFigures.received(Optional.empty()));
      assertEquals(NONE, FundingFigures.received(Optional.of(Funding.builder().build())));
      assertEquals(NONE, FundingFigures.of(sectorFunded(null)).pledged());
      Funding paidOnly = Funding.builder().addContributions(contribution("ECHO", 100, ContributionStatus.PAID)).build();
      assertEquals(NONE, FundingFigures.of(sectorFunded(paidOnly)).pledged());
    }

    @Test
    void onlyPledgesMeansNothingReceivedYetRatherThanNotReported() {
      Funding f = Funding.builder().addContributions(contribution("Japan", 1000, ContributionStatus.PLEDGED)).build();
      // contributions are reported: none is paid, committed or of unknown status, so 0 USD has been received
      assertEquals(someUsd(0), FundingFigures.received(Optional.of(f)));
    }

    @Test
    void contributionsInMixedCurrenciesAreNotAddedWithoutAConversion() {
      Funding f = Funding.builder()
          .addContributions(contribution("ECHO", 100, ContributionStatus.PAID))
          .addContributions(Contribution.builder().donor("Sweden").amount(Money.of(50, "SEK"))
              .status(ContributionStatus.PAID).build())
          .build();
      assertEquals(NONE, FundingFigures.received(Optional.of(f)));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  @Nested
  class PeopleRatios {

    @Test
    void needCoverageIsTargetedOverInNeed() {
      Calculation c = Calculators.needCoverage(people(OptionalLong.of(1200), OptionalLong.of(300), OptionalLong.empty()));
      // 300 / 1200 = 0.25 -> 25.00 %
      assertDecimal("0.25", c.exact().orElse(null));
      assertScaled("25.00", c.percent(Rounding.FTS).orElseThrow());
      assertEquals("need coverage = targeted / in need with targeted = 300, in need = 1200: 0.25 ratio",
          c.explain());
    }

    @Test
    void needCoverageWithZeroInNeedIsUndefined() {
      Calculation c = Calculators.needCoverage(people(OptionalLong.of(0), OptionalLong.of(0), OptionalLong.empty()));
      assertEquals(Undefined.DENOMINATOR_ZERO, c.reasonCode().orElseThrow());
      assertUndefinedEverywhere(c);
    }

    @Test
    void needCoverageWithMissingFiguresNamesThem() {
      Calculation noTargeted = Calculators.needCoverage(people(OptionalLong.of(10), OptionalLong.empty(), OptionalLong.empty()));
      assertEquals(Undefined.NUMERATOR_NOT_REPORTED, noTargeted.reasonCode().orElseThrow());
      assertEquals("targeted not reported", noTargeted.reason());
      Calculation noInNeed = Calculators.needCoverage(people(OptionalLong.empty(), OptionalLong.of(10), OptionalLong.empty()));
      assertEquals(Undefined.DENOMINATOR_NOT_REPORTED, noInNeed.reasonCode().orElseThrow());
      assertEquals("in need not reported", noInNeed.reason());
      assertEquals("need coverage = targeted / in need with targeted = 10, in need = not reported: undefined, "
          + "in need not reported", noInNeed.explain());
    }

    @Test
    void reachCoverageAboveOneIsOverAchievementAndKept() {
      Calculation c = Calculators.reachCoverage(people(OptionalLong.empty(), OptionalLong.of(1200), OptionalLong.of(1500)));
      // 1500 / 1200 = 1.25 -> 125.00 %, not capped at 100
      assertDecimal("1.25", c.exact().orElse(null));
      assertScaled("125.00", c.percent(Rounding.FTS).orElseThrow());
      assertScaled("125", c.percent(Rounding.HDX).orElseThrow());
    }

    @Test
    void reachCoverageOfZeroTargetedIsUndefinedEvenWhenNobodyWasReached() {
      Calculation c = Calculators.reachCoverage(people(OptionalLong.empty(), OptionalLong.of(0), OptionalLong.of(0)));
      assertEquals(Undefined.DENOMINATOR_ZERO, c.reasonCode().orElseThrow());
      assertUndefinedEverywhere(c);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  @Nested
  class Progress {

    private Indicator indicator(@Nullable String baseline, @Nullable String target) {
      return Indicator.builder().id("i1").name("children vaccinated").unit("people")
          .baseline(Optional.ofNullable(baseline).map(BigDecimal::new))
          .target(Optional.ofNullable(target).map(BigDecimal::new)).build();
    }

    private Calculation progress(String achieved, @Nullable String baseline, @Nullable String target) {
      return Calculators.progress(indicator(baseline, target), new BigDecimal(achieved));
    }

    @Test
    void withABaselineProgressIsMeasuredFromTheBaseline() {
      Calculation c = progress("70", "20", "120");
      // (70 - 20) / (120 - 20) = 50 / 100 = 0.5
      assertDecimal("0.5", c.exact().orElse(null));
      assertEquals("(achieved - baseline) / (target - baseline)", c.formula());
      assertEquals("progress = (achieved - baseline) / (target - baseline) with achieved = 70, baseline = 20, "
          + "target = 120: 0.5 ratio", c.explain());
    }

    @Test
    void withoutABaselineProgressIsMeasuredFromZeroAndTheInputsSaySo() {
      Calculation c = progress("30", null, "120");
      // 30 / 120 = 0.25
      assertDecimal("0.25", c.exact().orElse(null));
      assertEquals("achieved / target", c.formula());
      assertEquals("none (progress from 0)", c.inputs().get("baseline"));
    }

    @Test
    void aDecreasingTargetCountsProgressDownwards() {
      // e.g. a malnutrition rate from 20 down to 10; achieved 15: (15 - 20) / (10 - 20) = -5 / -10 = 0.5
      assertDecimal("0.5", progress("15", "20", "10").exact().orElse(null));
    }

    @Test
    void fallingBelowTheBaselineIsNegativeProgressAndKept() {
      // (10 - 20) / (120 - 20) = -10 / 100 = -0.1
      assertDecimal("-0.1", progress("10", "20", "120").exact().orElse(null));
    }

    @Test
    void aTargetEqualToTheBaselineIsUndefined() {
      Calculation c = progress("50", "40", "40");
      // target - baseline = 40 - 40 = 0
      assertEquals(Undefined.TARGET_EQUALS_BASELINE, c.reasonCode().orElseThrow());
      assertEquals("the target equals the baseline", c.reason());
      assertUndefinedEverywhere(c);
    }

    @Test
    void aZeroTargetWithoutBaselineIsADenominatorOfZero() {
      Calculation c = progress("5", null, "0");
      assertEquals(Undefined.DENOMINATOR_ZERO, c.reasonCode().orElseThrow());
      assertUndefinedEverywhere(c);
    }

    @Test
    void aMissingTargetIsUndefinedAndNamed() {
      Calculation c = progress("5", "1", null);
      assertEquals(Undefined.DENOMINATOR_NOT_REPORTED, c.reasonCode().orElseThrow());
      assertEquals("target not reported", c.reason());
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  @Nested
  class CostPerPerson {

    @Test
    void isRequirementsOverPeopleTargeted() {
      Calculation c = Calculators.costPerPersonTargeted(money(someUsd(1_000_000), Optional.empty()), people(OptionalLong.empty(), OptionalLong.of(8_000), OptionalLong.empty()));
      // 1,000,000 / 8,000 = 125 USD per person
      assertDecimal("125", c.exact().orElse(null));
      assertEquals("USD per person", c.unit());
      assertEquals("cost per person targeted = requirements / targeted with requirements = 1000000 USD, "
          + "targeted = 8000: 125 USD per person", c.explain());
    }

    @Test
    void zeroTargetedIsUndefined() {
      Calculation c = Calculators.costPerPersonTargeted(money(someUsd(1000), Optional.empty()), people(OptionalLong.empty(), OptionalLong.of(0), OptionalLong.empty()));
      assertEquals(Undefined.DENOMINATOR_ZERO, c.reasonCode().orElseThrow());
      assertUndefinedEverywhere(c);
    }

    @Test
    void missingFiguresAreUndefinedAndNamed() {
      Calculation noTargeted = Calculators.costPerPersonTargeted(money(someUsd(1000), Optional.empty()), people(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty()));
      assertEquals(Undefined.DENOMINATOR_NOT_REPORTED, noTargeted.reasonCode().orElseThrow());
      assertEquals("targeted not reported", noTargeted.reason());
      Calculation noMoney = Calculators.costPerPersonTargeted(money(NONE, Optional.empty()), people(OptionalLong.empty(), OptionalLong.of(5), OptionalLong.empty()));
      assertEquals(Undefined.NUMERATOR_NOT_REPORTED, noMoney.reasonCode().orElseThrow());
      assertEquals("requirements not reported", noMoney.reason());
      assertEquals("per person", noMoney.unit());
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  @Nested
  class Shares {

    private PeopleCell sexTargeted(Sex sex, long targeted) {
      return PeopleCell.builder().sex(sex).targeted(targeted).build();
    }

    private PeopleCell sexAgeTargeted(Sex sex, AgeBand band, long targeted) {
      return PeopleCell.builder().sex(sex).ageBand(band).targeted(targeted).build();
    }

    private PeopleCell ageTargeted(String band, long targeted) {
      return PeopleCell.builder().ageBand(AgeBand.parse(band)).targeted(targeted).build();
    }

    private PeopleCell groupTargeted(Code group, long targeted) {
      return PeopleCell.builder().populationGroup(group).targeted(targeted).build();
    }

    @Test
    void womenAndGirlsShareIsFemaleOverTheReportedTotal() {
      PeopleFigures p = PeopleFigures.builder().targeted(1000)
          .addBreakdown(sexTargeted(Sex.FEMALE, 520), sexTargeted(Sex.MALE, 480)).build();
      Calculation c = Calculators.womenAndGirlsShare(p, PeopleMetric.TARGETED);
      // 520 / 1000 = 0.52
      assertDecimal("0.52", c.exact().orElse(null));
      assertEquals("share of women and girls", c.indicator());
      assertEquals(Map.of("part", "520", "whole", "1000", "cells", "sex, 2 cells"), c.inputs());
    }

    @Test
    void cellsOfTheFewestDimensionsArePreferred() {
      // sex alone: female 520 of 1000; sex+age: female 300 + 200 = 500 (deliberately different)
      PeopleFigures p = PeopleFigures.builder().targeted(1000)
          .addBreakdown(sexAgeTargeted(Sex.FEMALE, AgeBand.CHILDREN, 300),
              sexAgeTargeted(Sex.FEMALE, AgeBand.ADULTS, 200),
              sexAgeTargeted(Sex.MALE, AgeBand.CHILDREN, 250),
              sexTargeted(Sex.FEMALE, 520), sexTargeted(Sex.MALE, 480))
          .build();
      // the sex-only cells are used: 520 / 1000 = 0.52 (the sex+age cells would give 500 / 1000 = 0.5)
      assertDecimal("0.52", Calculators.womenAndGirlsShare(p, PeopleMetric.TARGETED).exact().orElse(null));
    }

    @Test
    void withoutATotalTheWholeIsTheSumOfTheCells() {
      PeopleFigures p = PeopleFigures.builder()
          .addBreakdown(sexTargeted(Sex.FEMALE, 300), sexTargeted(Sex.MALE, 200), sexTargeted(Sex.OTHER, 100))
          .build();
      // whole = 300 + 200 + 100 = 600; 300 / 600 = 0.5
      Calculation c = Calculators.womenAndGirlsShare(p, PeopleMetric.TARGETED);
      assertDecimal("0.5", c.exact().orElse(null));
      assertEquals("600", c.inputs().get("whole"));
    }

    @Test
    void withATotalTheWholeIsStillTheSumOfTheCellsAndTheInputsSayHowMuchTheyCover() {
      PeopleFigures p = PeopleFigures.builder().targeted(1000)
          .addBreakdown(sexTargeted(Sex.FEMALE, 300), sexTargeted(Sex.MALE, 200)).build();
      // whole = 300 + 200 = 500 (not the reported 1000, which the cells do not add up to): 300 / 500 = 0.6
      Calculation c = Calculators.womenAndGirlsShare(p, PeopleMetric.TARGETED);
      assertDecimal("0.6", c.exact().orElse(null));
      assertEquals("they hold 500 of the 1,000 targeted in the total", c.inputs().get("coverage"));
    }

    private PeopleCell sexInArea(Sex sex, String admin1, long targeted) {
      return PeopleCell.builder().sex(sex).location(Location.builder().country("SDN").admin1Code(admin1).build())
          .targeted(targeted).build();
    }

    private PeopleCell area(String admin1, long targeted) {
      return PeopleCell.builder().location(Location.builder().country("SDN").admin1Code(admin1).build())
          .targeted(targeted).build();
    }

    @Test
    void cellsOfOneAreaOutOfFourGiveTheShareInThatAreaAndSaySo() {
      // The whole plan targets 1,000,000 in four areas; sex is known in SD01 only: female 183,966, male 183,034.
      PeopleFigures p = PeopleFigures.builder().targeted(1_000_000)
          .addBreakdown(area("SD01", 367_000), area("SD02", 300_000), area("SD03", 200_000), area("SD04", 133_000))
          .addBreakdown(sexInArea(Sex.FEMALE, "SD01", 183_966), sexInArea(Sex.MALE, "SD01", 183_034))
          .build();
      Calculation c = Calculators.womenAndGirlsShare(p, PeopleMetric.TARGETED);
      // 183,966 / (183,966 + 183,034 = 367,000) = 0.50127..., not 183,966 / 1,000,000 = 0.18
      assertDecimal("0.5012697547683923705722070844686649", c.exact().orElse(null));
      assertEquals("367000", c.inputs().get("whole"));
      assertEquals("sex+location at admin level 1, 2 cells", c.inputs().get("cells"));
      assertEquals("cells cover 1 of 4 areas at admin level 1; they hold 367,000 of the 1,000,000 targeted in the"
          + " total", c.inputs().get("coverage"));
      assertTrue(c.explain().contains("cells cover 1 of 4 areas"), c.explain());
    }

    @Test
    void cellsAtTwoAdminLevelsAreNotMixed() {
      // SD01 at admin 1 (female 60, male 40) and, inside it, SD01001 at admin 2 (female 50, male 0): only admin 1.
      Location adm2 = Location.builder().country("SDN").admin1Code("SD01").admin2Code("SD01001").build();
      PeopleFigures p = PeopleFigures.builder()
          .addBreakdown(sexInArea(Sex.FEMALE, "SD01", 60), sexInArea(Sex.MALE, "SD01", 40))
          .addBreakdown(PeopleCell.builder().sex(Sex.FEMALE).location(adm2).targeted(50).build())
          .addBreakdown(PeopleCell.builder().sex(Sex.MALE).location(adm2).targeted(0).build())
          .build();
      Calculation c = Calculators.womenAndGirlsShare(p, PeopleMetric.TARGETED);
      // 60 / (60 + 40) = 0.6; mixing both levels would give (60 + 50) / 150
      assertDecimal("0.6", c.exact().orElse(null));
      assertEquals("sex+location at admin level 1, 2 cells", c.inputs().get("cells"));
      assertFalse(c.inputs().containsKey("coverage"), "the only admin-1 area is covered and there is no total");
    }

    @Test
    void cellsWithoutLocationArePreferredToCellsWithLocation() {
      PeopleFigures p = PeopleFigures.builder()
          .addBreakdown(sexInArea(Sex.FEMALE, "SD01", 10), sexInArea(Sex.MALE, "SD01", 90))
          .addBreakdown(sexTargeted(Sex.FEMALE, 500), sexTargeted(Sex.MALE, 500))
          .build();
      Calculation c = Calculators.womenAndGirlsShare(p, PeopleMetric.TARGETED);
      assertDecimal("0.5", c.exact().orElse(null));
      assertEquals("sex, 2 cells", c.inputs().get("cells"));
    }

    @Test
    void cellsThatDoNotReportTheMetricAreLeftOut() {
      PeopleFigures p = PeopleFigures.builder()
          .addBreakdown(PeopleCell.builder().sex(Sex.FEMALE).targeted(300).inNeed(500).build())
          .addBreakdown(PeopleCell.builder().sex(Sex.MALE).inNeed(400).build())
          .addBreakdown(PeopleCell.builder().sex(Sex.OTHER).targeted(100).build())
          .build();
      // targeted: female 300, other 100 (male has no targeted): 300 / (300 + 100) = 0.75
      assertDecimal("0.75", Calculators.womenAndGirlsShare(p, PeopleMetric.TARGETED).exact().orElse(null));
      // in need: female 500, male 400: 500 / 900 = 0.555... to 34 significant digits: 33 fives, then a 6
      assertDecimal("0." + "5".repeat(33) + "6",
          Calculators.womenAndGirlsShare(p, PeopleMetric.IN_NEED).exact().orElse(null));
    }

    @Test
    void childrenAreTheAgeBandsEndingAtSeventeenOrBelow() {
      PeopleFigures p = PeopleFigures.builder().targeted(800)
          .addBreakdown(ageTargeted("0-4", 100), ageTargeted("5-17", 200), ageTargeted("18-59", 400),
              ageTargeted("60+", 100))
          .build();
      // children: 0-4 (100) + 5-17 (200) = 300; 300 / 800 = 0.375
      assertDecimal("0.375", Calculators.childrenShare(p, PeopleMetric.TARGETED).exact().orElse(null));
    }

    @Test
    void aBandThatCrossesEighteenIsNotCountedAsChildren() {
      PeopleFigures p = PeopleFigures.builder().targeted(400)
          .addBreakdown(ageTargeted("0-14", 100), ageTargeted("15-24", 100), ageTargeted("25+", 200)).build();
      // only 0-14 ends at <= 17: 100 / 400 = 0.25 (15-24 ends at 24; 25+ is open-ended)
      assertDecimal("0.25", Calculators.childrenShare(p, PeopleMetric.TARGETED).exact().orElse(null));
    }

    @Test
    void aShareWithoutTheDimensionIsUndefinedNeverZero() {
      PeopleFigures sexOnly = PeopleFigures.builder().targeted(100)
          .addBreakdown(sexTargeted(Sex.FEMALE, 60)).build();
      Calculation c = Calculators.childrenShare(sexOnly, PeopleMetric.TARGETED);
      // no age band cell: the part is not reported, the total 100 is
      assertEquals(Undefined.NUMERATOR_NOT_REPORTED, c.reasonCode().orElseThrow());
      assertEquals("part not reported", c.reason());
      assertUndefinedEverywhere(c);
      Calculation nothing = Calculators.womenAndGirlsShare(PeopleFigures.builder().build(), PeopleMetric.TARGETED);
      assertEquals(Undefined.DENOMINATOR_NOT_REPORTED, nothing.reasonCode().orElseThrow());
      assertUndefinedEverywhere(nothing);
    }

    @Test
    void aShareOfCellsAddingUpToZeroIsUndefined() {
      PeopleFigures p = PeopleFigures.builder().targeted(0).addBreakdown(sexTargeted(Sex.FEMALE, 0)).build();
      Calculation c = Calculators.womenAndGirlsShare(p, PeopleMetric.TARGETED);
      assertEquals(Undefined.DENOMINATOR_ZERO, c.reasonCode().orElseThrow());
      assertEquals("part and whole are zero", c.reason());
    }

    @Test
    void populationGroupSharesFollowTheOrderGroupsFirstAppear() {
      PeopleFigures p = PeopleFigures.builder().targeted(1000)
          .addBreakdown(groupTargeted(REFUGEES, 600), groupTargeted(MIGRANTS, 300), groupTargeted(HOST, 100))
          // group + location cells, of more dimensions, are ignored: they would give refugees 550
          .addBreakdown(PeopleCell.builder().populationGroup(REFUGEES).location(Location.country("COL"))
              .targeted(550).build())
          .build();
      Map<Code, Calculation> shares = Calculators.populationGroupShares(p, PeopleMetric.TARGETED);
      assertEquals(List.of(REFUGEES, MIGRANTS, HOST), List.copyOf(shares.keySet()));
      // 600 / 1000 = 0.6; 300 / 1000 = 0.3; 100 / 1000 = 0.1
      assertDecimal("0.6", shares.get(REFUGEES).exact().orElse(null));
      assertDecimal("0.3", shares.get(MIGRANTS).exact().orElse(null));
      assertDecimal("0.1", shares.get(HOST).exact().orElse(null));
      assertEquals("share of refugees", shares.get(REFUGEES).indicator());
    }

    @Test
    void populationGroupSharesAreEmptyWithoutGroupCells() {
      PeopleFigures p = PeopleFigures.builder().targeted(10).addBreakdown(sexTargeted(Sex.FEMALE, 6)).build();
      assertTrue(Calculators.populationGroupShares(p, PeopleMetric.TARGETED).isEmpty());
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  @Nested
  class UndefinedResults {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.responseplan.indicators.CalculatorsTest#undefinedCalculations")
    void anUndefinedResultHasNoValueInAnyRoundingAndSaysWhy(Calculation c) {
      assertUndefinedEverywhere(c);
      assertFalse(c.reason().isEmpty());
      assertTrue(c.explain().contains(": undefined, " + c.reason()), c.explain());
    }

    @Test
    void aDefinedCalculationHasNoReasonAndAnUndefinedOneNoValue() {
      Calculation defined = Calculators.fundingCoverage(money(someUsd(100), someUsd(41)));
      assertTrue(defined.reasonCode().isEmpty());
      assertEquals("", defined.reason());
      Calculation undefined = Calculators.fundingCoverage(money(someUsd(0), someUsd(41)));
      assertTrue(undefined.exact().isEmpty());
      assertEquals(Optional.of(Undefined.DENOMINATOR_ZERO), undefined.reasonCode());
    }
  }

  static Stream<Arguments> undefinedCalculations() {
    return Stream.of(
        Arguments.of(Calculators.fundingCoverage(money(someUsd(0), someUsd(1)))),
        Arguments.of(Calculators.fundingCoverage(money(someUsd(1), Optional.empty()))),
        Arguments.of(Calculators.fundingGap(money(Optional.empty(), Optional.empty()))),
        Arguments.of(Calculators.needCoverage(people(OptionalLong.of(0), OptionalLong.of(5), OptionalLong.empty()))),
        Arguments.of(Calculators.reachCoverage(people(OptionalLong.empty(), OptionalLong.of(5), OptionalLong.empty()))),
        Arguments.of(Calculators.costPerPersonTargeted(money(someUsd(5), Optional.empty()), people(OptionalLong.empty(), OptionalLong.of(0), OptionalLong.empty()))),
        Arguments.of(Calculators.progress(Indicator.builder().id("i").name("n").unit("people")
            .baseline(BigDecimal.TEN).target(BigDecimal.TEN).build(), BigDecimal.ONE)),
        Arguments.of(Calculators.share("share", 0, 0)),
        Arguments.of(Calculators.share("share", 5, 3)));
  }

  /** Undefined: no value, and nothing that could be read as 0 or NaN in any rounding. */
  static void assertUndefinedEverywhere(Calculation c) {
    assertFalse(c.isDefined());
    assertTrue(c.exact().isEmpty());
    assertTrue(c.reasonCode().isPresent());
    for (Rounding r : List.of(Rounding.FTS, Rounding.HDX, Rounding.EXACT)) {
      if (c.kind() == Calculation.Kind.RATIO) {
        assertTrue(c.percent(r).isEmpty(), () -> r.name() + " gave " + c.percent(r));
      }
    }
    assertFalse(c.explain().endsWith(": 0 " + c.unit()), c.explain());
    assertFalse(c.explain().contains("NaN"), c.explain());
  }
}
