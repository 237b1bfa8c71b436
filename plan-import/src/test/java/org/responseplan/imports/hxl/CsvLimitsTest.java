package org.responseplan.imports.hxl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.imports.CsvLimits;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;

/**
 * {@link CsvLimits} in every way of reading HXL: a row, a cell or a hashtag row beyond a limit is a {@code csv-limit}
 * finding at its line, the rows before it are read, and nothing is thrown. The hostile files are generated here.
 */
class CsvLimitsTest {
  private static final String HEAD = "#org,#sector,#country+code,#date+month,#reached+new,#reached+total\n";
  private static final String ROW = "MSF,wash,COL,2024-03,10,30\n";

  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static Finding onlyLimit(ImportReport report) {
    List<Finding> limits = report.findings().stream().filter(f -> f.rule() == Rule.CSV_LIMIT).toList();
    assertEquals(1, limits.size(), report.toText());
    return limits.get(0);
  }

  /** A data row of {@code cells} cells: what made the reader run out of memory with 2,000,000. */
  static String wideRow(int cells) {
    return "a,".repeat(cells - 1) + "a\n";
  }

  @Test
  void aRowWithTooManyCellsStopsTheTableAtItsLine() {
    HxlReader reader = HxlReader.create().withLimits(CsvLimits.DEFAULT.withMaxCellsPerRow(6));
    ImportResult<HxlTable> r = reader.readTable(bytes(HEAD + ROW + "a,b,c,d,e,f\n" + "a,b,c,d,e,f,g\n" + ROW));
    Finding f = onlyLimit(r.report());
    assertEquals("line 4", f.path());
    assertEquals(4, f.line());
    assertTrue(f.message().contains("a row of more than 6 cells (CsvLimits.maxCellsPerRow)"), f.message());
    assertEquals(2, r.value().rows().size(), "the rows before the limit are kept");
  }

  @Test
  void aLongCellAndALongRowAreLimits() {
    // The longest hashtag, #reached+total, has 14 characters.
    HxlReader cell = HxlReader.create().withLimits(CsvLimits.DEFAULT.withMaxCellLength(14));
    Finding f = onlyLimit(cell.readTable(bytes(HEAD + ROW + "MSF,\"WASH-WASH-WASH!\",COL\n")).report());
    assertTrue(f.message().contains("a cell longer than 14 characters (CsvLimits.maxCellLength)"), f.message());
    assertEquals(3, f.line());
    // Exactly the limit is read.
    assertEquals(List.of(), cell.readTable(bytes(HEAD + "\"WASH-WASH-WASH\"\n")).report().findings());

    HxlReader row = HxlReader.create().withLimits(CsvLimits.DEFAULT.withMaxRowLength(70));
    Finding g = onlyLimit(row.readTable(bytes(HEAD + ROW + ROW.repeat(3).replace("\n", ",") + "\n")).report());
    assertTrue(g.message().contains("a row longer than 70 characters (CsvLimits.maxRowLength)"), g.message());
  }

  @Test
  void aHashtagRowWithTooManyHashtagsIsALimitAndNotAMissingHashtagRow() {
    HxlReader reader = HxlReader.create().withLimits(CsvLimits.DEFAULT.withMaxHashtags(5));
    ImportResult<HxlTable> r = reader.readTable(bytes("title\n" + HEAD + ROW));
    Finding f = onlyLimit(r.report());
    assertTrue(f.message().contains("a hashtag row of more than 5 hashtags (CsvLimits.maxHashtags)"), f.message());
    assertEquals(2, f.line());
    assertEquals(1, r.report().findings().size(), r.report().toText());
    assertEquals(0, r.value().columns().size());
  }

  @Test
  void theHashtagRowIsSearchedInAsManyRowsAsTheLimitSays() {
    String file = "a\nb\nc\n" + HEAD + ROW;
    assertEquals(1, HxlReader.create().withLimits(CsvLimits.DEFAULT.withHashtagRowSearch(4)).readTable(bytes(file))
        .value().rows().size());
    ImportResult<HxlTable> missed = HxlReader.create().withLimits(CsvLimits.DEFAULT.withHashtagRowSearch(3))
        .readTable(bytes(file));
    assertTrue(missed.report().findings().stream().anyMatch(f -> f.rule() == Rule.UNREADABLE
        && f.message().contains("no HXL hashtag row in the first 3 rows")), missed.report().toText());
  }

  @Test
  void aTableReadWholeHoldsAtMostTheTableCells() {
    HxlReader reader = HxlReader.create().withLimits(CsvLimits.DEFAULT.withMaxTableCells(12));
    ImportResult<HxlTable> r = reader.readTable(bytes(HEAD + ROW + ROW + ROW));
    Finding f = onlyLimit(r.report());
    assertTrue(f.message().contains("more than 12 cells in the rows of a table read whole "
        + "(CsvLimits.maxTableCells"), f.message());
    assertEquals(4, f.line());
    assertEquals(2, r.value().rows().size());
  }

  @Test
  void theWideStreamHasNoTableLimitButRowLimits() {
    HxlReader reader = HxlReader.create().withLimits(CsvLimits.DEFAULT.withMaxTableCells(12).withMaxCellsPerRow(8));
    List<ActivityReport> got = new ArrayList<>();
    ImportReport report = reader.readActivityReports(bytes(HEAD + ROW + ROW + ROW + ROW), got::add);
    assertTrue(report.findings().stream().noneMatch(f -> f.rule() == Rule.CSV_LIMIT), report.toText());
    assertEquals(4, got.size());
    ImportReport wide = reader.readActivityReports(bytes(HEAD + ROW + wideRow(9) + ROW), got::add);
    assertEquals(3, onlyLimit(wide).line());
  }

  @Test
  void twoMillionCellsInOneRowAreALimitEveryWay(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("wide.csv");
    Files.writeString(file, HEAD + ROW + wideRow(2_000_000) + ROW);
    HxlReader reader = HxlReader.create();
    assertEquals(3, onlyLimit(reader.readTable(file).report()).line());
    assertEquals(3, onlyLimit(reader.readActivityReports(file).report()).line());
    assertEquals(3, onlyLimit(reader.readActivityReports(file, r -> { })).line());
    assertEquals(3, onlyLimit(reader.readPeopleFigures(file).report()).line());
    assertEquals(3, onlyLimit(reader.readIndicatorTable(file).report()).line());
    ImportResult<ReachAggregator> a = reader.aggregateActivityReports(file, 2);
    assertEquals(3, onlyLimit(a.report()).line());
    assertEquals(1, a.value().rows(), "the row before the limit is aggregated");
  }

  @Test
  void halfAMillionHashtagsAreALimit(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tags.csv");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 500_000; i++) {
      b.append(i == 0 ? "" : ",").append("#tag+a").append(i);
    }
    Files.writeString(file, b.append("\n1\n"));
    HxlReader reader = HxlReader.create();
    for (ImportReport report : List.of(reader.readTable(file).report(), reader.readActivityReports(file, r -> { }),
        reader.aggregateActivityReports(file).report())) {
      Finding f = onlyLimit(report);
      assertEquals(1, f.line());
      assertEquals(1, report.findings().size(), report.toText());
    }
  }

  @Test
  void aLineWithoutEndInTheStreamIsALimit(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("long.csv");
    Files.writeString(file, HEAD + ROW + "x".repeat(3_000_000));
    HxlReader reader = HxlReader.create().withLimits(CsvLimits.DEFAULT.withMaxRowLength(2_000_000)
        .withMaxCellLength(2_000_000));
    assertEquals(3, onlyLimit(reader.aggregateActivityReports(file).report()).line());
  }

  @Test
  void limitsBelowOneAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> CsvLimits.DEFAULT.withMaxCellsPerRow(0));
    assertThrows(IllegalArgumentException.class, () -> CsvLimits.DEFAULT.withMaxTableCells(0));
    assertEquals(25, CsvLimits.DEFAULT.hashtagRowSearch());
    assertEquals(HxlReader.HASHTAG_ROW_SEARCH, CsvLimits.DEFAULT.hashtagRowSearch());
    assertEquals(CsvLimits.DEFAULT, HxlReader.create().limits());
  }
}
