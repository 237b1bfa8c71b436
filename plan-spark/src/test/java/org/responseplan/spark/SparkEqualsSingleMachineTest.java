package org.responseplan.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.rand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.indicators.ReachAggregator;

/**
 * One million generated 5W rows (see {@link GeneratedFiveW}) in local mode with two threads and eight partitions:
 * every figure of every rollup in {@link #ROLLUPS}, grouped by Spark, equals the single-machine
 * {@link ReachAggregator}'s; the aggregator Spark merges equals the single-machine one at the finest grain (so every
 * one of the 64 rollups); the bad rows are counted per rule exactly as on one machine. After {@code repartition(7)},
 * {@code coalesce(1)} and a shuffle ({@code orderBy(rand)}) the merged aggregator (so again all 64 rollups), the
 * rollups of {@link #REARRANGED_ROLLUPS} grouped by Spark, and the bad rows are checked again. Each Spark job over the million rows takes a few seconds on two cores (the library's
 * aggregator costs about two microseconds a row), which is what bounds the number of jobs here.
 */
class SparkEqualsSingleMachineTest {
  static SparkSession spark;
  static Dataset<Row> rows;
  static GeneratedFiveW.SingleMachine single;

  /** The rollups checked: none, each dimension alone, and combinations. */
  static final List<Set<Dimension>> ROLLUPS = List.of(
      EnumSet.noneOf(Dimension.class),
      EnumSet.of(Dimension.SECTOR),
      EnumSet.of(Dimension.COUNTRY),
      EnumSet.of(Dimension.ADM1),
      EnumSet.of(Dimension.ADM2),
      EnumSet.of(Dimension.POPULATION_GROUP),
      EnumSet.of(Dimension.PERIOD),
      EnumSet.of(Dimension.COUNTRY, Dimension.POPULATION_GROUP),
      EnumSet.of(Dimension.SECTOR, Dimension.PERIOD),
      EnumSet.of(Dimension.SECTOR, Dimension.COUNTRY),
      EnumSet.of(Dimension.COUNTRY, Dimension.ADM1, Dimension.ADM2),
      EnumSet.of(Dimension.COUNTRY, Dimension.POPULATION_GROUP, Dimension.PERIOD),
      EnumSet.of(Dimension.SECTOR, Dimension.ADM1, Dimension.POPULATION_GROUP));

  @BeforeAll
  static void start() {
    long t0 = System.nanoTime();
    single = SparkSessions.singleMachine();
    long t1 = System.nanoTime();
    spark = SparkSessions.local();
    rows = SparkSessions.million();
    ResponsePlanFunctions.register(spark);
    System.out.printf("single machine %d ms, Spark session and cached rows %d ms%n", (t1 - t0) / 1_000_000,
        (System.nanoTime() - t1) / 1_000_000);
  }

  static String column(Dimension d) {
    return d == Dimension.PERIOD ? "month" : d.column();
  }

  /** The library's rollup: dimension values to {reached, total monthly beneficiaries}. */
  static Map<List<Object>, List<Object>> expected(Set<Dimension> by) {
    IndicatorTable t = single.aggregator.result(by);
    Map<List<Object>, List<Object>> m = new HashMap<>();
    int d = t.dimensions().size();
    for (List<Object> r : t.rows()) {
      m.put(new ArrayList<>(r.subList(0, d)), new ArrayList<>(r.subList(d, d + 2)));
    }
    return m;
  }

  /** Adds a Spark group's figures to {@code m}, unless every row of the group was rejected (no figure at all). */
  static void put(Map<List<Object>, List<Object>> m, List<Object> key, Row summary) {
    Object reached = summary.get(0);
    Object total = summary.get(1);
    if (reached != null || total != null) {
      m.put(key, Arrays.asList(reached, total));
    }
  }

  /** Spark's figures, from the DataFrame API: group by the rollup's columns, aggregate with rp_reach_summary. */
  static Map<List<Object>, List<Object>> actual(Dataset<Row> df, Set<Dimension> by) {
    Column[] keys = by.stream().map(d -> col(column(d))).toArray(Column[]::new);
    Map<List<Object>, List<Object>> m = new HashMap<>();
    for (Row r : df.groupBy(keys).agg(ResponsePlanFunctions.reachSummary()).collectAsList()) {
      List<Object> key = new ArrayList<>();
      for (int i = 0; i < by.size(); i++) {
        key.add(r.get(i));
      }
      put(m, key, r.getStruct(by.size()));
    }
    return m;
  }

  @Test
  void everyRollupEqualsTheSingleMachineAggregator() {
    for (Set<Dimension> by : ROLLUPS) {
      long t0 = System.nanoTime();
      Map<List<Object>, List<Object>> want = expected(by);
      Map<List<Object>, List<Object>> got = actual(rows, by);
      System.out.printf("rollup %s: %d rows, %d ms%n", by, want.size(), (System.nanoTime() - t0) / 1_000_000);
      assertTrue(want.size() > 0);
      assertEquals(want, got, "rollup by " + by);
    }
  }

  @Test
  void theSeparateFunctionsGiveTheSameFigures() {
    Row r = rows.agg(ResponsePlanFunctions.reached(), ResponsePlanFunctions.intersectoralReached(),
        ResponsePlanFunctions.totalMonthlyBeneficiaries()).first();
    IndicatorTable all = single.aggregator.result();
    assertEquals(all.get(0, "reached"), r.get(0));
    assertEquals(single.aggregator.intersectoralReached(), r.get(1));
    assertEquals(all.get(0, "reached"), r.get(1));
    assertEquals(all.get(0, "total_monthly_beneficiaries"), r.get(2));
    Map<List<Object>, List<Object>> bySector = new HashMap<>();
    for (Row s : rows.groupBy(col("sector")).agg(ResponsePlanFunctions.reached(),
        ResponsePlanFunctions.totalMonthlyBeneficiaries()).collectAsList()) {
      if (s.get(1) != null || s.get(2) != null) {
        bySector.put(Arrays.asList(s.get(0)), Arrays.asList(s.get(1), s.get(2)));
      }
    }
    assertEquals(expected(EnumSet.of(Dimension.SECTOR)), bySector);
  }

  @Test
  void badRowsAreCountedPerRuleAsOnOneMachine() {
    Row s = rows.agg(ResponsePlanFunctions.reachSummary()).first().getStruct(0);
    assertEquals(GeneratedFiveW.MILLION, s.getLong(2));
    assertEquals(single.rows(), s.getLong(2));
    assertEquals(single.aggregator.acceptedRows(), s.getLong(3));
    Map<String, Long> problems = s.getJavaMap(4);
    assertEquals(single.problems(), new java.util.TreeMap<>(problems));
    // every kind of bad row is there, about one row in a hundred each
    for (String rule : List.of("negative-count", "required-field", "no-figures", "invalid-month", "invalid-value")) {
      assertTrue(problems.getOrDefault(rule, 0L) > 5_000, rule + " in " + problems);
    }
  }

  /**
   * The rollups also checked group by group on rearranged rows (each is one Spark job over the million rows): the
   * whole (every buffer merged into one), many small groups (2,041 admin-2 areas: Spark's sort-based fallback of the
   * object hash aggregate, which spills and merges serialized buffers), and two combinations.
   */
  static final List<Set<Dimension>> REARRANGED_ROLLUPS = List.of(
      EnumSet.noneOf(Dimension.class),
      EnumSet.of(Dimension.ADM2),
      EnumSet.of(Dimension.COUNTRY, Dimension.POPULATION_GROUP),
      EnumSet.of(Dimension.SECTOR, Dimension.PERIOD));

  @Test
  void asEightPartitions() {
    checkMergedAggregator(rows, "eight partitions");
  }

  @Test
  void afterRepartitionInto7() {
    check(rows.repartition(7), "repartition(7)", true);
  }

  @Test
  void afterCoalesceInto1() {
    check(rows.coalesce(1), "coalesce(1)", true);
  }

  @Test
  void afterAShuffle() {
    check(rows.orderBy(rand(42)), "orderBy(rand)", true);
  }

  /** On rearranged rows: rollups group by group, the bad rows per rule, and optionally the merged aggregator. */
  static void check(Dataset<Row> df, String arrangement, boolean merged) {
    long t0 = System.nanoTime();
    Dataset<Row> cached = df.cache();
    try {
      if (merged) {
        checkMergedAggregator(cached, arrangement);
      }
      Row s = cached.agg(ResponsePlanFunctions.reachSummary()).first().getStruct(0);
      assertEquals(single.rows(), s.getLong(2), arrangement);
      assertEquals(single.problems(), new java.util.TreeMap<>(s.<String, Long>getJavaMap(4)), arrangement);
      for (Set<Dimension> by : REARRANGED_ROLLUPS) {
        assertEquals(expected(by), actual(cached, by), arrangement + ", rollup by " + by);
      }
    } finally {
      cached.unpersist();
    }
    System.out.printf("%s: checked in %d ms%n", arrangement, (System.nanoTime() - t0) / 1_000_000);
  }

  private static IndicatorTable finest;

  /** The single-machine figures at the finest grain (computed once: about a million cells). */
  static synchronized IndicatorTable finest() {
    if (finest == null) {
      finest = single.aggregator.result(ReachAggregator.DIMENSIONS);
    }
    return finest;
  }

  /**
   * The aggregator Spark builds and merges over the partitions equals the single-machine one at the finest grain
   * (every dimension: sector, country, adm1, adm2, population group, month), in rows and in problems per rule. Every
   * rollup is computed by the library from exactly the figures of that finest table (a cell's new and total sums,
   * and whether it has any), so this checks all 64 rollups of the six dimensions at once.
   */
  static void checkMergedAggregator(Dataset<Row> df, String arrangement) {
    long t0 = System.nanoTime();
    ReachBuffer merged = ResponsePlanFunctions.aggregate(df);
    assertEquals(single.rows(), merged.rows(), arrangement);
    assertEquals(single.aggregator.acceptedRows(), merged.acceptedRows(), arrangement);
    assertEquals(single.problems(), merged.problems(), arrangement);
    assertEquals(single.aggregator.groups(), merged.aggregator().groups(), arrangement);
    assertEquals(finest(), merged.aggregator().result(ReachAggregator.DIMENSIONS), arrangement);
    System.out.printf("%s: merged aggregator equal, %d ms%n", arrangement, (System.nanoTime() - t0) / 1_000_000);
  }
}
