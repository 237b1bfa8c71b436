package org.responseplan.imports.hxl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.model.Modality;
import org.responseplan.model.Money;

/**
 * {@link HxlReader#aggregateActivityReports}: streaming a 5W file into {@link ReachAggregator} gives the figures, problem
 * counts, findings and report counts of {@link HxlReader#readActivityReports} followed by {@link ReachAggregator},
 * on plain rows and on every kind of row the fast path hands to the mapping, on one thread or two.
 */
class ActivityStreamTest {
  @TempDir
  Path dir;

  private static final String[] SECTORS = {"WSH", "HEA", "EDU", "PRO", "FSC"};
  private static final String[] COUNTRIES = {"COL", "PER", "ECU"};

  static List<ActivityReport> reports(long seed, int n) {
    Random r = new Random(seed);
    List<ActivityReport> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String country = COUNTRIES[r.nextInt(3)];
      ActivityReport.Builder b = ActivityReport.builder()
          .reportingOrganisation("ORG" + r.nextInt(5))
          .implementingOrganisation(r.nextInt(4) == 0 ? "" : "IMPL" + r.nextInt(5))
          .sector(SECTORS[r.nextInt(5)])
          .activity("A" + r.nextInt(9))
          .location(country, r.nextInt(6) == 0 ? "" : country + r.nextInt(3), r.nextInt(3) == 0 ? "" : "X" + r.nextInt(7))
          .populationGroup(r.nextInt(5) == 0 ? "" : "g" + r.nextInt(4))
          .month(YearMonth.of(2024, 1 + r.nextInt(12)))
          .modality(r.nextInt(3) == 0 ? null : Modality.values()[r.nextInt(3)])
          .newBeneficiaries((long) r.nextInt(900))
          .totalMonthlyBeneficiaries(r.nextInt(5) == 0 ? null : (long) r.nextInt(2000));
      if (r.nextInt(3) == 0) {
        long a = r.nextInt(100);
        b.split(a, a + 1, null, a + 2, r.nextInt(10) == 0 ? a : a + 3, null);
      }
      if (r.nextInt(4) == 0) {
        b.cashTransferred(new Money(BigDecimal.valueOf(r.nextInt(100_000), 2), "USD"));
      }
      out.add(b.build());
    }
    return out;
  }

  /** Plain rows from HxlWriter with every kind of row the fast path must hand over mixed in. */
  static String file(long seed, int n) {
    String plain = HxlWriter.activityReportsToHxl(reports(seed, n));
    String[] lines = plain.split("\r\n", -1);
    String[] odd = {
        "",
        ",,,,,,,,,,,,,,,,,,,",
        "ORG1,IMPL1,WSH,\"A1, with a comma\",COL,COL1,X1,2024-02,g1,in-kind,10,20,,,,,,,,",
        "ORG1,IMPL1,WSH,\"two\nlines\",COL,COL1,X1,2024-02,g1,in-kind,11,21,,,,,,,,",
        "ORG1,IMPL1, WSH ,A1,COL,COL1,X1,2024-02,g1,,12,22,,,,,,,,",
        "ORG1,IMPL1,WSH,A1,COL,COL1,X1,2024-02,g1,,-5,22,,,,,,,,",
        "ORG1,IMPL1,WSH,A1,COL,COL1,X1,2024-02,g1,,\"1,234\",22,,,,,,,,",
        "ORG1,IMPL1,HEA,A1,PER,PER1,X2,2024-3,g2,,13,,,,,,,,,",
        "ORG1,IMPL1,HEA,A1,PER,PER1,X2,March,g2,,13,,,,,,,,,",
        "ORG1,IMPL1,HEA,A1,PER,PER1,X2,,g2,,13,,,,,,,,,",
        "ORG1,IMPL1,HEA,A1,per,PER1,X2,2024-04,g2,,14,,,,,,,,,",
        "ORG1,IMPL1,HEA,A1,PER,PER1,X2,2024-04,g2,,,,1,2,,3,4,,,",
        "ORG1,IMPL1,HEA,A1,PER,PER1,X2,2024-04,g2,,,,,,,,,,,",
        "ORG1,IMPL1,,A1,PER,PER1,X2,2024-04,g2,,15,,,,,,,,,",
        "ORG1,IMPL1,HEA,A1,,PER1,X2,2024-04,g2,,15,,,,,,,,,",
        "ORG1,IMPL1,HEA,A1,ECU,ECU1,X3,2024-05,g3,by boat,16,,,,,,,,,",
        "ORG1,IMPL1,HEA,A1,ECU,ECU1,X3,2024-05,g3,cash,17,,,,,,,,12.5,usd",
        "ORG1,IMPL1,HEA,A1,ECU,ECU1,X3,2024-05,g3,cash,18,,,,,,,,12.5,",
        "ORG1,IMPL1,HEA,A1,ECU,ECU1,X3,2024-05,g3,,19,,,,,,,,,,extra",
        "ORG1,IMPL1,HEA,A1,ECU,ECU1,X3,2024-05,g3,,20,,,,,,",
        "ORG1,IMPL1,HEA,A1,ECU,ECU1,X3,1850-05,g3,,21,,,,,,,,,",
        "ORG1,IMPL1,HEA,A1,ECU,ECU1,X3,2024-05,g3,,022,,,,,,,,,",
        "ORG1,,HEA,A1,ECU,ECU1,X3,2024-05,  ,,23,,,,,,,,,",
        "ORG1, ,HEA,A1,ECU,ECU1,X3,2024-05,,,24,,,,,,,,,",
        "ORG1\u3000,Médicos,HEA,A1,ECU,ECU1,X3,2024-05,,,25,,,,,,,,,",
        "Halü,\u2003IMPL,HEA,Acción,ECU,ECU1,X3,2024-05,,,26,,,,,,,,,"};
    StringBuilder b = new StringBuilder();
    Random r = new Random(seed);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty() && i == lines.length - 1) {
        break;
      }
      b.append(lines[i]).append(r.nextInt(50) == 0 ? "\n" : "\r\n");
      if (i > 1 && r.nextInt(40) == 0) {
        b.append(odd[r.nextInt(odd.length)]).append("\r\n");
      }
    }
    for (String o : odd) {
      b.append(o).append("\r\n");
    }
    b.append("ORG9,IMPL9,EDU,A9,COL,COL2,X9,2024-12,g1,,7,8,,,,,,,,"); // no line break at the end
    return b.toString();
  }

  static List<Set<Dimension>> groupings() {
    return List.of(EnumSet.noneOf(Dimension.class), EnumSet.of(Dimension.SECTOR),
        EnumSet.of(Dimension.SECTOR, Dimension.COUNTRY), EnumSet.of(Dimension.COUNTRY),
        EnumSet.of(Dimension.ADM1, Dimension.POPULATION_GROUP), EnumSet.of(Dimension.ADM2, Dimension.PERIOD),
        EnumSet.copyOf(ReachAggregator.DIMENSIONS));
  }

  private void assertSameAsReadingAll(Path f, int threads, long minParallelBytes) {
    ImportResult<List<ActivityReport>> all = HxlReader.create().readActivityReports(f);
    ReachAggregator expected = ReachAggregator.create();
    expected.addAll(all.value());
    ImportResult<ReachAggregator> streamed = HxlReader.create().aggregateActivityReports(f, threads, minParallelBytes);
    ReachAggregator cells = streamed.value();
    assertEquals(expected.rows(), cells.rows(), "rows");
    assertEquals(expected.acceptedRows(), cells.acceptedRows(), "accepted");
    assertEquals(expected.problems(), cells.problems(), "problems");
    for (Set<Dimension> by : groupings()) {
      assertEquals(expected.result(by), cells.result(by), "by " + by);
    }
    assertEquals(all.report().findings(), streamed.report().findings(), "findings");
    assertEquals(sorted(all.report()), sorted(streamed.report()), "report lines");
    // For one table: only what it needs is kept, the table and the report are the same.
    for (Set<Dimension> by : groupings()) {
      ImportResult<ReachAggregator> forTable = HxlReader.create().aggregate(f, threads, minParallelBytes, by);
      assertEquals(expected.result(by), forTable.value().result(by), "for the table by " + by);
      assertEquals(expected.problems(), forTable.value().problems(), "problems");
      assertEquals(all.report().findings(), forTable.report().findings(), "findings");
      assertEquals(sorted(all.report()), sorted(forTable.report()), "report lines");
    }
  }

  private static List<String> sorted(ImportReport r) {
    List<String> lines = new ArrayList<>();
    for (ImportReport.Line l : r.lines()) {
      lines.add(l.toString());
    }
    lines.sort(Comparator.naturalOrder());
    return lines;
  }

  @Test
  void plainAndOddRowsGiveWhatReadingTheWholeFileGives() throws IOException {
    for (long seed = 1; seed <= 4; seed++) {
      Path f = dir.resolve("5w-" + seed + ".csv");
      Files.writeString(f, file(seed, 3000), StandardCharsets.UTF_8);
      assertSameAsReadingAll(f, 1, ActivityStream.MIN_PARALLEL_BYTES);
      assertSameAsReadingAll(f, 2, 1);
    }
  }

  @Test
  void aCutInsideAQuotedLineBreakIsReadOnByTheFirstPart() throws IOException {
    String plain = HxlWriter.activityReportsToHxl(reports(9, 2000));
    int middle = plain.length() / 2;
    int lineStart = plain.lastIndexOf("\r\n", middle) + 2;
    // A record whose quoted activity spans the middle of the file, with line feeds inside.
    String quoted = "ORG1,IMPL1,WSH,\"" + "x\n".repeat(4000) + "\",COL,COL1,X1,2024-02,g1,,10,20,,,,,,,,\r\n";
    Path f = dir.resolve("cut.csv");
    Files.writeString(f, plain.substring(0, lineStart) + quoted + plain.substring(lineStart));
    assertSameAsReadingAll(f, 2, 1);
  }

  @Test
  void anUnclosedQuoteKeepsTheRowsBeforeIt() throws IOException {
    Path f = dir.resolve("unclosed.csv");
    Files.writeString(f, HxlWriter.activityReportsToHxl(reports(3, 500)) + "ORG1,IMPL1,WSH,\"open,COL\r\nmore\r\n");
    assertSameAsReadingAll(f, 1, ActivityStream.MIN_PARALLEL_BYTES);
    assertSameAsReadingAll(f, 2, 1);
  }

  @Test
  void filesTheStreamDoesNotTakeAreReadWhole() throws IOException {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, HxlWriter.activityReportsToHxl(reports(4, 50)).replace("ORG1", "Médicos")
        .getBytes(StandardCharsets.ISO_8859_1));
    assertSameAsReadingAll(latin1, 1, ActivityStream.MIN_PARALLEL_BYTES);
    Path noTags = dir.resolve("notags.csv");
    Files.writeString(noTags, "a,b\r\n1,2\r\n");
    assertSameAsReadingAll(noTags, 1, ActivityStream.MIN_PARALLEL_BYTES);
    Path missing = dir.resolve("missing.csv");
    assertSameAsReadingAll(missing, 1, ActivityStream.MIN_PARALLEL_BYTES);
  }

  /**
   * Past its limit of cells an aggregation stops with an aggregation-limit error after the table's findings, and
   * gives no figures; a table by sector, which keeps fewer cells, is read whole within the same limit. The same on
   * one thread, on two, and on the slow way (a Latin-1 file).
   */
  @Test
  void pastTheLimitOfCellsTheReportSaysSoAndNothingIsGiven() throws IOException {
    Path f = dir.resolve("many-cells.csv");
    Files.writeString(f, file(6, 3000), StandardCharsets.UTF_8);
    Path latin1 = dir.resolve("many-cells-latin1.csv");
    Files.write(latin1, file(6, 3000).replace("ORG1", "Médicos").getBytes(StandardCharsets.ISO_8859_1));
    for (Path p : List.of(f, latin1)) {
      ImportResult<List<ActivityReport>> all = HxlReader.create().readActivityReports(p);
      ReachAggregator expected = ReachAggregator.create();
      expected.addAll(all.value());
      long limit = expected.groups() / 2;
      Set<Dimension> bySector = EnumSet.of(Dimension.SECTOR, Dimension.COUNTRY);
      for (int threads = 1; threads <= 2; threads++) {
        ImportResult<ReachAggregator> over =
            HxlReader.create().aggregate(p, threads, 1, EnumSet.of(Dimension.COUNTRY), limit);
        List<org.responseplan.model.validation.Finding> findings = over.report().findings();
        org.responseplan.model.validation.Finding last = findings.get(findings.size() - 1);
        assertEquals(org.responseplan.model.validation.Rule.AGGREGATION_LIMIT, last.rule(), last::toString);
        assertEquals(Long.toString(limit), last.value());
        assertEquals(true, last.message().contains("(country)"), last.message());
        assertEquals(0, over.value().rows(), "nothing given");
        ImportResult<ReachAggregator> within = HxlReader.create().aggregate(p, threads, 1, bySector, limit);
        assertEquals(all.report().findings(), within.report().findings());
        assertEquals(expected.result(bySector), within.value().result(bySector));
      }
    }
  }
}
