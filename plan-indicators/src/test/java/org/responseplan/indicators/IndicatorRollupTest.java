package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.indicators.Fixtures.assertDecimal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.responseplan.model.AggregationRule;
import org.responseplan.model.Indicator;
import org.responseplan.model.Location;
import org.responseplan.model.Measurement;
import org.responseplan.model.Period;

/** {@link IndicatorRollup}: an indicator's measurements combined by its own period and location rules. */
class IndicatorRollupTest {

  static final Location COL = Location.country("COL");
  static final Location PER = Location.country("PER");
  static final Period JAN = Period.month(2024, 1);
  static final Period FEB = Period.month(2024, 2);
  static final Period MAR = Period.month(2024, 3);

  static Measurement m(Period period, Location where, String value) {
    return Measurement.builder().period(period).location(where).value(new BigDecimal(value)).build();
  }

  static Indicator indicator(AggregationRule overPeriods, AggregationRule overLocations, Measurement... ms) {
    return Indicator.builder().id("i").name("indicator").unit("people")
        .periodAggregation(overPeriods).locationAggregation(overLocations).addMeasurements(ms).build();
  }

  // ---- SUM: a flow ----

  /** New people reached: Jan COL 100, PER 50; Feb COL 30, PER 20. */
  static Indicator newPeopleReached() {
    return indicator(AggregationRule.SUM, AggregationRule.SUM,
        m(JAN, COL, "100"), m(JAN, PER, "50"), m(FEB, COL, "30"), m(FEB, PER, "20"));
  }

  @Test
  void aFlowIsSummedOverPeriodsAndLocations() {
    // 100 + 50 + 30 + 20 = 200
    assertDecimal("200", IndicatorRollup.total(newPeopleReached()).orElseThrow());
    List<IndicatorRollup.Value> all = IndicatorRollup.aggregate(newPeopleReached(), false, false);
    assertEquals(1, all.size());
    // the span of all periods: 1 January to 29 February 2024 (a leap year); 4 measurements; no single location
    assertEquals(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29)), all.get(0).period());
    assertEquals(4, all.get(0).measurements());
    assertNull(all.get(0).location());
  }

  @Test
  void keepingPeriodsGivesOneValuePerPeriodSummedOverLocations() {
    List<IndicatorRollup.Value> v = IndicatorRollup.aggregate(newPeopleReached(), true, false);
    assertEquals(List.of(JAN, FEB), v.stream().map(IndicatorRollup.Value::period).toList());
    // Jan 100 + 50 = 150; Feb 30 + 20 = 50
    assertDecimal("150", v.get(0).value());
    assertDecimal("50", v.get(1).value());
    assertEquals(2, v.get(0).measurements());
  }

  @Test
  void keepingLocationsGivesOneValuePerLocationSummedOverPeriods() {
    List<IndicatorRollup.Value> v = IndicatorRollup.aggregate(newPeopleReached(), false, true);
    assertEquals(List.of(COL, PER), v.stream().map(IndicatorRollup.Value::location).toList());
    // COL 100 + 30 = 130; PER 50 + 20 = 70
    assertDecimal("130", v.get(0).value());
    assertDecimal("70", v.get(1).value());
  }

  @Test
  void keepingBothGivesEachMeasurementInPeriodThenLocationOrder() {
    Indicator given = indicator(AggregationRule.SUM, AggregationRule.SUM,
        m(FEB, COL, "30"), m(JAN, PER, "50"), m(FEB, PER, "20"), m(JAN, COL, "100"));
    List<IndicatorRollup.Value> v = IndicatorRollup.aggregate(given, true, true);
    // sorted by period; within a period in the order given: Jan PER 50, Jan COL 100, Feb COL 30, Feb PER 20
    assertEquals(List.of(JAN, JAN, FEB, FEB), v.stream().map(IndicatorRollup.Value::period).toList());
    assertEquals(List.of(PER, COL, COL, PER), v.stream().map(IndicatorRollup.Value::location).toList());
    assertEquals(List.of(50L, 100L, 30L, 20L), v.stream().map(x -> x.value().longValueExact()).toList());
  }

  // ---- MAX: a stock is the peak of the monthly totals ----

  /** Total monthly beneficiaries: Jan COL 100, PER 10; Feb COL 20, PER 120; Mar COL 50, PER 50. */
  static Indicator stock() {
    return indicator(AggregationRule.MAX, AggregationRule.SUM,
        m(JAN, COL, "100"), m(JAN, PER, "10"), m(FEB, COL, "20"), m(FEB, PER, "120"),
        m(MAR, COL, "50"), m(MAR, PER, "50"));
  }

  @Test
  void aStockIsThePeakOfTheMonthlyTotalsNotTheSumOfPerLocationPeaks() {
    // monthly totals: Jan 100 + 10 = 110; Feb 20 + 120 = 140; Mar 50 + 50 = 100; peak = 140
    assertDecimal("140", IndicatorRollup.total(stock()).orElseThrow());
    // the wrong way would be: COL peak 100 (Jan) + PER peak 120 (Feb) = 220, people from different months
    List<IndicatorRollup.Value> perLocation = IndicatorRollup.aggregate(stock(), false, true);
    assertDecimal("100", perLocation.get(0).value());
    assertDecimal("120", perLocation.get(1).value());
    BigDecimal sumOfPeaks = perLocation.get(0).value().add(perLocation.get(1).value());
    assertDecimal("220", sumOfPeaks);
    assertTrue(sumOfPeaks.compareTo(IndicatorRollup.total(stock()).orElseThrow()) > 0);
  }

  @Test
  void aStockKeptByPeriodIsEachMonthsTotal() {
    List<IndicatorRollup.Value> v = IndicatorRollup.aggregate(stock(), true, false);
    // 110, 140, 100 (see above)
    assertEquals(List.of(110L, 140L, 100L), v.stream().map(x -> x.value().longValueExact()).toList());
  }

  // ---- LATEST: a cumulative figure takes the last period, whatever the order given ----

  @Test
  void latestTakesTheLastPeriodEvenWhenMeasurementsAreGivenOutOfOrder() {
    Indicator cumulative = indicator(AggregationRule.LATEST, AggregationRule.SUM,
        m(MAR, COL, "300"), m(JAN, COL, "100"), m(FEB, PER, "40"), m(MAR, PER, "70"), m(JAN, PER, "20"),
        m(FEB, COL, "180"));
    // monthly totals: Jan 100 + 20 = 120; Feb 40 + 180 = 220; Mar 300 + 70 = 370; latest = March = 370
    assertDecimal("370", IndicatorRollup.total(cumulative).orElseThrow());
    // per location: COL latest 300; PER latest 70
    List<IndicatorRollup.Value> v = IndicatorRollup.aggregate(cumulative, false, true);
    assertEquals(List.of(COL, PER), v.stream().map(IndicatorRollup.Value::location).toList());
    assertDecimal("300", v.get(0).value());
    assertDecimal("70", v.get(1).value());
  }

  // ---- AVERAGE: a ratio is averaged exactly, never summed ----

  @Test
  void aRatioIsAveragedExactlyOverLocationsThenPeriods() {
    Indicator rate = Indicator.builder().id("r").name("rate").unit("percent")
        .periodAggregation(AggregationRule.AVERAGE).locationAggregation(AggregationRule.AVERAGE)
        .addMeasurements(m(JAN, COL, "10"), m(JAN, PER, "20"), m(FEB, COL, "40"), m(FEB, PER, "20"),
            m(MAR, COL, "20"))
        .build();
    assertTrue(rate.isRatio());
    // per month over locations: Jan (10 + 20) / 2 = 15; Feb (40 + 20) / 2 = 30; Mar 20 / 1 = 20
    List<IndicatorRollup.Value> monthly = IndicatorRollup.aggregate(rate, true, false);
    assertEquals(List.of(15L, 30L, 20L), monthly.stream().map(x -> x.value().longValueExact()).toList());
    // over months: (15 + 30 + 20) / 3 = 65 / 3 = 21.666... to 34 significant digits: 21. then 31 sixes and a 7
    // (the mean of all five measurements would be 110 / 5 = 22: a different, wrong weighting)
    assertDecimal("21." + "6".repeat(31) + "7", IndicatorRollup.total(rate).orElseThrow());
  }

  @Test
  void combineAppliesEachRuleToValuesInTimeOrder() {
    List<BigDecimal> values = List.of(new BigDecimal("3"), new BigDecimal("7.5"), new BigDecimal("2"));
    // sum 3 + 7.5 + 2 = 12.5; max 7.5; latest 2 (the last); average 12.5 / 3 = 4.1666... (34 digits: 4. + 32 more)
    assertDecimal("12.5", IndicatorRollup.combine(AggregationRule.SUM, values));
    assertDecimal("7.5", IndicatorRollup.combine(AggregationRule.MAX, values));
    assertDecimal("2", IndicatorRollup.combine(AggregationRule.LATEST, values));
    assertDecimal("4.1" + "6".repeat(31) + "7", IndicatorRollup.combine(AggregationRule.AVERAGE, values));
  }

  // ---- no measurements ----

  @Test
  void anIndicatorWithoutMeasurementsHasNoValueNotZero() {
    Indicator empty = Indicator.builder().id("e").name("empty").unit("people").build();
    assertEquals(Optional.empty(), IndicatorRollup.total(empty));
    assertTrue(IndicatorRollup.aggregate(empty, true, true).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> IndicatorRollup.combine(AggregationRule.SUM, List.of()));
  }

  @Test
  void plainMeasurementsWithoutALocationAreKeptWithAnEmptyLocation() {
    Indicator planWide = Indicator.builder().id("p").name("plan-wide").unit("people")
        .addMeasurements(Measurement.builder().period(JAN).value(new BigDecimal("5")).build(),
            Measurement.builder().period(FEB).value(new BigDecimal("6")).build())
        .build();
    // default rules: SUM over periods and locations; per location (none): 5 + 6 = 11
    List<IndicatorRollup.Value> v = IndicatorRollup.aggregate(planWide, false, true);
    assertEquals(1, v.size());
    assertNull(v.get(0).location());
    assertDecimal("11", v.get(0).value());
  }
}
