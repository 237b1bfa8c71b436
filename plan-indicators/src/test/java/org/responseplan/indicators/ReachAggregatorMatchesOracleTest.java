package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.responseplan.indicators.reach.FiveWRules;
import org.responseplan.indicators.reach.ReachAccess;
import org.responseplan.indicators.reach.ReachCells;

/**
 * {@link ReachAggregator} (over the primitive-array engine) fed by reports, by {@link ActivityColumns} and by encoded
 * rows, against the plain {@link ReachOracle}: for the same rows they give exactly what the oracle gives, for every
 * grouping, in any order of rows, on any number of threads.
 */
class ReachAggregatorMatchesOracleTest {
  private static final String[] SECTORS = {"WSH", "HEA", "EDU", "PRO", "FSC", "", " "};
  private static final String[] COUNTRIES = {"COL", "PER", "ECU", ""};
  private static final String[] ADM1 = {"01", "02", "A", ""};
  private static final String[] ADM2 = {"001", "002", "X", ""};
  private static final String[] GROUPS = {"refugees", "migrants", "host-community", ""};

  /** Rows with every kind of problem, missing figures, shared admin codes across countries and odd months. */
  static List<ActivityReport> rows(long seed, int n) {
    Random r = new Random(seed);
    List<ActivityReport> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int year = r.nextInt(50) == 0 ? 1899 + r.nextInt(2) * 3600 : 2023 + r.nextInt(2);
      ActivityReport.Builder b = ActivityReport.builder()
          .sector(SECTORS[r.nextInt(r.nextInt(20) == 0 ? SECTORS.length : 5)])
          .location(COUNTRIES[r.nextInt(r.nextInt(20) == 0 ? 4 : 3)], ADM1[r.nextInt(4)], ADM2[r.nextInt(4)])
          .populationGroup(GROUPS[r.nextInt(4)])
          .month(YearMonth.of(year, 1 + r.nextInt(12)))
          .newBeneficiaries(count(r, 8))
          .totalMonthlyBeneficiaries(count(r, 4));
      if (r.nextInt(3) == 0) {
        b.split(count(r, 3), count(r, 3), count(r, 3), count(r, 3), count(r, 3), count(r, 3));
      }
      out.add(b.build());
    }
    return out;
  }

  private static @Nullable Long count(Random r, int nullOneIn) {
    if (r.nextInt(nullOneIn) == 0) {
      return null;
    }
    return r.nextInt(60) == 0 ? -1L - r.nextInt(5) : (long) r.nextInt(1000);
  }

  static List<Set<Dimension>> everyGrouping() {
    List<Dimension> dims = new ArrayList<>(ReachAggregator.DIMENSIONS);
    List<Set<Dimension>> all = new ArrayList<>();
    for (int mask = 0; mask < 1 << dims.size(); mask++) {
      EnumSet<Dimension> s = EnumSet.noneOf(Dimension.class);
      for (int i = 0; i < dims.size(); i++) {
        if ((mask & 1 << i) != 0) {
          s.add(dims.get(i));
        }
      }
      all.add(s);
    }
    return all;
  }

  private static void assertSame(ReachOracle expected, ReachAggregator actual) {
    assertSame(expected, actual, everyGrouping());
  }

  /** A few groupings, for larger inputs. */
  private static void assertSameSome(ReachOracle expected, ReachAggregator actual) {
    assertSame(expected, actual, List.of(EnumSet.noneOf(Dimension.class), EnumSet.of(Dimension.SECTOR),
        EnumSet.of(Dimension.SECTOR, Dimension.COUNTRY), EnumSet.of(Dimension.COUNTRY, Dimension.ADM1),
        EnumSet.of(Dimension.ADM2, Dimension.PERIOD), EnumSet.copyOf(ReachAggregator.DIMENSIONS)));
  }

  private static void assertSame(ReachOracle expected, ReachAggregator actual, List<Set<Dimension>> groupings) {
    assertEquals(expected.rows(), actual.rows(), "rows");
    assertEquals(expected.acceptedRows(), actual.acceptedRows(), "accepted rows");
    assertEquals(expected.problems(), actual.problems(), "problems");
    assertEquals(expected.groups(), actual.groups(), "groups");
    assertEquals(expected.intersectoralReached(), actual.intersectoralReached(), "intersectoral reached");
    for (Set<Dimension> by : groupings) {
      assertEquals(expected.result(by), actual.result(by), "grouped by " + by);
    }
  }

  @Test
  void givesExactlyWhatTheOracleGivesForEveryGrouping() {
    for (long seed = 1; seed <= 5; seed++) {
      List<ActivityReport> rows = rows(seed, 3000);
      ReachOracle expected = ReachOracle.create();
      expected.addAll(rows);
      ReachAggregator cells = ReachAggregator.create();
      cells.addAll(rows);
      assertSame(expected, cells);
      ActivityColumns columns = ActivityColumns.of(rows);
      assertEquals(expected.problems(), columns.problems());
      assertEquals(expected.acceptedRows(), columns.size());
      assertSame(expected, columns.aggregate());
    }
  }

  @Test
  void threadsAndMergesDoNotChangeTheResult() {
    List<ActivityReport> rows = rows(42, 120_000);
    ReachOracle expected = ReachOracle.create();
    expected.addAll(rows);
    ActivityColumns columns = ActivityColumns.of(rows);
    assertSameSome(expected, columns.aggregate(2));
    assertSameSome(expected, columns.aggregate(3));
    // Merging aggregators with dictionaries of their own, filled in another order.
    ReachAggregator a = ReachAggregator.create();
    ReachAggregator b = ReachAggregator.create();
    for (int i = rows.size() - 1; i >= 0; i--) {
      (i % 3 == 0 ? a : b).add(rows.get(i));
    }
    assertSameSome(expected, a.merge(b));
  }

  @Test
  void aSerializedAggregatorGivesTheSameAndMergesOn() throws Exception {
    List<ActivityReport> rows = rows(9, 4000);
    ReachOracle expected = ReachOracle.create();
    expected.addAll(rows);
    ReachAggregator first = ReachAggregator.create();
    first.addAll(rows.subList(0, 2500));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(first);
    }
    ReachAggregator back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = (ReachAggregator) in.readObject();
    }
    rows.subList(2500, rows.size()).forEach(back::add);
    assertSame(expected, back);
    // from columns (dense cells) too
    ReachAggregator dense = ActivityColumns.of(rows).aggregate();
    bytes.reset();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(dense);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      assertSameSome(expected, (ReachAggregator) in.readObject());
    }
  }

  @Test
  void encodedRowsAreCheckedAsReportsAre() {
    List<ActivityReport> rows = rows(7, 5000);
    ReachOracle expected = ReachOracle.create();
    expected.addAll(rows);
    ReachCells cells = ReachCells.create();
    long[] split = new long[6];
    for (ActivityReport r : rows) {
      List<@Nullable Long> s = r.split();
      boolean any = false;
      for (int i = 0; i < 6; i++) {
        Long v = s.get(i);
        split[i] = v == null ? FiveWRules.NOT_REPORTED : v;
        any |= v != null;
      }
      cells.add(cells.sectorId(r.sector()), cells.areaId(r.country(), r.adm1(), r.adm2()),
          cells.groupId(r.populationGroup()), r.month().getYear(), r.month().getMonthValue(),
          orNone(r.newBeneficiaries()), orNone(r.totalMonthlyBeneficiaries()), any ? split : null);
    }
    assertSame(expected, ReachAccess.aggregator(cells));
  }

  private static long orNone(@Nullable Long v) {
    return v == null ? FiveWRules.NOT_REPORTED : v;
  }

  @Test
  void nothingAggregatedGivesNoRowsAndNoIntersectoralFigure() {
    ReachAggregator cells = ReachAggregator.create();
    assertNull(cells.intersectoralReached());
    assertEquals(0, cells.result(Dimension.SECTOR).size());
    assertEquals(ReachOracle.create().result(Dimension.COUNTRY), cells.result(Dimension.COUNTRY));
    assertThrows(IllegalArgumentException.class, () -> cells.result(Dimension.OBJECTIVE));
    assertThrows(IllegalArgumentException.class, () -> ActivityColumns.of(List.of()).aggregate(0));
  }

  @Test
  void overflowFailsAtTheLatestWhenResultsAreRead() {
    ActivityReport big = ActivityReport.builder().sector("WSH").location("COL", "", "")
        .month(YearMonth.of(2024, 1)).newBeneficiaries(Long.MAX_VALUE - 1).build();
    ReachAggregator cells = ReachAggregator.create();
    cells.add(big);
    cells.add(big);
    assertThrows(ArithmeticException.class, () -> cells.result(Dimension.SECTOR));
    assertThrows(ArithmeticException.class, () -> ActivityColumns.of(List.of(big, big)).aggregate());
  }

  @Test
  void sparseRowsTakeTheHashTableAndGiveTheSame() {
    List<ActivityReport> rows = new ArrayList<>();
    Random r = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      rows.add(ActivityReport.builder().sector("S" + r.nextInt(40)).location("C" + r.nextInt(30), "A" + i, "")
          .populationGroup("g" + r.nextInt(9)).month(YearMonth.of(2000 + r.nextInt(20), 1 + r.nextInt(12)))
          .newBeneficiaries((long) r.nextInt(100)).build());
    }
    ReachOracle expected = ReachOracle.create();
    expected.addAll(rows);
    ActivityColumns columns = ActivityColumns.of(rows);
    assertSameSome(expected, columns.aggregate());
    assertSameSome(expected, columns.aggregate(2));
    // A dense aggregation that is added to afterwards.
    ActivityColumns some = ActivityColumns.of(rows.subList(0, 5000));
    ReachAggregator more = some.aggregate();
    rows.subList(5000, rows.size()).forEach(more::add);
    assertEquals(expected.result(Dimension.SECTOR, Dimension.PERIOD), more.result(Dimension.SECTOR, Dimension.PERIOD));
  }
}
