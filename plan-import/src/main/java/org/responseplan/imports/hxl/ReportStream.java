package org.responseplan.imports.hxl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Objects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.imports.CsvLimits;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.csv.CsvReader;
import org.responseplan.model.validation.Rule;

/**
 * A 5W file read record by record into activity reports handed to a consumer, with the report
 * {@link HxlReader#readActivityReports} gives: the same table rules (hashtag row, header rows, blank rows, cells past
 * the last column), the same mapping, chunk by chunk, and the columns no mapping reads counted as they pass. Memory
 * holds one chunk of rows in the wide layout. In the long layout, whose rows of one report may be anywhere in the
 * file, each row joins its report's group as it passes: memory holds one small group per report (the values that
 * make it one report and its figures so far), never the rows, and the reports are given at the end.
 *
 * <p>The report is made of three parts merged in the order readActivityReports makes them: a file that cannot be
 * read to its end, the table's lines and findings, then the mapping's.
 */
final class ReportStream {
  /** Rows given to the mapping at once. */
  static final int CHUNK = 1024;

  private final Locale locale;
  private final @Nullable YearMonth defaultMonth;
  private final Consumer<ActivityReport> sink;
  private final CsvLimits limits;
  private final ImportReport.Builder unreadable = ImportReport.builder("hxl");
  private final ImportReport.Builder tableReport = ImportReport.builder("hxl");
  private final ImportReport.Builder mappingReport = ImportReport.builder("hxl");
  private final Problems tableProblems;
  private final HxlReader.TableBuilder head;
  private @Nullable HxlTable columns;
  private @Nullable ActivityMapping mapping;
  /** Wide layout: the rows waiting for the mapping. */
  private final List<HxlTable.Row> rows = new ArrayList<>();
  private boolean longLayout;
  private boolean finished;
  // Per column no mapping reads: non-blank cells and the first of them.
  private long[] unusedCells = new long[0];
  private String[] firstUnused = new String[0];

  ReportStream(Locale locale, @Nullable YearMonth defaultMonth, CsvLimits limits, Consumer<ActivityReport> sink) {
    this.locale = locale;
    this.defaultMonth = defaultMonth;
    this.sink = sink;
    this.limits = limits;
    this.tableProblems = new Problems(tableReport, locale);
    this.head = new HxlReader.TableBuilder(tableProblems, limits);
  }

  /** Reads {@code in} to its end (and closes it); the report of the whole file. */
  ImportReport read(InputStream in) {
    Problems readProblems = new Problems(unreadable, locale);
    try (InputStream source = in; CsvReader csv = CsvReader.open(source, limits)) {
      while (true) {
        List<String> row;
        try {
          row = csv.next();
          if (row == null) {
            break;
          }
          row(csv.line(), row);
        } catch (UncheckedIOException e) {
          // A quoted field left open: the rows before it are kept.
          readProblems.add(Rule.UNREADABLE, null, csv.line(), -1, null, HxlReader.describe(e));
          break;
        } catch (CsvReader.LimitExceeded e) {
          HxlReader.limitHit(readProblems, e);
          head.stopped();
          break;
        }
      }
      finish();
    } catch (SinkFailure e) {
      throw e.failure; // the consumer's own failure, not the file's
    } catch (IOException | RuntimeException e) {
      readProblems.add(Rule.UNREADABLE, null, 0, -1, null, HxlReader.describe(e));
      finish();
    }
    return unreadable.build().merge(tableReport.build()).merge(mappingReport.build());
  }

  private void row(long line, List<String> cells) {
    if (columns == null) {
      head.row(line, cells);
      if (head.hasHashtags()) {
        start(head.build(false));
      }
      return;
    }
    HxlTable.Row r = new HxlTable.Row(line, cells);
    if (!HxlReader.TableBuilder.admit(tableProblems, r, columns.columns().size())) {
      return;
    }
    countUnused(r);
    if (longLayout) {
      Objects.requireNonNull(mapping, "mapping: start() has run").longRow(r);
      return;
    }
    rows.add(r);
    if (rows.size() == CHUNK) {
      map();
    }
  }

  /** The hashtag row is met: the columns are picked, and the table's findings made. */
  private void start(HxlTable table) {
    columns = table;
    ActivityMapping m = new ActivityMapping(table, new Problems(mappingReport, locale), defaultMonth);
    longLayout = !m.start();
    mapping = m;
    unusedCells = new long[table.columns().size()];
    firstUnused = new String[table.columns().size()];
  }

  private void countUnused(HxlTable.Row r) {
    ActivityMapping m = Objects.requireNonNull(mapping, "mapping: start() has run");
    HxlTable t = Objects.requireNonNull(columns, "columns: start() has run");
    for (HxlTable.Column c : t.columns()) {
      String v = r.get(c);
      if (!v.isBlank() && !m.isUsed(c) && unusedCells[c.index()]++ == 0) {
        firstUnused[c.index()] = Problems.example(r.line(), v);
      }
    }
  }

  private void map() {
    Objects.requireNonNull(mapping, "mapping: start() has run").readRows(rows).forEach(this::give);
    rows.clear();
  }

  private void give(ActivityReport r) {
    try {
      sink.accept(r);
    } catch (RuntimeException e) {
      throw new SinkFailure(e);
    }
  }

  /** A failure of the consumer, carried past the handling of unreadable input. */
  private static final class SinkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final RuntimeException failure;

    SinkFailure(RuntimeException failure) {
      super(failure);
      this.failure = failure;
    }
  }

  private void finish() {
    if (finished) {
      return;
    }
    finished = true;
    HxlTable columns = this.columns;
    ActivityMapping mapping = this.mapping;
    if (columns == null || mapping == null) {
      head.build(false); // no hashtag row: reported by the table builder
      return;
    }
    if (longLayout) {
      mapping.finishLong().forEach(this::give);
    } else {
      map();
    }
    for (HxlTable.Column c : columns.columns()) {
      if (mapping.isUsed(c)) {
        continue;
      }
      long n = unusedCells[c.index()];
      mappingReport.add(ImportReport.Action.SKIPPED, mapping.label(c), "", mapping.unusedReason(c), Math.max(1, n),
          n == 0 ? "the column is empty" : firstUnused[c.index()]);
    }
  }
}
