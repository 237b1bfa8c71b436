package org.responseplan.imports.hxl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.AggregationLimitException;
import org.responseplan.indicators.Dimension;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.indicators.reach.ReachAccess;
import org.responseplan.imports.CsvLimits;
import org.responseplan.indicators.reach.ReachCells;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.csv.CsvReader;
import org.responseplan.model.validation.Rule;

/**
 * A wide 5W HXL file straight into the 5W engine (behind a ReachAggregator), without a string or an object per cell:
 * the bytes are split into fields in place, text cells are looked up in dictionaries of raw bytes (decoded once per
 * distinct value), counts are parsed from their digits, and every row goes into the aggregation as ids and longs.
 * Memory grows with the number of distinct values and cells, never with the rows.
 *
 * <p>A row takes this path only when nothing about it would be reported: its counts are plain digits or blank, its
 * month, modality, country and currency are values seen to be valid, it has no quote and no surrounding spaces, it
 * has figures, and its new beneficiaries are given whenever its split is. Every other row (a blank row, a row with
 * quotes, a bad value, a negative count, ...) is read exactly as {@link HxlReader#readActivityReports} reads it, by
 * the same mapping, with the same findings, at the same line. So the figures, the problem counts and the findings
 * are those of readActivityReports followed by {@link org.responseplan.indicators.ReachAggregator}; the report
 * counts the same mapped and blank cells per column.
 *
 * <p>With two or more threads the file is cut in two at a line break after its middle; the second part is read on a
 * thread of its own and its rows that need the mapping are kept for the end. If the cut turns out to fall inside a
 * record (a quoted line break), the first thread reads on to the end and the second part is dropped.
 */
final class ActivityStream {
  static final int MIN_PARALLEL_BYTES = 8 << 20;

  private final Path file;
  private final Locale locale;
  private final @Nullable YearMonth defaultMonth;
  private final CsvLimits limits;
  private final int threads;
  private final long minParallelBytes;
  /** The table the aggregation is for (it keeps only what that needs), or null for every table. */
  private final @Nullable Set<Dimension> forTable;
  /** The cells each part's aggregation may hold. */
  private final long cellLimit;
  /** The report: the table's lines and findings, then the rows' ({@link ColumnCounts#report}). */
  private final ImportReport.Builder report = ImportReport.builder("hxl");
  private final Problems problems;
  // Set up from the hashtag row.
  private @Nullable StreamLayout layout;
  private @Nullable SlowRows slowRows;
  private long firstDataLine;

  ActivityStream(Path file, Locale locale, @Nullable YearMonth defaultMonth, CsvLimits limits, int threads,
      long minParallelBytes, @Nullable Set<Dimension> forTable, long cellLimit) {
    this.limits = limits;
    this.minParallelBytes = minParallelBytes;
    this.cellLimit = cellLimit;
    this.forTable = forTable == null ? null : EnumSet.copyOf(forTable.isEmpty()
        ? EnumSet.noneOf(Dimension.class) : forTable);
    this.file = file;
    this.locale = locale;
    this.defaultMonth = defaultMonth;
    this.threads = threads;
    this.problems = new Problems(report, locale);
  }

  ImportResult<ReachAggregator> read() {
    try {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        long size = ch.size();
        long dataStart = header(ch, size);
        if (dataStart < 0) {
          return slow();
        }
        return rows(ch, size, dataStart);
      } catch (IOException | CsvReader.LimitExceeded e) {
        return slow(); // reported by the slow way, as readActivityReports reports it
      }
    } catch (AggregationLimitException e) {
      return limit(e);
    }
  }

  /**
   * The file the way readActivityReports reads it (for anything the byte stream does not take), report by report
   * into the aggregation ({@link HxlReader#readActivityReports(Path, java.util.function.Consumer)}): the same report,
   * without holding the reports; a read limit that is hit is reported there.
   */
  private ImportResult<ReachAggregator> slow() {
    ReachAggregator cells = ReachAccess.aggregator(newCells());
    ImportReport r = HxlReader.create().withLocale(locale).withDefaultMonth(defaultMonth).withLimits(limits)
        .readActivityReports(file, cells::add);
    return new ImportResult<>(cells, r);
  }

  /** An empty aggregation for the table asked for. */
  private ReachCells newCells() {
    return ReachCells.create(forTable == null ? EnumSet.noneOf(Dimension.class) : forTable, cellLimit);
  }

  /**
   * The aggregation passed its limit of cells: an {@code aggregation-limit} finding after the table's findings, and
   * an empty aggregation (what was read is incomplete and is dropped).
   */
  private ImportResult<ReachAggregator> limit(AggregationLimitException e) {
    String by = forTable == null ? "any" : forTable.isEmpty() ? "total"
        : String.join(", ", forTable.stream().map(Dimension::column).toList());
    problems.add(Rule.AGGREGATION_LIMIT, null, 0, -1, null, Long.toString(e.limit()), by);
    return new ImportResult<>(ReachAccess.aggregator(newCells()), report.build());
  }

  // ---- the header ----

  /** Reads the rows up to the hashtag row; the offset of the first data row, or -1 to read the slow way. */
  private long header(FileChannel ch, long size) throws IOException {
    try (InputStream in = Files.newInputStream(file); CsvReader csv = CsvReader.open(in)) {
      if (!csv.charset().equals(StandardCharsets.UTF_8)) {
        return -1;
      }
    }
    byte[] head = new byte[(int) Math.min(size, 4 << 20)];
    ch.read(ByteBuffer.wrap(head), 0);
    int pos = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
        ? 3 : 0;
    HxlReader.TableBuilder b = new HxlReader.TableBuilder(problems, limits);
    long line = 1;
    for (int n = 0; n <= limits.hashtagRowSearch() && !b.hasHashtags(); n++) {
      FullRecord r = FullRecord.parse(head, pos, head.length, head.length == size, line, limits);
      if (r == null || r.unclosed) {
        return -1;
      }
      b.row(line, r.cells);
      line = r.nextLine;
      pos = r.end;
    }
    if (!b.hasHashtags()) {
      return -1;
    }
    HxlTable table = b.build(false);
    ActivityMapping mapping = new ActivityMapping(table, problems, defaultMonth);
    if (!mapping.start()) {
      return -1;
    }
    layout = StreamLayout.of(table, mapping);
    if (layout == null) {
      return -1; // every row would be reported: not worth a fast path
    }
    slowRows = new SlowRows(table, locale, defaultMonth);
    firstDataLine = line;
    return pos;
  }

  // ---- the rows ----

  private ImportResult<ReachAggregator> rows(FileChannel ch, long size, long dataStart) throws IOException {
    StreamLayout l = Objects.requireNonNull(layout, "layout: start() found the hashtag row");
    SlowRows slow = Objects.requireNonNull(slowRows, "slowRows: start() found the hashtag row");
    StreamPart first = new StreamPart(l, slow, newCells(), ch, dataStart, firstDataLine, true, limits);
    StreamPart second = null;
    long cut = -1;
    if (threads > 1 && size - dataStart >= minParallelBytes) {
      cut = cutAfter(ch, dataStart + (size - dataStart) / 2, size);
    }
    Thread other = null;
    if (cut > 0) {
      second = new StreamPart(l, slow, newCells(), ch, cut, 0, false, limits);
      StreamPart s = second;
      other = new Thread(s::runCaught, "5w-stream");
      other.start();
      first.stopAt = cut;
    }
    try {
      first.run();
    } catch (AggregationLimitException | CsvReader.LimitExceeded e) {
      if (second != null && other != null) {
        second.cancelled = true; // stop the other half early: nothing it reads can be used
        join(other);
      }
      throw e;
    }
    if (other != null && second != null) {
      join(other);
      if (first.endedAt != cut) {
        // The cut fell inside a record: read on from where the first part stopped.
        second.cancelled = true;
        first.stopAt = -1;
        first.resume();
      } else {
        if (second.failure != null) {
          throwUnchecked(second.failure);
        }
        first.absorb(second);
      }
    }
    first.counts.report(report, l, slow);
    return new ImportResult<>(ReachAccess.aggregator(first.cells), report.build());
  }

  private static void join(Thread other) throws IOException {
    try {
      other.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void throwUnchecked(Throwable t) throws IOException {
    if (t instanceof IOException e) {
      throw e;
    }
    if (t instanceof RuntimeException e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  /** The offset just after the first line feed at or after {@code from}, or -1. */
  private static long cutAfter(FileChannel ch, long from, long size) throws IOException {
    byte[] buf = new byte[1 << 16];
    long pos = from;
    while (pos < size) {
      int n = ch.read(ByteBuffer.wrap(buf), pos);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          return pos + i + 1 < size ? pos + i + 1 : -1;
        }
      }
      pos += n;
    }
    return -1;
  }
}
