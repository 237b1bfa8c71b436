package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.indicators.Fixtures.sector;
import static org.responseplan.indicators.Fixtures.usd;
import static org.responseplan.indicators.Fixtures.people;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;

/**
 * Figures a plan gives as text ({@code "labels": {"targeted": "At risk communities"}}): not reported in every
 * calculation, never 0, and shown where the number would be.
 *
 * <pre>
 * plan "labels-2021": in need 50000, targeted 20000
 *   objective o1 Reduce risks: requirements 700 USD; targeted "At risk communities", reached 4000
 *     HEA Health: targeted 3000 (a number, below the objective's text)
 *   objective o2 Meet basic needs: requirements 500 USD; in need 30000, targeted 12000 ("Migrants in transit"),
 *                                  reached 9000
 * </pre>
 */
class FigureLabelsTest {
  private static final String AT_RISK = "At risk communities";

  static Plan plan() {
    Sector health = Sector.builder().id("o1-hea").code(sector("HEA"))
        .people(PeopleFigures.builder().targeted(3000).build()).build();
    Objective o1 = Objective.builder().id("o1").title("Reduce risks").requirements(usd(700))
        .people(PeopleFigures.builder().reached(4000).label(PeopleMetric.TARGETED, AT_RISK).build())
        .addSectors(health).build();
    Objective o2 = Objective.builder().id("o2").title("Meet basic needs").requirements(usd(500))
        .people(PeopleFigures.builder().inNeed(30_000).targeted(12_000).reached(9000)
            .label(PeopleMetric.TARGETED, "Migrants in transit").build())
        .build();
    return Plan.builder().id("labels-2021").name("Labels 2021")
        .people(PeopleFigures.builder().inNeed(50_000).targeted(20_000).build())
        .addObjectives(o1, o2).build();
  }

  private static PlanSummary.Level level(String id) {
    return PlanSummary.of(plan()).levels().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
  }

  // ---- Calculation ----

  @Test
  void aCoverageUndefinedBecauseTargetedIsTextSaysSo() {
    Calculation c = Calculators.reachCoverage(people(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(4000)))
        .withLabel("targeted", AT_RISK);
    assertFalse(c.isDefined());
    assertEquals(Undefined.DENOMINATOR_NOT_REPORTED, c.reasonCode().orElseThrow());
    assertEquals("targeted is given as text: \"At risk communities\"", c.reason());
    assertEquals("reach coverage = reached / targeted with reached = 4000, targeted = given as text: "
        + "\"At risk communities\": undefined, targeted is given as text: \"At risk communities\"", c.explain());
  }

  @Test
  void aFigureNotReportedIsNamedBeforeTheOneGivenAsText() {
    Calculation c = Calculators.reachCoverage(people(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty()))
        .withLabel("targeted", AT_RISK);
    assertEquals("reached not reported; targeted is given as text: \"At risk communities\"", c.reason());
  }

  @Test
  void aLabelBesideANumberChangesNoCalculation() {
    Calculation c = Calculators.needCoverage(people(OptionalLong.of(30_000), OptionalLong.of(12_000), OptionalLong.empty()));
    assertSame(c, c.withLabel("targeted", "Migrants in transit"));
    assertTrue(c.isDefined());
  }

  @Test
  void aLabelForAnInputTheCalculationDoesNotHaveIsAMistakeOfTheCaller() {
    Calculation c = Calculators.needCoverage(people(OptionalLong.of(30_000), OptionalLong.empty(), OptionalLong.empty()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.withLabel("Targeted", "x"));
    assertTrue(e.getMessage().contains("[targeted, in need]"), e.getMessage());
  }

  // ---- PlanSummary ----

  @Test
  void theSummaryKeepsTheLabelAndLeavesTheFigureNotReported() {
    PlanSummary.Level o1 = level("o1");
    assertEquals(OptionalLong.empty(), o1.targeted(), "not computed from the sector's 3000, and never 0");
    assertEquals(Map.of(PeopleMetric.TARGETED, AT_RISK), o1.labels());
    assertEquals("targeted is given as text: \"At risk communities\"", o1.indicator("reach coverage").reason());
    assertEquals("targeted is given as text: \"At risk communities\"",
        o1.indicator("cost per person targeted").reason());
    assertEquals("in need not reported; targeted is given as text: \"At risk communities\"",
        o1.indicator("need coverage").reason());
  }

  @Test
  void theSummaryTextPrintsTheLabelWhereTheFigureWouldBe() {
    String text = PlanSummary.of(plan()).toText(Rounding.FTS);
    assertTrue(text.contains("  OBJECTIVE Reduce risks\n"
        + "    money:  requirements 700.00 USD, funding not reported, coverage undefined (funding not reported)\n"
        + "    people: in need not reported, targeted \"At risk communities\", reached 4,000; need coverage undefined "
        + "(in need not reported; targeted is given as text: \"At risk communities\"), reach coverage undefined "
        + "(targeted is given as text: \"At risk communities\")\n"), text);
    assertTrue(text.contains("    people: in need 30,000, targeted 12,000 (\"Migrants in transit\"), reached 9,000;"
        + " need coverage 40.00 %, reach coverage 75.00 %\n"), text);
  }

  @Test
  void aLevelWithOnlyALabelIsNotAPlanWithoutPeople() {
    Plan plan = Plan.builder().id("p").name("P")
        .people(PeopleFigures.builder().label(PeopleMetric.IN_NEED, "the whole region").build()).build();
    String text = PlanSummary.of(plan).toText(Rounding.FTS);
    assertTrue(text.contains("  people: in need \"the whole region\", targeted not reported, reached not reported;"),
        text);
    assertFalse(text.contains("people: not reported"), text);
  }

  @Test
  void theSummaryTableHasLabelColumnsBesideTheFiguresThatHaveLabels() {
    IndicatorTable t = PlanSummary.of(plan()).toTable(Rounding.FTS);
    List<String> measures = t.measures();
    assertEquals(measures.indexOf("targeted") + 1, measures.indexOf("targeted_label"));
    assertFalse(measures.contains("in_need_label"), "no level gives in need as text");
    assertFalse(measures.contains("reached_label"));
    assertEquals(java.util.Arrays.asList(null, AT_RISK, null, "Migrants in transit"), t.column("targeted_label"));
    assertEquals(java.util.Arrays.asList(20_000L, null, 3000L, 12_000L), t.column("targeted"));
    assertTrue(t.toCsv().startsWith("level,objective,sector,name,requirements,funding,funding_coverage_pct,"
        + "funding_gap,over_funding,in_need,targeted,targeted_label,reached,"), t.toCsv());
    assertTrue(t.toCsv().contains(",,At risk communities,4000,"), t.toCsv());
  }

  @Test
  void aPlanWithoutLabelsHasNoLabelColumns() {
    IndicatorTable summary = PlanSummary.of(PlanSummaryTest.plan()).toTable(Rounding.FTS);
    assertEquals(List.of("requirements", "funding", "funding_coverage_pct", "funding_gap", "over_funding",
        "in_need", "targeted", "reached", "need_coverage_pct", "reach_coverage_pct", "cost_per_person_targeted",
        "currency"), summary.measures());
    assertEquals(PlanRollup.MEASURES, PlanRollup.of(PlanSummaryTest.plan()).by(Dimension.SECTOR).measures());
  }

  // ---- PlanRollup ----

  @Test
  void rollupRowsCarryTheLabelAndNoComputedNumberInItsPlace() {
    IndicatorTable t = PlanRollup.of(plan()).by(Dimension.OBJECTIVE);
    assertEquals(List.of("o1", "o2"), t.column("objective"));
    assertEquals(java.util.Arrays.asList(null, 12_000L), t.column("targeted"));
    assertEquals(List.of(AT_RISK, "Migrants in transit"), t.column("targeted_label"));
    assertNull(t.get(0, "reach_coverage_pct"), "undefined, never 0");
    assertFalse(t.columns().contains("in_need_label"));
  }

  @Test
  void aParentComputedFromItsPartsStillUsesTheNumbersBelowALabel() {
    // Without the plan's own targeted figure and without o2, the plan's is what o1's sector targets: 3000. o1's text
    // is no number, but the numbers under it are the plan's too.
    Plan plan = Plan.builder().from(plan()).people(PeopleFigures.builder().inNeed(50_000).build())
        .objectives(List.of(plan().getObjectives().get(0))).build();
    IndicatorTable t = PlanRollup.of(plan).by();
    assertEquals(3000L, t.get(0, "targeted"));
    assertFalse(t.columns().contains("targeted_label"), "the plan itself gives no label");
    assertEquals(OptionalLong.of(3000), PlanSummary.of(plan).levels().get(0).targeted());
    assertEquals(OptionalLong.empty(), PlanSummary.of(plan).levels().get(1).targeted(), "o1 keeps its text");
  }

  @Test
  void rowsByAreaOrGroupHaveNoLabels() {
    IndicatorTable t = PlanRollup.of(plan()).by(Dimension.OBJECTIVE, Dimension.COUNTRY);
    assertEquals(PlanRollup.MEASURES, t.measures());
  }
}
