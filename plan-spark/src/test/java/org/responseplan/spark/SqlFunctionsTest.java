package org.responseplan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.Calculators;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.FundingFigures;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.indicators.Rounding;
import org.responseplan.model.Money;
import org.responseplan.model.PeopleFigures;

/** The registered functions from SQL, as a SQL or PySpark user calls them. */
class SqlFunctionsTest {
  static SparkSession spark;
  static GeneratedFiveW.SingleMachine single;

  @BeforeAll
  static void start() {
    spark = SparkSessions.local();
    assertEquals(ResponsePlanFunctions.NAMES, ResponsePlanFunctions.register(spark));
    SparkSessions.million().createOrReplaceTempView("fivew");
    single = SparkSessions.singleMachine();
  }

  @Test
  void reachedByCountryInSql() {
    List<Row> rows = spark.sql("SELECT country, rp_reached(sector, country, adm1, adm2, population_group, month,"
        + " new_beneficiaries, total_monthly_beneficiaries) AS reached,"
        + " rp_total_monthly_beneficiaries(sector, country, adm1, adm2, population_group, month, new_beneficiaries,"
        + " total_monthly_beneficiaries) AS total"
        + " FROM fivew WHERE country IS NOT NULL GROUP BY country ORDER BY country").collectAsList();
    IndicatorTable want = single.aggregator.result(Dimension.COUNTRY);
    assertEquals(want.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(want.get(i, "country"), rows.get(i).getString(0));
      assertEquals(want.get(i, "reached"), rows.get(i).get(1));
      assertEquals(want.get(i, "total_monthly_beneficiaries"), rows.get(i).get(2));
    }
  }

  @Test
  void intersectoralReachedAndTheSummaryInSql() {
    Row r = spark.sql("SELECT rp_intersectoral_reached(sector, country, adm1, adm2, population_group, month,"
        + " new_beneficiaries, total_monthly_beneficiaries),"
        + " rp_reach_summary(sector, country, adm1, adm2, population_group, month, new_beneficiaries,"
        + " total_monthly_beneficiaries).problems['negative-count'] FROM fivew").first();
    assertEquals(single.aggregator.intersectoralReached(), r.get(0));
    assertEquals(single.problems().get("negative-count"), r.get(1));
  }

  @Test
  void aMonthMayBeADateOrATimestamp() {
    Row r = spark.sql("SELECT rp_reached('WSH', 'COL', 'CO11', '', 'refugees', to_date(m), n, NULL),"
        + " rp_reached('WSH', 'COL', 'CO11', '', 'refugees', to_timestamp(m), n, NULL)"
        + " FROM VALUES ('2024-01-15', 100L), ('2024-02-03', 50L) AS t(m, n)").first();
    assertEquals(150L, r.get(0));
    assertEquals(150L, r.get(1));
  }

  static final StructType PARTS = new StructType()
      .add("sector", DataTypes.StringType)
      .add("funding", DataTypes.createDecimalType(20, 2))
      .add("requirements", DataTypes.createDecimalType(20, 2))
      .add("targeted", DataTypes.LongType)
      .add("in_need", DataTypes.LongType)
      .add("reached", DataTypes.LongType);

  @Test
  void coverageIsRecomputedFromTheSummedParts() {
    List<Row> parts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String sector = "S" + i % 7;
      BigDecimal funding = i % 11 == 0 ? null : BigDecimal.valueOf(1000 + i * 37L, 2);
      BigDecimal requirements = BigDecimal.valueOf(5000 + i * 91L, 2);
      parts.add(RowFactory.create(sector, funding, requirements, 100L + i, 400L + 3L * i, i % 5 == 0 ? null
          : 90L + i));
    }
    parts.add(RowFactory.create("zero", BigDecimal.ONE, BigDecimal.ZERO, 5L, 0L, 1L));
    parts.add(RowFactory.create("none", null, BigDecimal.TEN, null, 10L, null));
    parts.add(RowFactory.create("negative", BigDecimal.ONE, BigDecimal.TEN, 5L, 10L, 1L));
    parts.add(RowFactory.create("negative", BigDecimal.ONE.negate(), BigDecimal.TEN, -5L, 10L, 1L));
    parts.add(RowFactory.create("over", new BigDecimal("30"), BigDecimal.TEN, 20L, 10L, 30L));
    spark.createDataFrame(parts, PARTS).createOrReplaceTempView("parts");
    Map<String, List<Object>> got = new HashMap<>();
    for (Row r : spark.sql("SELECT sector, rp_funding_coverage_pct(funding, requirements),"
        + " rp_need_coverage_pct(targeted, in_need), rp_reach_coverage_pct(reached, targeted)"
        + " FROM parts GROUP BY sector").collectAsList()) {
      got.put(r.getString(0), java.util.Arrays.asList(r.get(1), r.get(2), r.get(3)));
    }
    Map<String, List<Object>> want = new HashMap<>();
    for (String sector : got.keySet()) {
      BigDecimal f = null;
      BigDecimal q = null;
      Long t = null;
      Long n = null;
      Long h = null;
      boolean negative = false;
      for (Row p : parts) {
        if (!p.getString(0).equals(sector)) {
          continue;
        }
        negative |= p.get(1) != null && p.getDecimal(1).signum() < 0 || p.get(3) != null && p.getLong(3) < 0;
        f = p.get(1) == null ? f : f == null ? p.getDecimal(1) : f.add(p.getDecimal(1));
        q = p.get(2) == null ? q : q == null ? p.getDecimal(2) : q.add(p.getDecimal(2));
        t = add(t, p, 3);
        n = add(n, p, 4);
        h = add(h, p, 5);
      }
      if (negative) {
        want.put(sector, java.util.Arrays.asList(null, null, null));
        continue;
      }
      Object fc = Calculators.fundingCoverage(FundingFigures.builder().requirements(money(q).orElse(null))
          .funding(money(f).orElse(null)).build()).percent(Rounding.FTS).orElse(null);
      PeopleFigures people = PeopleFigures.builder().inNeed(of(n)).targeted(of(t)).reached(of(h)).build();
      Object nc = Calculators.needCoverage(people).percent(Rounding.FTS).orElse(null);
      Object rc = Calculators.reachCoverage(people).percent(Rounding.FTS).orElse(null);
      want.put(sector, java.util.Arrays.asList(fc, nc, rc));
    }
    assertEquals(want, got);
    assertEquals(new BigDecimal("300.00"), got.get("over").get(0));
    assertNull(got.get("zero").get(0));
    assertNull(got.get("none").get(0));
    assertNull(got.get("negative").get(0));
    assertEquals(11, got.size());
  }

  @Test
  void anotherRoundingAndItsLimits() {
    assertEquals(DataTypes.createDecimalType(38, 0), spark.range(1)
        .select(ResponsePlanFunctions.fundingCoveragePctFunction(Rounding.HDX)
            .apply(org.apache.spark.sql.functions.lit(BigDecimal.ONE), org.apache.spark.sql.functions.lit(
                BigDecimal.valueOf(3)))).schema().fields()[0].dataType());
    assertThrows(IllegalArgumentException.class, () -> ResponsePlanFunctions.needCoveragePctFunction(Rounding.EXACT));
  }

  static Long add(Long sum, Row p, int i) {
    if (p.isNullAt(i)) {
      return sum;
    }
    return sum == null ? Long.valueOf(p.getLong(i)) : Long.valueOf(sum + p.getLong(i));
  }

  static Optional<Money> money(BigDecimal v) {
    return v == null ? Optional.empty() : Optional.of(new Money(v, "USD"));
  }

  static OptionalLong of(Long v) {
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }
}
