package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.indicators.Fixtures.assertDecimal;
import static org.responseplan.indicators.Fixtures.assertScaled;
import static org.responseplan.indicators.Fixtures.fundingTotal;
import static org.responseplan.indicators.Fixtures.sector;
import static org.responseplan.indicators.Fixtures.usd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;

/**
 * {@link PlanSummary} of a plan built by hand:
 *
 * <pre>
 * plan "hrp-2024" Example HRP 2024: requirements 2000 USD, funding 820 USD, people in need 2500 (nothing else)
 *   objective SO1 Save lives: states nothing
 *     HEA Health: requirements 1000, funding 410; in need 2000, targeted 800, reached 600;
 *                 targeted by sex female 440, male 360; by age 0-17 320, 18+ 480
 *     WSH Water, Sanitation and Hygiene: requirements 500, no funding; in need 1000, targeted 400
 *     PRO Protection: requirements 100, funding 150 (over-funded); no people figures
 * </pre>
 *
 * Worked out by hand:
 * <pre>
 * HEA  coverage 410/1000 = 41.00 %, gap 590, over 0; need 800/2000 = 40.00 %; reach 600/800 = 75.00 %;
 *      cost 1000/800 = 1.25; women and girls 440/800 = 55.00 %; children 320/800 = 40.00 %
 * WSH  coverage undefined (funding not reported); gap undefined; need 400/1000 = 40.00 %;
 *      reach undefined (reached not reported); cost 500/400 = 1.25
 * PRO  coverage 150/100 = 150.00 %; gap max(0, 100 - 150) = 0; over-funding 150 - 100 = 50; no people
 * SO1  requirements 1000 + 500 + 100 = 1600; funding 410 + 150 = 560; coverage 560/1600 = 35.00 %;
 *      gap 1040; people: the sectors have no areas, so the highest sector: in need max(2000, 1000) = 2000,
 *      targeted max(800, 400) = 800, reached 600; need 40.00 %; reach 75.00 %; cost 1600/800 = 2.00
 * plan requirements 2000 (stated); funding 820 (stated); coverage 820/2000 = 41.00 %; gap 1180;
 *      in need 2500 (stated); targeted 800, reached 600 (from SO1); need 800/2500 = 32.00 %; reach 75.00 %;
 *      cost 2000/800 = 2.50
 * </pre>
 */
class PlanSummaryTest {

  static Plan plan() {
    PeopleFigures heaPeople = PeopleFigures.builder().inNeed(2000).targeted(800).reached(600)
        .addBreakdown(PeopleCell.builder().sex(Sex.FEMALE).targeted(440).build(),
            PeopleCell.builder().sex(Sex.MALE).targeted(360).build(),
            PeopleCell.builder().ageBand(AgeBand.CHILDREN).targeted(320).build(),
            PeopleCell.builder().ageBand(AgeBand.ADULTS).targeted(480).build())
        .build();
    Sector hea = Sector.builder().id("s-hea").code(sector("HEA")).requirements(usd(1000))
        .funding(fundingTotal(usd(410))).people(heaPeople).build();
    Sector wsh = Sector.builder().id("s-wsh").code(sector("WSH")).requirements(usd(500))
        .people(PeopleFigures.builder().inNeed(1000).targeted(400).build()).build();
    Sector pro = Sector.builder().id("s-pro").code(sector("PRO")).requirements(usd(100))
        .funding(fundingTotal(usd(150))).build();
    return Plan.builder().id("hrp-2024").name("Example HRP 2024").period(Period.year(2024))
        .requirements(usd(2000)).funding(fundingTotal(usd(820)))
        .people(PeopleFigures.builder().inNeed(2500).build())
        .addObjectives(Objective.builder().id("SO1").title("Save lives").addSectors(hea, wsh, pro).build())
        .build();
  }

  @Test
  void levelsAreThePlanThenEachObjectiveFollowedByItsSectors() {
    List<PlanSummary.Level> levels = PlanSummary.of(plan()).levels();
    assertEquals(List.of("plan", "objective", "sector", "sector", "sector"),
        levels.stream().map(PlanSummary.Level::kind).toList());
    assertEquals(List.of("hrp-2024", "SO1", "HEA", "WSH", "PRO"), levels.stream().map(PlanSummary.Level::id).toList());
    assertEquals(List.of("Example HRP 2024", "Save lives", "Health", "Water, Sanitation and Hygiene", "Protection"),
        levels.stream().map(PlanSummary.Level::name).toList());
    assertEquals(List.of(0, 1, 2, 2, 2), levels.stream().map(PlanSummary.Level::depth).toList());
    assertEquals(PlanSummary.INDICATORS, List.copyOf(levels.get(0).indicators().keySet()));
  }

  @Test
  void eachSectorsIndicatorsAreComputedFromItsOwnFigures() {
    PlanSummary.Level hea = PlanSummary.of(plan()).levels().get(2);
    // 410 / 1000 = 0.41
    assertDecimal("0.41", hea.indicator("funding coverage").exact().orElse(null));
    // 1000 - 410 = 590; over-funding max(0, 410 - 1000) = 0
    assertDecimal("590", hea.indicator("funding gap").exact().orElse(null));
    assertDecimal("0", hea.indicator("over-funding").exact().orElse(null));
    // 800 / 2000 = 0.4; 600 / 800 = 0.75; 1000 / 800 = 1.25 USD per person
    assertDecimal("0.4", hea.indicator("need coverage").exact().orElse(null));
    assertDecimal("0.75", hea.indicator("reach coverage").exact().orElse(null));
    assertDecimal("1.25", hea.indicator("cost per person targeted").exact().orElse(null));
    // women and girls 440 / 800 = 0.55; children (0-17) 320 / 800 = 0.4
    assertDecimal("0.55", hea.indicator("share of women and girls targeted").exact().orElse(null));
    assertDecimal("0.4", hea.indicator("share of children targeted").exact().orElse(null));
    assertEquals(OptionalLong.of(2000), hea.inNeed());
    assertEquals(Optional.of(usd(410)), hea.funding());
  }

  @Test
  void theObjectiveAndPlanAreRolledUpFromTheirPartsUnlessTheyStateAFigure() {
    List<PlanSummary.Level> levels = PlanSummary.of(plan()).levels();
    PlanSummary.Level so1 = levels.get(1);
    // requirements 1000 + 500 + 100 = 1600; funding 410 + 150 = 560 (WSH has none)
    assertEquals(Optional.of(usd(1600)), so1.requirements());
    assertEquals(Optional.of(usd(560)), so1.funding());
    // 560 / 1600 = 0.35
    assertDecimal("0.35", so1.indicator("funding coverage").exact().orElse(null));
    // in need: no areas, so the highest sector max(2000, 1000) = 2000 (not 3000)
    assertEquals(OptionalLong.of(2000), so1.inNeed());
    assertEquals(OptionalLong.of(800), so1.targeted());
    // cost 1600 / 800 = 2
    assertDecimal("2", so1.indicator("cost per person targeted").exact().orElse(null));
    PlanSummary.Level planLevel = levels.get(0);
    // stated: requirements 2000, funding 820, in need 2500; 820 / 2000 = 0.41; 800 / 2500 = 0.32
    assertEquals(Optional.of(usd(2000)), planLevel.requirements());
    assertEquals(OptionalLong.of(2500), planLevel.inNeed());
    assertDecimal("0.41", planLevel.indicator("funding coverage").exact().orElse(null));
    assertDecimal("0.32", planLevel.indicator("need coverage").exact().orElse(null));
  }

  @Test
  void undefinedIndicatorsHaveNoValueAndSayWhy() {
    List<PlanSummary.Level> levels = PlanSummary.of(plan()).levels();
    PlanSummary.Level wsh = levels.get(3);
    assertFalse(wsh.indicator("funding coverage").isDefined());
    assertEquals("funding not reported", wsh.indicator("funding coverage").reason());
    assertEquals("reached not reported", wsh.indicator("reach coverage").reason());
    // no breakdown: the shares are undefined, not 0
    assertFalse(wsh.indicator("share of women and girls targeted").isDefined());
    PlanSummary.Level pro = levels.get(4);
    // PRO: 150 / 100 = 1.5 (kept above 1); over-funding 150 - 100 = 50; gap 0
    assertDecimal("1.5", pro.indicator("funding coverage").exact().orElse(null));
    assertDecimal("50", pro.indicator("over-funding").exact().orElse(null));
    assertDecimal("0", pro.indicator("funding gap").exact().orElse(null));
    assertFalse(pro.indicator("need coverage").isDefined());
    assertThrows(IllegalArgumentException.class, () -> pro.indicator("no such indicator"));
  }

  @Test
  void textShowsEveryLevelWithHandComputedFigures() {
    String text = PlanSummary.of(plan()).toText(Rounding.FTS);
    String expected = String.join("\n",
        "PLAN Example HRP 2024",
        "  money:  requirements 2,000.00 USD, funding 820.00 USD, coverage 41.00 %, gap 1,180.00 USD",
        "  people: in need 2,500, targeted 800, reached 600; need coverage 32.00 %, reach coverage 75.00 %",
        "  cost per person targeted: 2.50 USD per person",
        "  OBJECTIVE Save lives",
        "    money:  requirements 1,600.00 USD, funding 560.00 USD, coverage 35.00 %, gap 1,040.00 USD",
        "    people: in need 2,000, targeted 800, reached 600; need coverage 40.00 %, reach coverage 75.00 %",
        "    cost per person targeted: 2.00 USD per person",
        "    SECTOR Health",
        "      money:  requirements 1,000.00 USD, funding 410.00 USD, coverage 41.00 %, gap 590.00 USD",
        "      people: in need 2,000, targeted 800, reached 600; need coverage 40.00 %, reach coverage 75.00 %",
        "      cost per person targeted: 1.25 USD per person",
        "      share of women and girls targeted: 55.00 %",
        "      share of children targeted: 40.00 %",
        "    SECTOR Water, Sanitation and Hygiene",
        "      money:  requirements 500.00 USD, funding not reported, coverage undefined (funding not reported)",
        "      people: in need 1,000, targeted 400, reached not reported; need coverage 40.00 %, "
            + "reach coverage undefined (reached not reported)",
        "      cost per person targeted: 1.25 USD per person",
        "    SECTOR Protection",
        "      money:  requirements 100.00 USD, funding 150.00 USD, coverage 150.00 %, gap 0.00 USD, "
            + "over-funded by 50.00 USD",
        "      people: not reported",
        "");
    assertEquals(expected, text);
  }

  @Test
  void anUndefinedCoverageIsNeverShownAsZero() {
    String text = PlanSummary.of(plan()).toText(Rounding.HDX);
    assertTrue(text.contains("coverage undefined (funding not reported)"), text);
    assertFalse(text.contains("coverage 0 %"), text);
    assertFalse(text.contains("coverage 0.00 %"), text);
    // HDX: 41.00 -> 41; 32.00 -> 32
    assertTrue(text.contains("  money:  requirements 2,000.00 USD, funding 820.00 USD, coverage 41 %,"), text);
    assertTrue(text.contains("need coverage 32 %"), text);
  }

  @Test
  void tableHasOneRowPerLevelWithTheSummaryColumns() {
    IndicatorTable t = PlanSummary.of(plan()).toTable(Rounding.FTS);
    assertEquals(List.of("level", "objective", "sector", "name", "requirements", "funding",
        "funding_coverage_pct", "funding_gap", "over_funding", "in_need", "targeted", "reached",
        "need_coverage_pct", "reach_coverage_pct", "cost_per_person_targeted", "currency"), t.columns());
    assertEquals(List.of("plan", "objective", "sector", "sector", "sector"), t.column("level"));
    assertEquals(Arrays.asList(null, "SO1", "SO1", "SO1", "SO1"), t.column("objective"));
    assertEquals(Arrays.asList(null, null, "HEA", "WSH", "PRO"), t.column("sector"));

    // HEA row (see class comment)
    List<Object> hea = new ArrayList<>(t.rows().get(2));
    assertEquals(List.of("sector", "SO1", "HEA", "Health"), hea.subList(0, 4));
    assertDecimal("1000", t.get(2, "requirements"));
    assertDecimal("410", t.get(2, "funding"));
    assertScaled("41.00", t.get(2, "funding_coverage_pct"));
    assertDecimal("590", t.get(2, "funding_gap"));
    assertDecimal("0", t.get(2, "over_funding"));
    assertEquals(2000L, t.get(2, "in_need"));
    assertEquals(800L, t.get(2, "targeted"));
    assertEquals(600L, t.get(2, "reached"));
    assertScaled("40.00", t.get(2, "need_coverage_pct"));
    assertScaled("75.00", t.get(2, "reach_coverage_pct"));
    // 1000 / 800 = 1.25, at the rounding's two places
    assertScaled("1.25", t.get(2, "cost_per_person_targeted"));
    assertEquals("USD", t.get(2, "currency"));

    // WSH: undefined cells are empty, never 0
    assertNull(t.get(3, "funding"));
    assertNull(t.get(3, "funding_coverage_pct"));
    assertNull(t.get(3, "funding_gap"));
    assertNull(t.get(3, "reached"));
    assertNull(t.get(3, "reach_coverage_pct"));
    // PRO: 150.00 %, over-funded by 50
    assertScaled("150.00", t.get(4, "funding_coverage_pct"));
    assertDecimal("50", t.get(4, "over_funding"));
  }

  @Test
  void fundingInAnotherCurrencyThanTheRequirementsIsNotRelabelled() {
    Sector mixed = Sector.builder().id("s").code(sector("HEA")).requirements(usd(100))
        .funding(fundingTotal(Money.of(50, "EUR"))).build();
    Plan p = Plan.builder().id("p").name("p")
        .addObjectives(Objective.builder().id("O").title("O").addSectors(mixed).build()).build();
    PlanSummary.Level sectorLevel = PlanSummary.of(p).levels().get(2);
    // the funding is 50 EUR, and EUR cannot be divided by USD without a conversion: undefined
    assertEquals(Optional.of(Money.of(50, "EUR")), sectorLevel.funding());
    assertEquals(Undefined.CURRENCIES_DIFFER, sectorLevel.indicator("funding coverage").reasonCode().orElseThrow());
  }

  @Test
  void originalRequirementsAreShownBesideTheRevisedOnesWhichCoverageUses() {
    Plan plan = Plan.builder().id("r").name("Revised").requirements(usd(1_131_050_820L))
        .originalRequirements(usd(732_600_000L)).funding(fundingTotal(usd(564_467_765L)))
        .addSectors(Sector.builder().id("s").code(sector("HEA")).requirements(usd(200))
            .originalRequirements(usd(0)).build())
        .addSectors(Sector.builder().id("t").code(sector("WSH")).requirements(usd(100)).build())
        .build();
    PlanSummary summary = PlanSummary.of(plan);
    PlanSummary.Level top = summary.levels().get(0);
    assertEquals(Optional.of(usd(732_600_000L)), top.originalRequirements());
    assertScaled("54.39", top.indicator("requirements revision").percent(Rounding.FTS).orElseThrow());
    assertScaled("49.91", top.indicator("funding coverage").percent(Rounding.FTS).orElseThrow());
    String text = summary.toText(Rounding.FTS);
    assertTrue(text.contains("  revision: original requirements 732,600,000.00 USD, revised 1,131,050,820.00 USD"
        + " (+54.39 %); coverage uses the revised figure\n"), text);
    assertTrue(text.contains("    revision: original requirements 0.00 USD, revised 200.00 USD;"), "no % of 0: " + text);
    assertEquals(2, text.lines().filter(l -> l.contains("revision:")).count(), "none where not reported");
    IndicatorTable table = summary.toTable(Rounding.FTS);
    assertDecimal("732600000", table.column("original_requirements").get(0));
    assertNull(table.column("original_requirements").get(2), "not reported, never 0");
    Plan plain = Plan.builder().from(plan).originalRequirements(Optional.empty()).sectors(List.of()).build();
    assertFalse(PlanSummary.of(plain).toTable(Rounding.FTS).columns().contains("original_requirements"));
  }
}
