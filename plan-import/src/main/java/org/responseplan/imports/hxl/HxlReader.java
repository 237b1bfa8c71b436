package org.responseplan.imports.hxl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ActivityReport;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.IndicatorTable;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.imports.CsvLimits;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.csv.CsvReader;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * Reads HXL-tagged CSV: as a plain {@link HxlTable}, as 5W {@link ActivityReport}s, as {@link PeopleFigures} by
 * sector, or as an {@link IndicatorTable} written by {@link HxlWriter}. {@code docs/formats/hxl.md} has the tables of
 * hashtags each mapping reads.
 *
 * <pre>{@code
 * ImportResult<List<ActivityReport>> r = HxlReader.create().readActivityReports(Path.of("5w.csv"));
 * ReachAggregator agg = ReachAggregator.create();
 * agg.addAll(r.value());
 * System.out.print(r.report().toText());   // what was mapped, defaulted, skipped, and every finding
 * }</pre>
 *
 * <p><b>The hashtag row</b> is the first row, among the first {@value #HASHTAG_ROW_SEARCH} rows
 * ({@link CsvLimits#hashtagRowSearch()}), that has at least
 * one valid hashtag and in which at least half of the non-empty cells are valid hashtags (libhxl's rule, so that a
 * row with a stray {@code country} beside {@code #sector} still counts). The rows above it are header rows; the last
 * of them gives each column's header. A non-empty cell of the hashtag row that is not a valid hashtag is a warning
 * ({@code invalid-value}) and its column is read as untagged; an empty cell makes an untagged column. A repeated tag
 * is a {@code duplicate-key} warning: mappings use the first column with the tag and report the others as skipped. A file with no
 * hashtag row gives an {@code unreadable} finding and an empty table, never an exception.
 *
 * <p><b>Encoding</b>: UTF-8 with or without a byte-order mark, else Latin-1, as the CSV reader detects it. Hashtags
 * are case-insensitive. Rows whose cells are all blank are skipped (and counted in the report); cells to the right of
 * the last column are reported as skipped.
 *
 * <p>Every method returns an {@link ImportResult} whose {@link ImportReport} (format {@code hxl}) lists what was
 * mapped, defaulted, kept and skipped, and the findings, each placed at {@code line N} (and the column's tag). No
 * method throws on bad input or on a file that cannot be read.
 *
 * <p><b>Limits</b>: rows, cells, the hashtag row and the tables held in memory are bounded by {@link CsvLimits}
 * ({@link #withLimits}); a limit that is hit is a {@code csv-limit} finding at the row's line, and the rows before it
 * are read as usual.
 *
 * <p><b>Threads</b>: instances are immutable and thread-safe; one reader may read many files at once from any number
 * of threads (each call keeps its state to itself).
 */
public final class HxlReader {
  /** How many rows from the top are searched for the hashtag row by default ({@link CsvLimits#hashtagRowSearch()}). */
  public static final int HASHTAG_ROW_SEARCH = 25;

  private final Locale locale;
  private final @Nullable YearMonth defaultMonth;
  private final CsvLimits limits;

  private HxlReader(Locale locale, @Nullable YearMonth defaultMonth, CsvLimits limits) {
    this.locale = locale;
    this.defaultMonth = defaultMonth;
    this.limits = limits;
  }

  /**
   * The cells of one CSV record, split exactly as this reader splits the rows of a file (RFC 4180 quoting). For
   * callers that hold a file line by line, such as plan-spark.
   *
   * @param line one record's text, without its line break
   * @return the cells, at least one (an empty line is one empty cell)
   */
  public static List<String> cellsOf(String line) {
    try (CsvReader csv = CsvReader.of(line)) {
      List<String> cells = csv.next();
      return cells == null ? List.of("") : cells;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A reader with finding messages in English, no default month and {@link CsvLimits#DEFAULT}.
   *
   * @return the reader
   */
  public static HxlReader create() {
    return new HxlReader(Locale.ENGLISH, null, CsvLimits.DEFAULT);
  }

  /**
   * The same reader with finding messages in {@code newLocale} (English and Spanish are provided).
   *
   * @param newLocale the language of the messages; a language other than English or Spanish gives English; never
   *     null
   * @return a copy of this reader with that locale
   */
  public HxlReader withLocale(Locale newLocale) {
    return new HxlReader(Objects.requireNonNull(newLocale, "newLocale"), defaultMonth, limits);
  }

  /**
   * The same reader giving 5W rows without a month (no date column, or a blank date) the month {@code month}, as
   * for a file that is one month's report. Each use is reported as {@code DEFAULTED}. Without it such rows are
   * skipped with a finding.
   *
   * @param month the month of rows without one, or null for none (such rows are then skipped with a finding)
   * @return a copy of this reader with that default month
   */
  public HxlReader withDefaultMonth(@Nullable YearMonth month) {
    return new HxlReader(locale, month, limits);
  }

  /**
   * The same reader with other read limits.
   *
   * @param newLimits the bounds on rows, cells and tables held; never null
   * @return a copy of this reader with {@code newLimits}
   */
  public HxlReader withLimits(CsvLimits newLimits) {
    return new HxlReader(locale, defaultMonth, Objects.requireNonNull(newLimits, "newLimits"));
  }

  /**
   * The limits this reader applies.
   *
   * @return {@link CsvLimits#DEFAULT} unless set with {@link #withLimits}
   */
  public CsvLimits limits() {
    return limits;
  }

  // ---- plain tables ----

  /**
   * Reads a file as a table; untagged columns are reported as skipped (kept in the table, read by no mapping).
   *
   * @param file the CSV file
   * @return the table and the import report; a file that cannot be read or has no hashtag row gives an empty table
   *     and an {@code unreadable} finding
   */
  public ImportResult<HxlTable> readTable(Path file) {
    ImportReport.Builder report = ImportReport.builder("hxl");
    return new ImportResult<>(table(file, report, true), report.build());
  }

  /**
   * Reads a stream as a table, as {@link #readTable(Path)} reads a file.
   *
   * @param in the CSV text; read to its end and closed
   * @return the table and the import report; an empty table and an {@code unreadable} finding when the stream cannot
   *     be read or has no hashtag row
   */
  public ImportResult<HxlTable> readTable(InputStream in) {
    ImportReport.Builder report = ImportReport.builder("hxl");
    return new ImportResult<>(table(in, report, true), report.build());
  }

  // ---- 5W activity reports ----

  /**
   * Reads a 5W table (wide or long) into activity reports; see {@code docs/formats/hxl.md}.
   *
   * @param file the CSV file
   * @return the reports, in the order of the file, and the import report; a row that cannot be mapped is left out
   *     with a finding; a file that cannot be read gives no reports and an {@code unreadable} finding
   */
  public ImportResult<List<ActivityReport>> readActivityReports(Path file) {
    ImportReport.Builder report = ImportReport.builder("hxl");
    HxlTable t = table(file, report, false);
    return new ImportResult<>(new ActivityMapping(t, problems(report), defaultMonth).read(), report.build());
  }

  /**
   * Reads a 5W table from a stream, as {@link #readActivityReports(Path)} reads a file.
   *
   * @param in the CSV text; read to its end and closed
   * @return the reports and the import report, as for a file
   */
  public ImportResult<List<ActivityReport>> readActivityReports(InputStream in) {
    ImportReport.Builder report = ImportReport.builder("hxl");
    HxlTable t = table(in, report, false);
    return new ImportResult<>(new ActivityMapping(t, problems(report), defaultMonth).read(), report.build());
  }

  /**
   * Reads a 5W file as {@link #readActivityReports(Path)} does, handing each report to {@code sink} as it is read
   * instead of keeping them: in the wide layout memory holds a chunk of rows, never the file; in the long layout,
   * whose rows of one report may be anywhere in the file, it holds one small group per report (never the rows), and
   * the reports are handed over at the end. The report is the one readActivityReports gives.
   *
   * @param file the file
   * @param sink takes the reports, in the order of the file
   * @return the report of the import; a file that cannot be read is an {@code unreadable} finding, never an
   *     exception
   */
  public ImportReport readActivityReports(Path file, Consumer<ActivityReport> sink) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException | RuntimeException e) {
      ImportReport.Builder report = ImportReport.builder("hxl");
      problems(report).add(Rule.UNREADABLE, null, 0, -1, null, describe(e));
      return report.build();
    }
    return readActivityReports(in, sink);
  }

  /**
   * {@link #readActivityReports(Path, Consumer)} from a stream, which is read to its end and closed.
   *
   * @param in the stream
   * @param sink takes the reports, in the order of the stream
   * @return the report of the import
   */
  public ImportReport readActivityReports(InputStream in, Consumer<ActivityReport> sink) {
    return new ReportStream(locale, defaultMonth, limits, Objects.requireNonNull(sink, "sink")).read(in);
  }

  /**
   * Maps rows as they come from a file, for callers that hold a 5W table in parts (such as plan-spark, a chunk of
   * rows at a time): each row first goes through the table rules of {@link #readActivityReports(Path)} (a row whose
   * cells are all blank is skipped, a non-blank cell to the right of the last column is skipped, both reported),
   * then through the same mapping.
   *
   * @param columns the table's columns, as the hashtag row gives them
   * @param rows the rows, each with its line and every cell it has (past the last column too)
   * @return the reports of the rows and the report of reading them (the table's own findings included)
   */
  public ImportResult<List<ActivityReport>> activityReportsOfRows(List<HxlTable.Column> columns,
      List<HxlTable.Row> rows) {
    ImportReport.Builder report = ImportReport.builder("hxl");
    Problems p = problems(report);
    List<HxlTable.Row> kept = new ArrayList<>(rows.size());
    for (HxlTable.Row r : rows) {
      if (TableBuilder.admit(p, r, columns.size())) {
        kept.add(r);
      }
    }
    HxlTable table = new HxlTable(List.of(), columns, kept, 0);
    return new ImportResult<>(new ActivityMapping(table, p, defaultMonth).read(), report.build());
  }

  /**
   * Maps a table already read to activity reports, with the mapping of {@link #readActivityReports(Path)}.
   *
   * @param table the table, as {@link #readTable(Path)} gives it or built in code
   * @return the reports and the import report of the mapping (the findings of reading the table are not repeated)
   */
  public ImportResult<List<ActivityReport>> activityReports(HxlTable table) {
    ImportReport.Builder report = ImportReport.builder("hxl");
    return new ImportResult<>(new ActivityMapping(table, problems(report), defaultMonth).read(), report.build());
  }

  /**
   * Reads a wide 5W file straight into a {@link ReachAggregator}, as it streams: the same figures, problem counts
   * and findings as {@link #readActivityReports(Path)} followed by {@link ReachAggregator#addAll}, in memory that
   * grows with the distinct areas and cells, not with the rows (ten million rows in a 256 MB heap). Plain rows are parsed from their bytes without a string per cell;
   * any row with something to report is read by the same mapping as readActivityReports. The report has the same
   * findings, and per column the same counts of mapped and blank cells. Files that are not UTF-8 and long-layout
   * files are read record by record as {@link #readActivityReports(Path, Consumer)} reads them. The aggregator holds
   * every cell, so that any table can be read from it; {@link #aggregateActivityReports(Path, int, Set)} holds only
   * what one table needs.
   *
   * @param file the CSV file
   * @return the aggregator holding every mapped report, and the import report; a file that cannot be read gives an
   *     empty aggregator and an {@code unreadable} finding
   */
  public ImportResult<ReachAggregator> aggregateActivityReports(Path file) {
    return aggregateActivityReports(file, 1);
  }

  /**
   * {@link #aggregateActivityReports(Path)} on up to {@code threads} threads (two at most are used: the file is read
   * in two halves); the result does not depend on the number of threads.
   *
   * @param file the CSV file
   * @param threads how many threads may read the file, at least 1 (1 reads it on the calling thread)
   * @return the aggregator and the import report, the same as with one thread
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public ImportResult<ReachAggregator> aggregateActivityReports(Path file, int threads) {
    return aggregateActivityReports(file, threads, ActivityStream.MIN_PARALLEL_BYTES);
  }

  /**
   * {@link #aggregateActivityReports(Path, int)} into an aggregator that keeps only what the table by
   * {@code forTable} needs ({@link ReachAggregator#forTable}): a table by sector (and country, admin levels, group or
   * period) in memory that grows with its own rows, not with the (sector, area, group, month) cells of the file. The
   * figures, problem counts and report are those of the other overloads. When the table needs more cells than the
   * aggregator may hold ({@link ReachAggregator#cellLimit()}), reading stops there: the report ends with an
   * {@code aggregation-limit} error and the aggregator is empty.
   *
   * @param file the file
   * @param threads threads to read with (two at most are used)
   * @param forTable the dimensions of the table that will be read from the aggregator, a subset of
   *     {@link ReachAggregator#DIMENSIONS}
   * @return the aggregator, whose {@link ReachAggregator#result(Set) result(forTable)} is the table, and the report
   * @throws IllegalArgumentException when {@code threads} is below 1 or a dimension is not a 5W one
   */
  public ImportResult<ReachAggregator> aggregateActivityReports(Path file, int threads, Set<Dimension> forTable) {
    if (!ReachAggregator.DIMENSIONS.containsAll(forTable)) {
      throw new IllegalArgumentException("5W reports can be grouped by " + ReachAggregator.DIMENSIONS + ", not by "
          + forTable);
    }
    return aggregate(file, threads, ActivityStream.MIN_PARALLEL_BYTES, Objects.requireNonNull(forTable, "forTable"));
  }

  ImportResult<ReachAggregator> aggregateActivityReports(Path file, int threads, long minParallelBytes) {
    return aggregate(file, threads, minParallelBytes, null);
  }

  ImportResult<ReachAggregator> aggregate(Path file, int threads, long minParallelBytes,
      @Nullable Set<Dimension> forTable) {
    return aggregate(file, threads, minParallelBytes, forTable, ReachAggregator.cellLimit());
  }

  ImportResult<ReachAggregator> aggregate(Path file, int threads, long minParallelBytes,
      @Nullable Set<Dimension> forTable, long cellLimit) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    return new ActivityStream(file, locale, defaultMonth, limits, threads, minParallelBytes, forTable, cellLimit)
        .read();
  }

  // ---- people figures ----

  /**
   * Reads a table of people figures ({@code #inneed}, {@code #targeted}, ... by sector, location, population group,
   * sex and age) into one {@link PeopleFigures} per sector, keyed by the sector as written ({@code ""} when the table
   * has no sector column), in the order first met.
   *
   * @param file the CSV file
   * @return the figures by sector and the import report; an empty map and an {@code unreadable} finding when the
   *     file cannot be read
   */
  public ImportResult<Map<String, PeopleFigures>> readPeopleFigures(Path file) {
    ImportReport.Builder report = ImportReport.builder("hxl");
    HxlTable t = table(file, report, false);
    return new ImportResult<>(new PeopleMapping(t, problems(report)).read(), report.build());
  }

  /**
   * Reads a table of people figures from a stream, as {@link #readPeopleFigures(Path)} reads a file.
   *
   * @param in the CSV text; read to its end and closed
   * @return the figures by sector and the import report, as for a file
   */
  public ImportResult<Map<String, PeopleFigures>> readPeopleFigures(InputStream in) {
    ImportReport.Builder report = ImportReport.builder("hxl");
    HxlTable t = table(in, report, false);
    return new ImportResult<>(new PeopleMapping(t, problems(report)).read(), report.build());
  }

  /**
   * Maps a table already read to people figures by sector, with the mapping of {@link #readPeopleFigures(Path)}.
   *
   * @param table the table, as {@link #readTable(Path)} gives it or built in code
   * @return the figures by sector and the import report of the mapping
   */
  public ImportResult<Map<String, PeopleFigures>> peopleFigures(HxlTable table) {
    ImportReport.Builder report = ImportReport.builder("hxl");
    return new ImportResult<>(new PeopleMapping(table, problems(report)).read(), report.build());
  }

  // ---- indicator tables ----

  /**
   * Reads an indicator table, such as one {@link HxlWriter} wrote: columns are named and typed by their hashtags
   * (see {@link HxlWriter}); {@code #meta+NAME} and {@code #indicator+NAME} columns are dimensions and measures of
   * other names.
   *
   * @param file the CSV file
   * @return the table and the import report; an empty table and an {@code unreadable} finding when the file cannot
   *     be read
   */
  public ImportResult<IndicatorTable> readIndicatorTable(Path file) {
    ImportReport.Builder report = ImportReport.builder("hxl");
    HxlTable t = table(file, report, false);
    return new ImportResult<>(IndicatorTags.read(t, problems(report)), report.build());
  }

  /**
   * Reads an indicator table from a stream, as {@link #readIndicatorTable(Path)} reads a file.
   *
   * @param in the CSV text; read to its end and closed
   * @return the table and the import report, as for a file
   */
  public ImportResult<IndicatorTable> readIndicatorTable(InputStream in) {
    ImportReport.Builder report = ImportReport.builder("hxl");
    HxlTable t = table(in, report, false);
    return new ImportResult<>(IndicatorTags.read(t, problems(report)), report.build());
  }

  // ---- reading the table ----

  private Problems problems(ImportReport.Builder report) {
    return new Problems(report, locale);
  }

  private HxlTable table(Path file, ImportReport.Builder report, boolean forTable) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException | RuntimeException e) {
      problems(report).add(Rule.UNREADABLE, null, 0, -1, null, describe(e));
      return HxlTable.empty();
    }
    return table(in, report, forTable);
  }

  private HxlTable table(InputStream in, ImportReport.Builder report, boolean forTable) {
    Problems p = problems(report);
    TableBuilder b = new TableBuilder(p, limits);
    try (InputStream source = in; CsvReader csv = CsvReader.open(source, limits)) {
      try {
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
          b.row(csv.line(), row);
        }
      } catch (UncheckedIOException e) {
        // A quoted field left open: the rows before it are kept.
        p.add(Rule.UNREADABLE, null, csv.line(), -1, null, describe(e));
      } catch (CsvReader.LimitExceeded e) {
        limitHit(p, e);
        b.stopped();
      }
    } catch (IOException | RuntimeException e) {
      p.add(Rule.UNREADABLE, null, 0, -1, null, describe(e));
    }
    return b.build(forTable);
  }

  /** A {@code csv-limit} finding: the rows before the one that hit the limit are kept. */
  static void limitHit(Problems p, CsvReader.LimitExceeded e) {
    p.add(Rule.CSV_LIMIT, null, e.line(), -1, null, e.getMessage());
  }

  static String describe(Exception e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + m;
    }
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** True when {@code row} is the hashtag row: a valid tag, and at least half the non-empty cells valid tags. */
  static boolean isHashtagRow(List<String> row) {
    int nonEmpty = 0;
    int tags = 0;
    for (String cell : row) {
      if (cell.isBlank()) {
        continue;
      }
      nonEmpty++;
      if (HxlTag.problem(cell) == null) {
        tags++;
      }
    }
    return tags > 0 && tags * 2 >= nonEmpty;
  }

  /** Collects the rows of a file into a table, reporting as it goes. */
  static final class TableBuilder {
    private final Problems p;
    private final CsvLimits limits;
    private long cellsHeld;
    private boolean stopped;
    private final List<List<String>> above = new ArrayList<>();
    private final List<Long> aboveLines = new ArrayList<>();
    private @Nullable List<String> hashtags;
    private long hashtagLine;
    private final List<HxlTable.Row> rows = new ArrayList<>();
    private long rowsWithoutHashtags;
    private long firstLineWithoutHashtags;

    TableBuilder(Problems p, CsvLimits limits) {
      this.p = p;
      this.limits = limits;
    }

    /** The reading stopped at a limit: a missing hashtag row is then not reported (the limit is). */
    void stopped() {
      stopped = true;
    }

    /** True once the hashtag row has been met. */
    boolean hasHashtags() {
      return hashtags != null;
    }

    /**
     * Takes the next row of the file.
     *
     * @throws CsvReader.LimitExceeded when the hashtag row has too many hashtags, or the data rows held too many
     *     cells
     */
    void row(long line, List<String> cells) {
      if (hashtags == null) {
        if (above.size() < limits.hashtagRowSearch() && isHashtagRow(cells)) {
          long tags = cells.stream().filter(c -> !c.isBlank() && HxlTag.problem(c) == null).count();
          if (tags > limits.maxHashtags()) {
            throw new CsvReader.LimitExceeded("a hashtag row of more than " + limits.maxHashtags()
                + " hashtags (CsvLimits.maxHashtags), at line " + line, line);
          }
          hashtags = cells;
          hashtagLine = line;
          return;
        }
        if (above.size() < limits.hashtagRowSearch()) {
          above.add(cells);
          aboveLines.add(line);
          return;
        }
        if (rowsWithoutHashtags++ == 0) {
          firstLineWithoutHashtags = line;
        }
        return;
      }
      cellsHeld += cells.size();
      if (cellsHeld > limits.maxTableCells()) {
        throw tooManyCells(limits, line);
      }
      rows.add(new HxlTable.Row(line, cells));
    }

    /** The rows held so far have more cells than {@link CsvLimits#maxTableCells()}. */
    static CsvReader.LimitExceeded tooManyCells(CsvLimits limits, long line) {
      return new CsvReader.LimitExceeded("more than " + limits.maxTableCells() + " cells in the rows of a table "
          + "read whole (CsvLimits.maxTableCells; the 5W stream has no such limit)", line);
    }

    /** The table; {@code forTable}: reported for {@link #readTable} rather than for a mapping. */
    HxlTable build(boolean forTable) {
      if (hashtags == null && stopped) {
        return HxlTable.empty();
      }
      if (hashtags == null) {
        p.add(Rule.UNREADABLE, null, 0, -1, null, "no HXL hashtag row in the first " + limits.hashtagRowSearch()
            + " rows (a row whose cells are hashtags such as #org, #adm1+code, #targeted+f)");
        for (int i = 0; i < above.size(); i++) {
          p.report.skipped("row", "no hashtag row: nothing can be read by hashtag",
              Problems.example(aboveLines.get(i), null));
        }
        for (long i = 0; i < rowsWithoutHashtags; i++) {
          p.report.skipped("row", "no hashtag row: nothing can be read by hashtag",
              Problems.example(firstLineWithoutHashtags, null));
        }
        return HxlTable.empty();
      }
      List<String> lastHeader = above.isEmpty() ? List.of() : above.get(above.size() - 1);
      int width = hashtags.size();
      List<HxlTable.Column> columns = new ArrayList<>(width);
      for (int i = 0; i < width; i++) {
        String cell = hashtags.get(i);
        String header = i < lastHeader.size() ? lastHeader.get(i) : "";
        HxlTag tag = null;
        if (!cell.isBlank()) {
          String problem = HxlTag.problem(cell);
          if (problem == null) {
            tag = HxlTag.parse(cell);
          } else {
            p.add(Rule.INVALID_VALUE, Severity.WARNING, hashtagLine, i, null, cell,
                "a HXL hashtag (" + problem + "); the column is read as untagged");
          }
        }
        columns.add(new HxlTable.Column(i, tag, header));
      }
      HxlTable withoutRows = new HxlTable(above, columns, List.of(), hashtagLine);
      for (int i = 0; i < width; i++) {
        HxlTable.Column c = columns.get(i);
        if (c.tag() == null) {
          if (forTable) {
            p.report.skipped(withoutRows.label(c), "untagged: kept in the table as an untagged column; no mapping "
                + "reads it", c.header().isBlank() ? null : c.header().strip());
          }
          continue;
        }
        for (int j = 0; j < i; j++) {
          if (c.tag().equals(columns.get(j).tag())) {
            // As the other CSV importers report a repeated column name; mappings read the first column.
            p.add(Rule.DUPLICATE_KEY, Severity.WARNING, hashtagLine, i, withoutRows.label(c), c.tag().toString());
            break;
          }
        }
      }
      for (int i = 0; i < above.size(); i++) {
        String example = Problems.example(aboveLines.get(i), String.join(" | ",
            above.get(i).stream().filter(s -> !s.isBlank()).toList()));
        if (forTable) {
          p.report.kept("header row", "headerRows", example);
        } else {
          p.report.skipped("header row", "human-readable headers: columns are read by hashtag", example);
        }
      }
      List<HxlTable.Row> kept = new ArrayList<>(rows.size());
      for (HxlTable.Row r : rows) {
        if (admit(p, r, width)) {
          kept.add(r);
        }
      }
      return new HxlTable(above, columns, kept, hashtagLine);
    }

    /**
     * The rule for a data row of a table {@code width} columns wide: a row whose cells are all blank is skipped,
     * and a non-blank cell to the right of the last column is skipped; both are reported.
     *
     * @return false when the row is blank (and is not to be mapped)
     */
    static boolean admit(Problems p, HxlTable.Row r, int width) {
      if (r.values().stream().allMatch(String::isBlank)) {
        p.report.skipped("row", "blank: every cell is empty", Problems.example(r.line(), null));
        return false;
      }
      for (int i = width; i < r.values().size(); i++) {
        if (!r.values().get(i).isBlank()) {
          p.report.skipped("column " + (i + 1), "to the right of the last column: no hashtag, no header",
              Problems.example(r.line(), r.values().get(i)));
        }
      }
      return true;
    }
  }
}
