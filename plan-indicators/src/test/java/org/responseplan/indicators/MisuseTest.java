package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.indicators.Fixtures.assertDecimal;
import static org.responseplan.indicators.Fixtures.usd;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.responseplan.model.Code;
import org.responseplan.model.Contribution;
import org.responseplan.model.ContributionStatus;
import org.responseplan.model.Funding;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Sector;

/**
 * The traps a newcomer met with the calculators, each shown gone: swapped arguments, a percentage of an amount, and
 * two ways to get a level's funding.
 */
class MisuseTest {

  // ---- swapped arguments ----

  /**
   * Requirements and funding used to be two {@code Optional<Money>} in opposite orders ({@code fundingCoverage(funding,
   * requirements)} but {@code fundingGap(requirements, funding)}): swapped, they compiled and gave 2.5 and 0 USD.
   * Now no public calculator takes two parameters of one type, so two figures cannot trade places and compile.
   */
  @Test
  void noCalculatorTakesTwoParametersOfTheSameType() {
    List<String> offenders = new ArrayList<>();
    int calculators = 0;
    for (Method m : Calculators.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers())) {
        continue;
      }
      calculators++;
      Set<Type> seen = new HashSet<>();
      for (Type t : m.getGenericParameterTypes()) {
        // share(String, long part, long whole) is the one exception, checked loudly below
        if (!seen.add(t) && !m.getName().equals("share")) {
          offenders.add(m.getName() + " has two parameters of type " + t.getTypeName());
        }
      }
    }
    assertTrue(calculators >= 9, "the public calculators were found: " + calculators);
    assertEquals(List.of(), offenders);
  }

  @Test
  void requirementsAndFundingAreGivenByNameSoTheirOrderDoesNotMatter() {
    FundingFigures one = FundingFigures.builder().requirements(usd(100)).funding(usd(40)).build();
    FundingFigures other = FundingFigures.builder().funding(usd(40)).requirements(usd(100)).build();
    assertEquals(one, other);
    // coverage 40 / 100 = 0.4 and gap 100 - 40 = 60 USD, whichever calculator is asked
    assertDecimal("0.4", Calculators.fundingCoverage(one).exact().orElse(null));
    assertDecimal("60", Calculators.fundingGap(one).exact().orElse(null));
    assertDecimal("0", Calculators.overFunding(one).exact().orElse(null));
  }

  @Test
  void peopleFiguresAreGivenByNameSoNeedAndReachCoverageCannotBeSwapped() {
    PeopleFigures people = PeopleFigures.builder().inNeed(1200).targeted(300).reached(150).build();
    // need coverage 300 / 1200 = 0.25; reach coverage 150 / 300 = 0.5
    assertDecimal("0.25", Calculators.needCoverage(people).exact().orElse(null));
    assertDecimal("0.5", Calculators.reachCoverage(people).exact().orElse(null));
  }

  @Test
  void aSharesPartAndWholeSwappedAreRefusedWithTheReason() {
    // women and girls 520 of 1000: swapped, 1000 / 520 would be 192 %
    assertDecimal("0.52", Calculators.share("share of women and girls", 520, 1000).exact().orElse(null));
    Calculation swapped = Calculators.share("share of women and girls", 1000, 520);
    assertFalse(swapped.isDefined());
    assertEquals(Optional.of(Undefined.PART_EXCEEDS_WHOLE), swapped.reasonCode());
    assertEquals("part 1000 is more than whole 520: a part is among its whole (were the two swapped?)",
        swapped.reason());
  }

  // ---- a percentage of an amount ----

  @Test
  void aPercentageOfAnAmountIsRefusedWithAClearMessage() {
    Calculation gap = Calculators.fundingGap(FundingFigures.builder().requirements(usd(100)).funding(usd(40)).build());
    assertEquals(Calculation.Kind.AMOUNT, gap.kind());
    // the gap is 60 USD; its "percent" used to be 6000.00
    assertDecimal("60", gap.exact().orElse(null));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> gap.percent(Rounding.FTS));
    assertEquals("funding gap is an amount (USD), not a ratio: it has no percentage; read it with exact()",
        e.getMessage());
  }

  @Test
  void aPercentageOfACostPerPersonIsRefusedToo() {
    Calculation cost = Calculators.costPerPersonTargeted(FundingFigures.builder().requirements(usd(1000)).build(),
        PeopleFigures.builder().targeted(8).build());
    assertEquals(Calculation.Kind.AMOUNT_PER_PERSON, cost.kind());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> cost.percent(Rounding.EXACT));
    assertTrue(e.getMessage().startsWith("cost per person targeted is an amount per person (USD per person), not a ratio"),
        e.getMessage());
  }

  @Test
  void everyRatioHasItsPercentage() {
    Calculation coverage = Calculators.fundingCoverage(FundingFigures.builder().requirements(usd(100))
        .funding(usd(40)).build());
    assertEquals(Calculation.Kind.RATIO, coverage.kind());
    assertEquals(Optional.of(new java.math.BigDecimal("40.00")), coverage.percent(Rounding.FTS));
  }

  // ---- one way to get a figure ----

  /** Every public calculator gives a Calculation (one per group for population groups): no figure of another kind. */
  @Test
  void everyCalculatorGivesACalculation() {
    for (Method m : Calculators.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers())) {
        continue;
      }
      Type r = m.getGenericReturnType();
      boolean calculation = r == Calculation.class
          || r instanceof ParameterizedType p && p.getRawType() == Map.class
              && p.getActualTypeArguments()[1] == Calculation.class;
      assertTrue(calculation, m.getName() + " returns " + r.getTypeName());
    }
  }

  @Test
  void aLevelsFundingComesFromFundingFiguresAndCountsContributionsWithoutATotal() {
    Funding funding = Funding.builder()
        .addContributions(Contribution.builder().donor("ECHO").amount(usd(70)).status(ContributionStatus.PAID).build())
        .addContributions(Contribution.builder().donor("Japan").amount(usd(500)).status(ContributionStatus.PLEDGED)
            .build())
        .build();
    Sector sector = Sector.builder().id("s1").code(Code.of("iom-activity-area", "basic-needs"))
        .requirements(usd(100)).funding(funding).build();
    // Funding.getTotal() is the published total only: not reported here
    assertTrue(sector.getFunding().flatMap(Funding::getTotal).isEmpty());
    // the level's funding: the 70 paid (the 500 pledged is not funding yet)
    FundingFigures figures = FundingFigures.of(sector);
    assertEquals(Optional.of(usd(70)), figures.funding());
    assertEquals(Optional.of(usd(500)), figures.pledged());
    assertDecimal("0.7", Calculators.fundingCoverage(figures).exact().orElse(null));
  }
}
