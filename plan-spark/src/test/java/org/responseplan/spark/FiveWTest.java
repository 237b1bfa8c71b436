package org.responseplan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.FiveWProblem;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.hxl.HxlReader;
import org.responseplan.model.validation.Finding;

/**
 * {@link FiveW}: 5W data frames read with the HXL reader's mapping give the reader's reports, the reader's import
 * report (every line and count, findings per rule) and the single-machine aggregator's figures.
 */
class FiveWTest {
  static SparkSession spark;

  @TempDir
  static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSessions.local();
  }

  /** Every subset of the six 5W dimensions. */
  static List<Set<Dimension>> everyRollup() {
    List<Dimension> dims = List.copyOf(ReachAggregator.DIMENSIONS);
    List<Set<Dimension>> all = new ArrayList<>();
    for (int mask = 0; mask < 1 << dims.size(); mask++) {
      Set<Dimension> by = EnumSet.noneOf(Dimension.class);
      for (int i = 0; i < dims.size(); i++) {
        if ((mask & 1 << i) != 0) {
          by.add(dims.get(i));
        }
      }
      all.add(by);
    }
    return all;
  }

  static void assertSameFigures(ReachAggregator want, ReachAggregator got) {
    assertEquals(want.rows(), got.rows(), "rows");
    assertEquals(want.acceptedRows(), got.acceptedRows(), "accepted rows");
    assertEquals(want.problems(), got.problems(), "problems per rule");
    for (Set<Dimension> by : everyRollup()) {
      assertEquals(want.result(by), got.result(by), "rollup by " + by);
    }
  }

  static void assertSameReport(ImportResult<List<ActivityReport>> want, FiveWReport got) {
    assertSameReport(want, got, true);
  }

  /**
   * The report equals the reader's: the same lines (counts and, with {@code examples}, first examples) and the same
   * findings per rule, with the same first findings.
   */
  static void assertSameReport(ImportResult<List<ActivityReport>> want, FiveWReport got, boolean examples) {
    Comparator<ImportReport.Line> order = Comparator.comparing(ImportReport.Line::toString);
    List<ImportReport.Line> wantLines = new ArrayList<>(want.report().lines().stream()
        .map(l -> examples ? l : withoutExample(l)).toList());
    List<ImportReport.Line> gotLines = new ArrayList<>(got.lines().stream()
        .map(l -> examples ? l : withoutExample(l)).toList());
    wantLines.sort(order);
    gotLines.sort(order);
    List<ImportReport.Line> missing = new ArrayList<>(wantLines);
    missing.removeAll(gotLines);
    List<ImportReport.Line> extra = new ArrayList<>(gotLines);
    extra.removeAll(wantLines);
    assertEquals(List.of(), missing.stream().limit(10).toList(), "lines of the reader not in the report; extra: "
        + extra.stream().limit(10).toList());
    assertEquals(String.join("\n", wantLines.stream().map(Object::toString).toList()),
        String.join("\n", gotLines.stream().map(Object::toString).toList()));
    Map<String, Long> byRule = new TreeMap<>();
    Map<String, List<Finding>> firsts = new HashMap<>();
    for (Finding f : want.report().findings()) {
      byRule.merge(f.rule().code(), 1L, Long::sum);
      firsts.computeIfAbsent(f.rule().code(), k -> new ArrayList<>()).add(f);
    }
    assertEquals(byRule, got.findingsByRule());
    firsts.forEach((rule, fs) -> {
      List<String> expected = fs.stream()
          .sorted(Comparator.comparingInt(Finding::line).thenComparing(Finding::toString))
          .limit(FiveWReport.EXAMPLES_PER_RULE).map(Finding::toString).toList();
      assertEquals(expected, got.findingExamples(rule), rule);
    });
    assertEquals(want.value().size(), got.reports());
  }

  static ImportReport.Line withoutExample(ImportReport.Line l) {
    return new ImportReport.Line(l.action(), l.source(), l.target(), l.reason(), l.count(), "");
  }

  static ReachAggregator aggregate(List<ActivityReport> reports) {
    ReachAggregator a = ReachAggregator.create();
    a.addAll(reports);
    return a;
  }

  @Test
  void aWideHxlFileReadsAsTheReaderReadsIt() throws Exception {
    Path file = HxlFiles.wide(dir, 60_000);
    ImportResult<List<ActivityReport>> want = HxlReader.create().readActivityReports(file);
    FiveW fivew = FiveW.fromHxlCsv(spark, file.toString());
    assertTrue(fivew.reports().rdd().getNumPartitions() > 1, "several partitions");
    FiveW.Aggregated got = fivew.aggregate();
    assertSameReport(want, got.report());
    assertSameFigures(aggregate(want.value()), got.aggregator());
    assertEquals(60_000, got.report().rowsRead());
    // what is in there: bad cells and rows of every kind, each counted and reported
    Map<String, Long> findings = got.report().findingsByRule();
    for (String rule : List.of("negative-count", "required-field", "invalid-value")) {
      assertTrue(findings.getOrDefault(rule, 0L) > 0, rule + " in " + findings);
    }
    assertTrue(got.report().count(ImportReport.Action.SKIPPED, "#meta+notes") > 0);
    assertTrue(got.report().count(ImportReport.Action.SKIPPED, "column 18 \"Comments\"") > 0);
    assertTrue(got.report().count(ImportReport.Action.SKIPPED, "row") > 0);
    for (String rule : List.of("negative-count", "required-field", "no-figures", "invalid-month",
        "split-does-not-sum")) {
      assertTrue(got.aggregator().problems().getOrDefault(FiveWProblem.fromCode(rule).orElseThrow(), 0L) > 0, rule);
    }
    // the reports as rows: the same reports as the reader's, in any order
    assertEquals(sorted(want.value().stream().map(FiveWTest::text).toList()),
        sorted(fivew.reports().collectAsList().stream().map(FiveWTest::text).toList()));
    // and the report alone, in its own pass
    assertSameReport(want, fivew.importReport());
  }

  @Test
  void aLongHxlFileCombinesTheRowsOfEachReportAcrossPartitions() throws Exception {
    Path file = HxlFiles.longLayout(dir, 20_000);
    ImportResult<List<ActivityReport>> want = HxlReader.create().readActivityReports(file);
    FiveW fivew = FiveW.fromHxlCsv(spark, file.toString());
    assertTrue(fivew.isLongLayout());
    FiveW.Aggregated got = fivew.aggregate();
    // In the long layout a line's first example is the first of its chunk to be met when reports are completed, not
    // necessarily the earliest line of the file: the examples of lines are not compared (those of findings are).
    assertSameReport(want, got.report(), false);
    assertSameFigures(aggregate(want.value()), got.aggregator());
    assertTrue(got.report().findingsByRule().getOrDefault("duplicate-breakdown-cell", 0L) > 0);
    assertTrue(got.report().count(ImportReport.Action.DEFAULTED, "the split") > 0);
  }

  @Test
  void theReadersSampleFilesReadAlike() {
    Path samples = Path.of("..", "plan-import", "src", "test", "resources", "hxl");
    for (String name : List.of("5w-wide.csv", "5w-long.csv", "5w-long-no-total.csv", "test_io-input-fuzzy.csv",
        "test_io-input-valid.csv", "test_io-input-multiple-headers.csv")) {
      Path file = samples.resolve(name);
      ImportResult<List<ActivityReport>> want = HxlReader.create().readActivityReports(file);
      FiveW.Aggregated got = FiveW.fromHxlCsv(spark, file.toString()).aggregate();
      assertSameReport(want, got.report());
      assertSameFigures(aggregate(want.value()), got.aggregator());
    }
  }

  @Test
  void aDataFrameWithPlainNamesIsReadWithTheSameMapping() {
    int n = 200_000;
    GeneratedFiveW.SingleMachine single = new GeneratedFiveW.SingleMachine(n);
    Dataset<Row> rows = GeneratedFiveW.dataFrame(spark, n, 4);
    FiveW fivew = FiveW.fromDataFrame(rows);
    assertEquals(List.of("#sector", "#country+code", "#adm1+code", "#adm2+code", "#population+group", "#date+month",
        "#reached+new", "#reached+total"), fivew.columns().stream().map(FiveW.ColumnMapping::hashtag).toList());
    FiveW.Aggregated got = fivew.aggregate();
    // The mapping skips rows without a usable month (with a finding); every other row reaches the aggregator, which
    // rejects the same rows per rule as on one machine.
    assertEquals(single.aggregator.rows(), got.aggregator().rows());
    assertEquals(single.aggregator.problems(), got.aggregator().problems());
    assertEquals(single.aggregator.result(Dimension.COUNTRY, Dimension.POPULATION_GROUP),
        got.aggregator().result(Dimension.COUNTRY, Dimension.POPULATION_GROUP));
    assertEquals(single.aggregator.result(ReachAggregator.DIMENSIONS),
        got.aggregator().result(ReachAggregator.DIMENSIONS));
    FiveWReport report = got.report();
    assertEquals(n, report.rowsRead());
    assertEquals(single.aggregator.rows(), report.reports());
    Map<String, Long> p = new TreeMap<>();
    single.aggregator.problems().forEach((k, v) -> p.put(k.code(), v));
    Map<String, Long> findings = report.findingsByRule();
    // required-field: no month, no sector, no country, no figure (one finding each)
    assertEquals(single.withoutMonth.get("required-field") + p.get("required-field") + p.get("no-figures"),
        findings.get("required-field"));
    // invalid-value: a month that is not one, and a month out of range (kept, then rejected by the aggregator)
    assertEquals(single.withoutMonth.get("invalid-value") + p.get("invalid-month"), findings.get("invalid-value"));
    assertEquals(p.get("negative-count"), findings.get("negative-count"));
    assertEquals(single.withoutMonth.values().stream().mapToLong(Long::longValue).sum(),
        report.count(ImportReport.Action.SKIPPED, "row"));
  }

  @Test
  void reportsReadBackAsTheSameReports() {
    Dataset<Row> rows = GeneratedFiveW.dataFrame(spark, 20_000, 3);
    Dataset<Row> reports = FiveW.fromDataFrame(rows).reports().cache();
    FiveW again = FiveW.fromDataFrame(reports);
    assertTrue(again.columns().stream().allMatch(c -> c.hashtag() != null), again.columns().toString());
    assertEquals(sorted(reports.collectAsList().stream().map(Row::toString).toList()),
        sorted(again.reports().collectAsList().stream().map(Row::toString).toList()));
    FiveWReport report = again.importReport();
    assertFalse(report.lines().isEmpty());
    assertEquals(reports.count(), report.reports());
    reports.unpersist();
  }

  @Test
  void givenHashtagsAndUntaggedColumns() {
    Dataset<Row> rows = GeneratedFiveW.dataFrame(spark, 1_000, 2).withColumnRenamed("sector", "Cluster name")
        .withColumnRenamed("adm2", "municipio").withColumn("comment", org.apache.spark.sql.functions.lit("x"));
    FiveW fivew = FiveW.fromDataFrame(rows, Map.of("municipio", "#adm2+code"));
    assertEquals(new FiveW.ColumnMapping("Cluster name", null, "untagged"), fivew.columns().get(0));
    assertEquals(new FiveW.ColumnMapping("municipio", "#adm2+code", "given"), fivew.columns().get(3));
    FiveWReport report = fivew.importReport();
    // no sector column: one table-level finding, and every row has no sector
    assertTrue(report.findingExamples("required-field").stream().anyMatch(f -> f.contains("#sector")),
        report.toText());
    assertEquals(rows.filter("`Cluster name` IS NOT NULL").count(),
        report.count(ImportReport.Action.SKIPPED, "column 1 \"Cluster name\""), report.toText());
    assertEquals(1_000, report.count(ImportReport.Action.SKIPPED, "column 9 \"comment\""), report.toText());
    FiveW.Aggregated a = fivew.aggregate();
    assertEquals(a.aggregator().rows(), a.aggregator().problems().get(FiveWProblem.REQUIRED_FIELD));
  }

  static List<String> sorted(List<String> in) {
    List<String> out = new ArrayList<>(in);
    out.sort(null);
    return out;
  }

  /** A report as text, the same whether it came from the reader or from a row of {@link FiveW#reports()}. */
  static String text(ActivityReport r) {
    return String.join("|", r.reportingOrganisation(), r.implementingOrganisation(), r.sector(), r.activity(),
        r.country(), r.adm1(), r.adm2(), r.month().toString(), r.populationGroup(), String.valueOf(
            r.newBeneficiaries()), String.valueOf(r.totalMonthlyBeneficiaries()), String.valueOf(r.split()),
        r.modality() == null ? "null" : r.modality().jsonName(), String.valueOf(r.cashTransferred()));
  }

  static String text(Row r) {
    List<Long> split = new ArrayList<>();
    for (int i = 11; i <= 16; i++) {
      split.add(r.isNullAt(i) ? null : r.getLong(i));
    }
    String cash = r.isNullAt(18) ? "null" : r.getDecimal(18).stripTrailingZeros().toPlainString() + " "
        + r.getString(19);
    return String.join("|", s(r, 0), s(r, 1), s(r, 2), s(r, 3), s(r, 4), s(r, 5), s(r, 6), s(r, 7), s(r, 8),
        String.valueOf(r.get(9)), String.valueOf(r.get(10)), String.valueOf(split), r.isNullAt(17) ? "null"
            : r.getString(17), cash);
  }

  private static String s(Row r, int i) {
    return r.isNullAt(i) ? "" : r.getString(i);
  }
}
