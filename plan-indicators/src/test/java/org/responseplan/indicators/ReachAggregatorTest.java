package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.indicators.Fixtures.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ReachAggregator}: 5W reports into people reached, each expected figure worked out by hand. */
class ReachAggregatorTest {

  static final YearMonth JAN = YearMonth.of(2024, 1);
  static final YearMonth FEB = YearMonth.of(2024, 2);
  static final YearMonth MAR = YearMonth.of(2024, 3);

  static ReachAggregator aggregate(List<ActivityReport> rows) {
    ReachAggregator a = ReachAggregator.create();
    a.addAll(rows);
    return a;
  }

  // ---- months ----

  @Test
  void newBeneficiariesAddUpOverMonthsAndTotalMonthlyBeneficiariesTakeTheHighestMonth() {
    ReachAggregator a = aggregate(List.of(
        report("WSH", "COL", "CO11", "", "refugees", JAN, 100L, 400L),
        report("WSH", "COL", "CO11", "", "refugees", FEB, 50L, 450L),
        report("WSH", "COL", "CO11", "", "refugees", MAR, 30L, 420L)));
    IndicatorTable t = a.result(Dimension.SECTOR);
    // reached (new): 100 + 50 + 30 = 180
    assertEquals(180L, t.get(0, "reached"));
    // total monthly: max(400, 450, 420) = 450, never 400 + 450 + 420 = 1270
    assertEquals(450L, t.get(0, "total_monthly_beneficiaries"));
  }

  @Test
  void byPeriodEachMonthKeepsItsOwnFigures() {
    ReachAggregator a = aggregate(List.of(
        report("WSH", "COL", "CO11", "", "refugees", FEB, 50L, 450L),
        report("WSH", "COL", "CO11", "", "refugees", JAN, 100L, 400L)));
    IndicatorTable t = a.result(Dimension.PERIOD);
    assertEquals(List.of("2024-01", "2024-02"), t.column("period"));
    assertEquals(List.of(100L, 50L), t.column("reached"));
    assertEquals(List.of(400L, 450L), t.column("total_monthly_beneficiaries"));
  }

  @Test
  void reportsOfTheSameSectorAreaGroupAndMonthFromTwoPartnersAddUp() {
    ActivityReport partnerA = report("WSH", "COL", "CO11", "", "refugees", JAN, 100L, 300L);
    ActivityReport partnerB = ActivityReport.builder().reportingOrganisation("org-b").implementingOrganisation("org-b")
        .sector("WSH").activity("water trucking").location("COL", "CO11", "").populationGroup("refugees")
        .month(JAN).newBeneficiaries(40L).totalMonthlyBeneficiaries(200L).build();
    ReachAggregator a = aggregate(List.of(partnerA, partnerB));
    // different partners, same cell: 100 + 40 = 140 new; 300 + 200 = 500 total in that month
    assertEquals(140L, a.result(Dimension.SECTOR).get(0, "reached"));
    assertEquals(500L, a.result(Dimension.SECTOR).get(0, "total_monthly_beneficiaries"));
    assertEquals(1, a.groups());
  }

  // ---- across sectors ----

  @Test
  void intersectoralIsTheHighestSectorPerAreaAndGroupThenSummed() {
    ReachAggregator a = aggregate(List.of(
        report("HEA", "COL", "CO11", "", "refugees", JAN, 100L, null),
        report("WSH", "COL", "CO11", "", "refugees", JAN, 70L, null),
        report("HEA", "COL", "CO05", "", "refugees", JAN, 20L, null),
        report("WSH", "COL", "CO05", "", "refugees", JAN, 50L, null)));
    // CO11 max(100, 70) = 100; CO05 max(20, 50) = 50; 100 + 50 = 150
    // (the sum over sectors 240 double counts; the highest sector total max(120, 120) = 120 under counts)
    assertEquals(150L, a.intersectoralReached());
    assertEquals(150L, a.result().get(0, "reached"));
    // nothing reported total monthly: empty, not 0
    assertNull(a.result().get(0, "total_monthly_beneficiaries"));
  }

  @Test
  void withPeriodKeptTheHighestSectorIsTakenPerMonth() {
    ReachAggregator a = aggregate(List.of(
        report("HEA", "COL", "CO11", "", "refugees", JAN, 100L, null),
        report("WSH", "COL", "CO11", "", "refugees", JAN, 70L, null),
        report("HEA", "COL", "CO11", "", "refugees", FEB, 10L, null),
        report("WSH", "COL", "CO11", "", "refugees", FEB, 60L, null)));
    // by month: Jan max(100, 70) = 100; Feb max(10, 60) = 60
    assertEquals(List.of(100L, 60L), a.result(Dimension.PERIOD).column("reached"));
    // without the month: each sector's months add first (HEA 100 + 10 = 110, WSH 70 + 60 = 130), then the
    // highest sector: max(110, 130) = 130
    assertEquals(130L, a.intersectoralReached());
  }

  // ---- each dimension ----

  /**
   * r1 HEA COL/CO11/CO11001 refugees Jan 100/300; r2 HEA COL/CO11/CO11002 refugees Jan 40/90;
   * r3 HEA COL/CO05/CO05001 migrants Feb 60/200; r4 WSH COL/CO11/CO11001 refugees Jan 130/250;
   * r5 WSH PER/PE15/PE1501 migrants Feb 30/80; r6 HEA COL/CO11/CO11001 refugees Feb 20/310.
   *
   * <p>New beneficiaries: months first (they add up), per sector, area and group; total monthly beneficiaries:
   * the highest sector and the sum over areas within each month, then the peak month. For new beneficiaries:
   * HEA CO11001 refugees 100 + 20 = 120 / max(300, 310) = 310; HEA CO11002 refugees 40 / 90;
   * HEA CO05001 migrants 60 / 200; WSH CO11001 refugees 130 / 250; WSH PE1501 migrants 30 / 80.
   * Then the highest sector per area and group: CO11001 refugees max(120, 130) = 130 / max(310, 250) = 310;
   * CO11002 refugees 40 / 90; CO05001 migrants 60 / 200; PE1501 migrants 30 / 80.
   */
  static List<ActivityReport> sixReports() {
    return List.of(
        report("HEA", "COL", "CO11", "CO11001", "refugees", JAN, 100L, 300L),
        report("HEA", "COL", "CO11", "CO11002", "refugees", JAN, 40L, 90L),
        report("HEA", "COL", "CO05", "CO05001", "migrants", FEB, 60L, 200L),
        report("WSH", "COL", "CO11", "CO11001", "refugees", JAN, 130L, 250L),
        report("WSH", "PER", "PE15", "PE1501", "migrants", FEB, 30L, 80L),
        report("HEA", "COL", "CO11", "CO11001", "refugees", FEB, 20L, 310L));
  }

  @Test
  void resultsByNothing() {
    IndicatorTable t = aggregate(sixReports()).result();
    // reached: 130 + 40 + 60 + 30 = 260
    // total monthly, the peak of the monthly intersectoral totals: Jan max(HEA 300, WSH 250) + 90 = 390;
    // Feb 200 + 80 + 310 = 590; max(390, 590) = 590
    assertEquals(List.of(List.of(260L, 590L)), t.rows());
    assertEquals(ReachAggregator.MEASURES, t.columns());
  }

  @Test
  void resultsBySector() {
    IndicatorTable t = aggregate(sixReports()).result(Dimension.SECTOR);
    // reached: HEA 120 + 40 + 60 = 220; WSH 130 + 30 = 160
    // total monthly: HEA Jan 300 + 90 = 390, Feb 200 + 310 = 510 -> 510; WSH Jan 250, Feb 80 -> 250
    assertEquals(List.of(List.of("HEA", 220L, 510L), List.of("WSH", 160L, 250L)), t.rows());
  }

  @Test
  void resultsByCountry() {
    IndicatorTable t = aggregate(sixReports()).result(Dimension.COUNTRY);
    // reached: COL 130 + 40 + 60 = 230; PER 30
    // total monthly: COL Jan 300 + 90 = 390, Feb 200 + 310 = 510 -> 510; PER Feb 80
    assertEquals(List.of(List.of("COL", 230L, 510L), List.of("PER", 30L, 80L)), t.rows());
  }

  @Test
  void resultsByAdmin1() {
    IndicatorTable t = aggregate(sixReports()).result(Dimension.ADM1);
    // CO05 60 / 200; CO11 reached 130 + 40 = 170, total monthly Jan 300 + 90 = 390, Feb 310 -> 390; PE15 30 / 80
    assertEquals(List.of(List.of("CO05", 60L, 200L), List.of("CO11", 170L, 390L), List.of("PE15", 30L, 80L)),
        t.rows());
  }

  @Test
  void resultsByAdmin2() {
    IndicatorTable t = aggregate(sixReports()).result(Dimension.ADM2);
    // CO05001 60/200; CO11001 130/310; CO11002 40/90; PE1501 30/80
    assertEquals(List.of(List.of("CO05001", 60L, 200L), List.of("CO11001", 130L, 310L),
        List.of("CO11002", 40L, 90L), List.of("PE1501", 30L, 80L)), t.rows());
  }

  @Test
  void resultsByPopulationGroup() {
    IndicatorTable t = aggregate(sixReports()).result(Dimension.POPULATION_GROUP);
    // migrants 60 + 30 = 90 / Feb 200 + 80 = 280; refugees 130 + 40 = 170 / Jan 300 + 90 = 390, Feb 310 -> 390
    assertEquals(List.of(List.of("migrants", 90L, 280L), List.of("refugees", 170L, 390L)), t.rows());
  }

  @Test
  void resultsByPeriod() {
    IndicatorTable t = aggregate(sixReports()).result(Dimension.PERIOD);
    // Jan: CO11001 refugees max(HEA 100, WSH 130) = 130 / max(300, 250) = 300; CO11002 refugees 40 / 90
    //      -> 130 + 40 = 170 / 300 + 90 = 390
    // Feb: CO05001 migrants 60 / 200; PE1501 migrants 30 / 80; CO11001 refugees (HEA only) 20 / 310
    //      -> 60 + 30 + 20 = 110 / 200 + 80 + 310 = 590
    assertEquals(List.of(List.of("2024-01", 170L, 390L), List.of("2024-02", 110L, 590L)), t.rows());
  }

  @Test
  void resultsBySectorAndPeriodKeepSectorsApart() {
    IndicatorTable t = aggregate(sixReports()).result(Dimension.PERIOD, Dimension.SECTOR);
    assertEquals(List.of("sector", "period", "reached", "total_monthly_beneficiaries"), t.columns());
    // HEA Jan 100 + 40 = 140 / 300 + 90 = 390; HEA Feb 60 + 20 = 80 / 200 + 310 = 510;
    // WSH Jan 130 / 250; WSH Feb 30 / 80
    assertEquals(List.of(List.of("HEA", "2024-01", 140L, 390L), List.of("HEA", "2024-02", 80L, 510L),
        List.of("WSH", "2024-01", 130L, 250L), List.of("WSH", "2024-02", 30L, 80L)), t.rows());
  }

  @Test
  void onlyTheFiveWDimensionsCanBeAskedFor() {
    ReachAggregator a = aggregate(sixReports());
    assertThrows(IllegalArgumentException.class, () -> a.result(Dimension.OBJECTIVE));
    assertThrows(IllegalArgumentException.class, () -> a.result(EnumSet.of(Dimension.PLAN, Dimension.SECTOR)));
  }

  @Test
  void totalMonthlyBeneficiariesOverAreasAreThePeakOfTheMonthlyTotals() {
    ReachAggregator a = aggregate(List.of(
        report("HEA", "COL", "CO11", "", "refugees", JAN, null, 100L),
        report("HEA", "COL", "CO11", "", "refugees", FEB, null, 10L),
        report("HEA", "COL", "CO05", "", "refugees", JAN, null, 10L),
        report("HEA", "COL", "CO05", "", "refugees", FEB, null, 100L)));
    // monthly totals of the sector: Jan 100 + 10 = 110; Feb 10 + 100 = 110; peak 110
    // (the sum of per-area peaks 100 + 100 = 200 counts people of two different months)
    assertEquals(110L, a.result(Dimension.SECTOR).get(0, "total_monthly_beneficiaries"));
  }

  // ---- rejected rows ----

  @Test
  void rowsWithProblemsAreRejectedAndCountedByRule() {
    ReachAggregator a = ReachAggregator.create();
    a.add(report("HEA", "COL", "CO11", "", "refugees", JAN, 100L, null)); // sound
    a.add(report("HEA", "COL", "CO11", "", "refugees", JAN, -5L, null)); // negative new
    a.add(report("HEA", "COL", "CO11", "", "refugees", JAN, 5L, -1L)); // negative total
    a.add(report(" ", "COL", "CO11", "", "refugees", JAN, 7L, null)); // blank sector
    a.add(report("HEA", "", "CO11", "", "refugees", JAN, 9L, null)); // blank country
    a.add(report("HEA", "COL", "CO11", "", "refugees", JAN, null, null)); // no figures
    a.add(ActivityReport.builder().sector("HEA").location("COL", "CO11", "").populationGroup("refugees").month(JAN)
        .newBeneficiaries(3L).split(-1L, 4L, null, null, null, null).build()); // a negative split count
    assertEquals(7, a.rows());
    assertEquals(1, a.acceptedRows());
    // negative: -5 new, -1 total, -1 girls = 3; required field: blank sector, blank country = 2; no figures: 1
    assertEquals(Map.of(FiveWProblem.NEGATIVE_COUNT, 3L, FiveWProblem.REQUIRED_FIELD, 2L,
        FiveWProblem.NO_FIGURES, 1L), a.problems());
    // only the sound row counts: 100
    assertEquals(100L, a.intersectoralReached());
    assertEquals(1, a.groups());
  }

  @Test
  void aSplitThatDoesNotSumIsCountedButTheRowStillAggregates() {
    ActivityReport off = ActivityReport.builder().sector("HEA").location("COL", "CO11", "")
        .populationGroup("refugees").month(JAN).newBeneficiaries(100L)
        .split(10L, 10L, null, 30L, 30L, null).build(); // 10 + 10 + 30 + 30 = 80, not 100
    ActivityReport sound = ActivityReport.builder().sector("HEA").location("COL", "CO05", "")
        .populationGroup("refugees").month(JAN).newBeneficiaries(50L)
        .split(10L, 10L, 5L, 10L, 10L, 5L).build(); // 10 + 10 + 5 + 10 + 10 + 5 = 50: fine
    assertEquals(Set.of(FiveWProblem.SPLIT_DOES_NOT_SUM), off.problems());
    assertEquals(Set.of(), sound.problems());
    ReachAggregator a = aggregate(List.of(off, sound));
    assertEquals(Map.of(FiveWProblem.SPLIT_DOES_NOT_SUM, 1L), a.problems());
    assertEquals(2, a.acceptedRows());
    // both rows count: 100 + 50 = 150
    assertEquals(150L, a.intersectoralReached());
  }

  @Test
  void aFigureNotReportedStaysEmptyNotZero() {
    ReachAggregator a = aggregate(List.of(
        report("HEA", "COL", "CO11", "", "refugees", JAN, null, 300L),
        report("WSH", "PER", "", "", "migrants", JAN, 40L, null)));
    IndicatorTable t = a.result(Dimension.SECTOR);
    // HEA: only total monthly; WSH: only new
    assertEquals(Arrays.asList("HEA", null, 300L), t.rows().get(0));
    assertEquals(Arrays.asList("WSH", 40L, null), t.rows().get(1));
    // an area or group not reported is an empty cell too
    IndicatorTable byArea = a.result(Dimension.COUNTRY, Dimension.ADM1);
    assertEquals(Arrays.asList("PER", null, 40L, null), byArea.rows().get(1));
  }

  @Test
  void aMissingFigureInOneReportDoesNotHideTheOtherReportsFigure() {
    ReachAggregator a = aggregate(List.of(
        report("HEA", "COL", "CO11", "", "refugees", JAN, 10L, null),
        report("HEA", "COL", "CO11", "", "refugees", JAN, null, 5L)));
    // same cell: new 10 (only the first gave it); total 5 (only the second)
    assertEquals(List.of(List.of("HEA", 10L, 5L)), a.result(Dimension.SECTOR).rows());
  }

  @Test
  void anEmptyAggregatorHasNoRowsAndNoIntersectoralFigure() {
    ReachAggregator a = ReachAggregator.create();
    assertEquals(0, a.result().size());
    assertNull(a.intersectoralReached());
    assertEquals(0, a.groups());
    assertTrue(a.problems().isEmpty());
  }

  // ---- merging ----

  static final List<Set<Dimension>> DIMENSION_SETS = List.of(EnumSet.noneOf(Dimension.class),
      EnumSet.of(Dimension.SECTOR), EnumSet.of(Dimension.COUNTRY), EnumSet.of(Dimension.PERIOD),
      EnumSet.of(Dimension.SECTOR, Dimension.ADM2, Dimension.POPULATION_GROUP),
      EnumSet.copyOf(ReachAggregator.DIMENSIONS));

  static void assertSameResults(ReachAggregator expected, ReachAggregator actual) {
    for (Set<Dimension> dims : DIMENSION_SETS) {
      assertEquals(expected.result(dims), actual.result(dims), () -> "by " + dims);
    }
    assertEquals(expected.problems(), actual.problems());
    assertEquals(expected.rows(), actual.rows());
    assertEquals(expected.acceptedRows(), actual.acceptedRows());
    assertEquals(expected.groups(), actual.groups());
  }

  @Test
  void mergingTwoAggregatorsEqualsOnePassOverAllRows() {
    List<ActivityReport> all = new ArrayList<>(sixReports());
    all.add(report("WSH", "", "", "", "", JAN, 1L, null)); // rejected: no country
    ReachAggregator first = aggregate(all.subList(0, 3));
    ReachAggregator second = aggregate(all.subList(3, all.size()));
    ReachAggregator merged = first.merge(second);
    assertSameResults(aggregate(all), merged);
    // and the figures are the hand-computed ones (see sixReports): 260 / 680
    assertEquals(260L, merged.intersectoralReached());
  }

  @Test
  void mergingWorksWhenTheDictionariesWereBuiltInDifferentOrders() {
    List<ActivityReport> rows = sixReports();
    List<ActivityReport> reversed = new ArrayList<>(rows);
    Collections.reverse(reversed);
    // "a" sees HEA, COL/CO11/CO11001, refugees first; "b" sees HEA/CO11001 Feb, then PER/PE15, migrants first
    ReachAggregator a = aggregate(rows.subList(0, 3));
    ReachAggregator b = aggregate(reversed.subList(0, 3));
    assertSameResults(aggregate(rows), a.merge(b));
    // the other way round too
    assertSameResults(aggregate(rows), aggregate(reversed.subList(0, 3)).merge(aggregate(rows.subList(0, 3))));
  }

  // ---- memory ----

  @Test
  void groupsGrowWithDistinctGroupsNotRows() {
    ReachAggregator a = ReachAggregator.create();
    ActivityReport row = report("HEA", "COL", "CO11", "", "refugees", JAN, 5L, 7L);
    for (int i = 0; i < 10_000; i++) {
      a.add(row);
    }
    assertEquals(1, a.groups());
    assertEquals(10_000, a.rows());
    // 10,000 reports of 5 new: 50,000; of 7 total in the same month: 70,000
    assertEquals(List.of(List.of(50_000L, 70_000L)), a.result().rows());
    // distinct groups: another month, another area, another group -> 4 groups
    a.add(report("HEA", "COL", "CO11", "", "refugees", FEB, 1L, null));
    a.add(report("HEA", "COL", "CO05", "", "refugees", JAN, 1L, null));
    a.add(report("HEA", "COL", "CO11", "", "migrants", JAN, 1L, null));
    assertEquals(4, a.groups());
  }

  @Test
  void aMonthOutsideTheSupportedRangeIsARejectedRowNotAnException() {
    ReachAggregator a = ReachAggregator.create();
    a.add(report("HEA", "COL", "", "", "", JAN, 1L, null));
    a.add(report("HEA", "COL", "", "", "", YearMonth.of(1899, 12), 1L, null));
    // both rows were given, only the first was aggregated; the second is counted under its rule
    assertEquals(2, a.rows());
    assertEquals(1, a.acceptedRows());
    assertEquals(1, a.groups());
    assertEquals(Map.of(FiveWProblem.INVALID_MONTH, 1L), a.problems());
  }
}
