package org.responseplan.imports.hxl;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.reach.ReachCells;
import org.responseplan.imports.ImportReport;
import org.responseplan.model.validation.Rule;

/**
 * The rows {@link ActivityStream}'s fast path does not take, read by the mapping exactly as
 * {@link HxlReader#readActivityReports} reads them, into a report of their own that is merged at the end. Its
 * lines and findings from before the first row (the table's own) are remembered, so that only the rows' are merged.
 */
final class SlowRows {
  final ImportReport.Builder report = ImportReport.builder("hxl");
  private final Problems problems;
  private final ActivityMapping mapping;
  private final HxlTable table;
  private final int findingsBefore;
  private final List<ImportReport.Line> linesBefore;

  SlowRows(HxlTable table, Locale locale, @Nullable YearMonth defaultMonth) {
    this.table = table;
    this.problems = new Problems(report, locale);
    this.mapping = new ActivityMapping(table, problems, defaultMonth);
    mapping.start();
    findingsBefore = report.build().findings().size();
    linesBefore = report.build().lines();
  }

  /** A quoted field left open at {@code line}: the rest of the file cannot be read. */
  void unclosed(long line) {
    problems.add(Rule.UNREADABLE, null, line, -1, null, "a quoted field that starts on line " + line
        + " is not closed");
  }

  /** Reads one row by the mapping into {@code cells}, counting its cells of unused columns into {@code counts}. */
  void read(long line, List<String> values, ReachCells cells, ColumnCounts counts) {
    HxlTable.Row row = new HxlTable.Row(line, values);
    if (!HxlReader.TableBuilder.admit(problems, row, table.columns().size())) {
      return;
    }
    for (HxlTable.Column c : table.columns()) {
      String v = row.get(c);
      if (!mapping.isUsed(c) && !v.isBlank()) {
        counts.unused(c.index(), line, v);
      }
    }
    for (ActivityReport r : mapping.readRows(List.of(row))) {
      cells.add(r);
    }
  }

  /** The lines the rows added, each with its count since the first row. */
  List<ImportReport.Line> rowLines() {
    List<ImportReport.Line> all = report.build().lines();
    return all.stream().map(l -> {
      long before = linesBefore.stream().filter(b -> same(b, l)).mapToLong(ImportReport.Line::count).sum();
      return new ImportReport.Line(l.action(), l.source(), l.target(), l.reason(), l.count() - before, l.example());
    }).filter(l -> l.count() > 0).toList();
  }

  private static boolean same(ImportReport.Line a, ImportReport.Line b) {
    return a.action() == b.action() && a.source().equals(b.source()) && a.target().equals(b.target())
        && a.reason().equals(b.reason());
  }

  /** The findings the rows made. */
  List<org.responseplan.model.validation.Finding> rowFindings() {
    List<org.responseplan.model.validation.Finding> all = report.build().findings();
    return all.subList(findingsBefore, all.size());
  }
}
