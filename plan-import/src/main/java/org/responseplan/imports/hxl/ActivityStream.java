package org.responseplan.imports.hxl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.responseplan.indicators.ReachAggregator;
import org.responseplan.indicators.reach.FiveWRules;
import org.responseplan.indicators.reach.ReachAccess;
import org.responseplan.indicators.reach.ReachCells;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.csv.CsvReader;
import org.responseplan.model.Money;
import org.responseplan.model.validation.Rule;

/**
 * A wide 5W HXL file straight into a {@link ReachCells} aggregation, without a string or an object per cell: the
 * bytes are split into fields in place, text cells are looked up in dictionaries of raw bytes (decoded once per
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
  private static final int BUFFER = 1 << 20;
  static final int MIN_PARALLEL_BYTES = 8 << 20;
  private static final long NONE = FiveWRules.NOT_REPORTED;
  private static final String[] SPLIT_TARGETS = {"/*/girls", "/*/boys", "/*/otherUnder18", "/*/women", "/*/men",
      "/*/otherAdults"};

  private final Path file;
  private final Locale locale;
  private final @Nullable YearMonth defaultMonth;
  private final int threads;
  private final long minParallelBytes;

  // Set up from the hashtag row.
  private ImportReport.Builder report;
  private Problems problems;
  private ActivityMapping mapping;
  /** Rows the fast path does not take are read by this mapping into a report of their own, merged at the end. */
  private final ImportReport.Builder slowReport = ImportReport.builder("hxl");
  private final Problems slowProblems;
  private ActivityMapping slowMapping;
  private int slowFindingsBefore;
  private List<ImportReport.Line> slowLinesBefore = List.of();
  private HxlTable table;
  private int width;
  private int sectorCol;
  private int countryCol;
  private int adm1Col;
  private int adm2Col;
  private int groupCol;
  private int monthCol;
  private int modalityCol;
  private int newCol;
  private int totalCol;
  private final int[] splitCol = new int[6];
  private int cashCol;
  private int currencyCol;
  private @Nullable String cashCurrency;
  /** Text columns that are only checked for being non-blank (organisations, activity), or -1. */
  private int[] plainTextCols;
  private long firstDataLine;
  /** What each column is, for counting its cells: */
  private int[] kinds = new int[0];
  private static final int TEXT = 0;
  private static final int FIGURE = 1;
  private static final int CURRENCY = 2;
  private static final int MODALITY = 3;
  private static final int UNUSED = 4;

  ActivityStream(Path file, Locale locale, @Nullable YearMonth defaultMonth, int threads, long minParallelBytes) {
    this.minParallelBytes = minParallelBytes;
    this.file = file;
    this.locale = locale;
    this.defaultMonth = defaultMonth;
    this.threads = threads;
    this.report = ImportReport.builder("hxl");
    this.problems = new Problems(report, locale);
    this.mapping = new ActivityMapping(HxlTable.empty(), problems, defaultMonth);
    this.slowProblems = new Problems(slowReport, locale);
    this.slowMapping = mapping;
    this.table = HxlTable.empty();
    this.plainTextCols = new int[0];
  }

  ImportResult<ReachAggregator> read() {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      long dataStart = header(ch, size);
      if (dataStart < 0) {
        return slow();
      }
      return rows(ch, size, dataStart);
    } catch (IOException e) {
      return slow(); // reported by the slow way, as readActivityReports reports it
    }
  }

  /** The whole file the way readActivityReports reads it (for anything the stream does not take). */
  private ImportResult<ReachAggregator> slow() {
    ImportResult<List<org.responseplan.indicators.ActivityReport>> r =
        HxlReader.create().withLocale(locale).withDefaultMonth(defaultMonth).readActivityReports(file);
    ReachAggregator cells = ReachAggregator.create();
    cells.addAll(r.value());
    return new ImportResult<>(cells, r.report());
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
    HxlReader.TableBuilder b = new HxlReader.TableBuilder(problems);
    long line = 1;
    for (int n = 0; n <= HxlReader.HASHTAG_ROW_SEARCH && !b.hasHashtags(); n++) {
      FullRecord r = FullRecord.parse(head, pos, head.length, head.length == size, line);
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
    table = b.build(false);
    mapping = new ActivityMapping(table, problems, defaultMonth);
    if (!mapping.start()) {
      return -1;
    }
    slowMapping = new ActivityMapping(table, slowProblems, defaultMonth);
    slowMapping.start();
    slowFindingsBefore = slowReport.build().findings().size();
    slowLinesBefore = slowReport.build().lines();
    width = table.columns().size();
    sectorCol = index("sector");
    countryCol = index("country");
    adm1Col = index("adm1");
    adm2Col = index("adm2");
    groupCol = index("group");
    monthCol = index("month");
    modalityCol = index("modality");
    newCol = index("new");
    totalCol = index("total");
    for (int i = 0; i < 6; i++) {
      splitCol[i] = index("split" + i);
    }
    cashCol = index("cash");
    currencyCol = index("currency");
    cashCurrency = mapping.cashCurrency();
    plainTextCols = new int[] {index("reporting"), index("implementing"), index("activity")};
    if (sectorCol < 0 || countryCol < 0 || monthCol < 0 || (newCol < 0 && totalCol < 0)) {
      return -1; // every row would be reported: not worth a fast path
    }
    for (String role : new String[] {"new", "total", "split0", "split1", "split2", "split3", "split4", "split5"}) {
      HxlTable.Column c = mapping.column(role);
      if (c != null && ActivityMapping.isPlainReached(c)) {
        return -1; // a plain #reached is reported as an interpretation on every row
      }
    }
    kinds = new int[width];
    for (int c = 0; c < width; c++) {
      kinds[c] = !mapping.isUsed(table.columns().get(c)) ? UNUSED
          : c == newCol || c == totalCol || c == cashCol || isSplit(c) ? FIGURE
          : c == currencyCol ? CURRENCY : c == modalityCol ? MODALITY : TEXT;
    }
    firstDataLine = line;
    return pos;
  }

  private boolean isSplit(int c) {
    for (int s : splitCol) {
      if (s == c) {
        return true;
      }
    }
    return false;
  }

  private int index(String role) {
    HxlTable.Column c = mapping.column(role);
    return c == null ? -1 : c.index();
  }

  // ---- the rows ----

  private ImportResult<ReachAggregator> rows(FileChannel ch, long size, long dataStart) throws IOException {
    Part first = new Part(ch, dataStart, firstDataLine, true);
    Part second = null;
    long cut = -1;
    if (threads > 1 && size - dataStart >= minParallelBytes) {
      cut = cutAfter(ch, dataStart + (size - dataStart) / 2, size);
    }
    Thread other = null;
    if (cut > 0) {
      second = new Part(ch, cut, 0, false);
      Part s = second;
      other = new Thread(s::runCaught, "5w-stream");
      other.start();
      first.stopAt = cut;
    }
    first.run();
    if (other != null) {
      try {
        other.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
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
    first.finish();
    return new ImportResult<>(ReachAccess.aggregator(first.cells), report.build());
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

  /** One part of the file and what reading it gave. */
  private final class Part {
    private final FileChannel ch;
    private final boolean inline;
    final ReachCells cells = ReachCells.create();
    /** The line of the next record; relative to the part's start (0) when not inline. */
    long line;
    long pos;
    /** Stop before a record starting at or after this offset (-1: read to the end). */
    long stopAt = -1;
    /** Where reading stopped: the offset of the next record. */
    long endedAt = -1;
    volatile boolean cancelled;
    @Nullable Throwable failure;
    /** Rows of a part read on another thread, kept for the mapping: {line, start, end}. */
    final List<long[]> deferred = new ArrayList<>();

    // Per column: cells taken (mapped) and blank counts with the first blank's line.
    final long[] taken;
    final long[] blank;
    final long[] firstBlankLine;
    final long[] unusedNonBlank;
    final long[] firstUnusedLine;
    final String[] firstUnusedValue;

    // Dictionaries of raw cells.
    final RawDictionary sectors = new RawDictionary();
    final RawDictionary countries = new RawDictionary();
    final RawDictionary adm1s = new RawDictionary();
    final RawDictionary adm2s = new RawDictionary();
    final RawDictionary groups = new RawDictionary();
    final RawDictionary months = new RawDictionary();
    final RawDictionary modalities = new RawDictionary();
    final RawDictionary currencies = new RawDictionary();
    final LongInts areaIds = new LongInts();
    private long lastAreaKey = -1;
    private int lastArea = -1;
    final long[] split = new long[6];

    private byte[] buf = new byte[BUFFER];
    private int start;
    private int limit;
    private long bufPos;
    private boolean eof;
    private final int[] fs;
    private final int[] fe;

    Part(FileChannel ch, long from, long line, boolean inline) {
      this.ch = ch;
      this.pos = from;
      this.bufPos = from;
      this.line = line;
      this.inline = inline;
      taken = new long[width];
      blank = new long[width];
      firstBlankLine = new long[width];
      unusedNonBlank = new long[width];
      firstUnusedLine = new long[width];
      firstUnusedValue = new String[width];
      fs = new int[width + 1];
      fe = new int[width + 1];
    }

    void runCaught() {
      try {
        run();
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
    }

    void run() throws IOException {
      fill();
      loop();
    }

    void resume() throws IOException {
      loop();
    }

    private void loop() throws IOException {
      while (!cancelled) {
        long recordStart = bufPos + start;
        if (stopAt >= 0 && recordStart >= stopAt) {
          endedAt = recordStart;
          return;
        }
        if (start >= limit && eof) {
          endedAt = recordStart;
          return;
        }
        int end = fastRecord();
        if (end == -2) { // the record goes past the buffer
          if (eof) {
            end = -1; // take the full parser, which knows about the end of the file
          } else {
            more();
            continue;
          }
        }
        if (end >= 0) {
          line++;
          start = end;
          continue;
        }
        // Quotes, or a record the fast grammar does not take: parse it fully.
        FullRecord r = FullRecord.parse(buf, start, limit, eof, line);
        if (r == null) {
          more();
          continue;
        }
        long recordLine = line;
        line = r.nextLine;
        int recordEnd = r.end;
        if (recordEnd <= start && !r.unclosed) {
          throw new IllegalStateException("internal error: the 5W stream made no progress at offset " + (bufPos + start) + " line " + recordLine
              + " limit " + limit + " eof " + eof + " cells " + r.cells);
        }
        if (r.unclosed) {
          if (inline) {
            slowProblems.add(Rule.UNREADABLE, null, recordLine, -1, null,
                "a quoted field that starts on line " + recordLine + " is not closed");
          } else {
            deferred.add(new long[] {recordLine, -1, -1});
          }
          start = limit;
          endedAt = bufPos + limit;
          return;
        }
        if (inline) {
          slowRow(recordLine, r.cells);
        } else {
          deferred.add(new long[] {recordLine, bufPos + start, bufPos + recordEnd});
        }
        start = recordEnd;
      }
    }

    /** Reads more of the file, keeping the unread part of the buffer. */
    private void more() throws IOException {
      int keep = limit - start;
      if (start == 0 && keep == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      } else {
        System.arraycopy(buf, start, buf, 0, keep);
      }
      bufPos += start;
      start = 0;
      limit = keep;
      fillFrom();
    }

    private void fill() throws IOException {
      start = 0;
      limit = 0;
      fillFrom();
    }

    private void fillFrom() throws IOException {
      while (limit < buf.length) {
        int n = ch.read(ByteBuffer.wrap(buf, limit, buf.length - limit), bufPos + limit);
        if (n < 0) {
          eof = true;
          return;
        }
        limit += n;
        if (n == 0) {
          break;
        }
      }
    }

    /**
     * Takes the record at {@code start} by the fast path: the offset after it (and its line ending), -1 when it must
     * be read by the mapping, -2 when the buffer ends inside it.
     */
    private int fastRecord() {
      byte[] b = buf;
      int i = start;
      int nf = 0;
      int fieldStart = i;
      int n = limit;
      int end;
      while (true) {
        i = nextDelimiter(b, i, n);
        if (i >= n) {
          if (!eof) {
            return -2;
          }
          end = i;
          break;
        }
        byte c = b[i];
        if (c == ',') {
          if (nf == width) {
            return -1;
          }
          fs[nf] = fieldStart;
          fe[nf++] = i;
          fieldStart = i + 1;
        } else if (c == '\n') {
          end = i + 1;
          break;
        } else if (c == '\r') {
          if (i + 1 >= n && !eof) {
            return -2;
          }
          end = i + 1 < n && b[i + 1] == '\n' ? i + 2 : i + 1;
          break;
        } else {
          return -1; // a quote
        }
        i++;
      }
      if (nf != width - 1) {
        return -1;
      }
      fs[nf] = fieldStart;
      fe[nf] = i;
      return take() ? end : -1;
    }

    /** The fields of a record that are all fast-path values; the row goes into the cells. */
    private boolean take() {
      long rowLine = line;
      // Blank or spaced text, and anything the mapping would report, go the slow way.
      int sector = textId(sectors, sectorCol, true);
      if (sector < 0) {
        return false;
      }
      int countryRaw = countries.find(buf, fs[countryCol], fe[countryCol]);
      if (countryRaw < 0) {
        countryRaw = countries.add(buf, fs[countryCol], fe[countryCol], country(raw(countryCol)));
      }
      if (countries.value[countryRaw] < 0) {
        return false;
      }
      int adm1Raw = adm1Col < 0 ? 0 : rawText(adm1s, adm1Col);
      int adm2Raw = adm2Col < 0 ? 0 : rawText(adm2s, adm2Col);
      int group = groupCol < 0 ? cells.groupId("") : textId(groups, groupCol, false);
      if (adm1Raw < 0 || adm2Raw < 0 || group < 0) {
        return false;
      }
      int m = months.find(buf, fs[monthCol], fe[monthCol]);
      if (m < 0) {
        m = months.add(buf, fs[monthCol], fe[monthCol], month(raw(monthCol)));
      }
      int month = months.value[m];
      if (month < 0) {
        return false;
      }
      int modalityValue = 0;
      if (modalityCol >= 0 && fe[modalityCol] > fs[modalityCol]) {
        int k = modalities.find(buf, fs[modalityCol], fe[modalityCol]);
        if (k < 0) {
          k = modalities.add(buf, fs[modalityCol], fe[modalityCol], modality(raw(modalityCol)));
        }
        modalityValue = modalities.value[k];
        if (modalityValue < 0) {
          return false;
        }
      }
      for (int c : plainTextCols) {
        if (c >= 0 && !plainText(c)) {
          return false;
        }
      }
      long nb = count(newCol);
      long tm = count(totalCol);
      if (nb == Long.MIN_VALUE + 1 || tm == Long.MIN_VALUE + 1) {
        return false;
      }
      boolean anySplit = false;
      for (int s = 0; s < 6; s++) {
        long v = count(splitCol[s]);
        if (v == Long.MIN_VALUE + 1) {
          return false;
        }
        split[s] = v;
        anySplit |= v != NONE;
      }
      if (nb == NONE && (anySplit || tm == NONE)) {
        return false; // derived from the split, or no figures: reported
      }
      if (cashCol >= 0 && fe[cashCol] > fs[cashCol] && !cash()) {
        return false;
      }
      // Everything is a plain value: count the cells as the mapping would, and aggregate.
      boolean hasCash = cashCol >= 0 && fe[cashCol] > fs[cashCol];
      int[] kind = kinds;
      for (int c = 0; c < width; c++) {
        boolean empty = fe[c] == fs[c];
        switch (kind[c]) {
          case FIGURE -> {
            if (!empty) {
              taken[c]++;
            } else if (blank[c]++ == 0) {
              firstBlankLine[c] = rowLine;
            }
          }
          case CURRENCY -> taken[c] += hasCash ? 1 : 0;
          case MODALITY -> taken[c] += modalityValue > 0 ? 1 : 0;
          case TEXT -> taken[c] += empty ? 0 : 1;
          default -> {
            if (!empty && unusedNonBlank[c]++ == 0) {
              firstUnusedLine[c] = rowLine;
              firstUnusedValue[c] = raw(c);
            }
          }
        }
      }
      int area = area(countries.value[countryRaw], adm1Raw, adm2Raw);
      cells.add(sector, area, group, month / 12, month % 12 + 1, nb, tm, anySplit ? split : null);
      return true;
    }

    private int area(int country, int adm1Raw, int adm2Raw) {
      long key = ((long) country << 42) | ((long) adm1Raw << 21) | adm2Raw;
      if (key == lastAreaKey) {
        return lastArea;
      }
      int id = areaIds.get(key);
      if (id < 0) {
        id = cells.areaId(names(countries, country), adm1Col < 0 ? "" : adm1s.names.get(adm1Raw),
            adm2Col < 0 ? "" : adm2s.names.get(adm2Raw));
        areaIds.put(key, id);
      }
      lastAreaKey = key;
      lastArea = id;
      return id;
    }

    private String names(RawDictionary d, int value) {
      return d.byValue.get(value);
    }

    /** The aggregation id of a dictionary text column's cell; -1 when blank-but-required or spaced. */
    private int textId(RawDictionary d, int col, boolean required) {
      int k = d.find(buf, fs[col], fe[col]);
      if (k < 0) {
        String v = raw(col);
        int id;
        if (!v.strip().equals(v) || required && v.isEmpty()) {
          id = -1;
        } else {
          id = col == sectorCol ? cells.sectorId(v) : cells.groupId(v);
        }
        k = d.add(buf, fs[col], fe[col], id);
        d.names.add(v);
      }
      return d.value[k];
    }

    /** The raw id of an admin-level cell (its text kept in the dictionary); -1 when spaced. */
    private int rawText(RawDictionary d, int col) {
      int k = d.find(buf, fs[col], fe[col]);
      if (k < 0) {
        String v = raw(col);
        k = d.add(buf, fs[col], fe[col], v.strip().equals(v) ? 0 : -1);
        d.names.add(v);
      }
      return d.value[k] < 0 ? -1 : k;
    }

    /** A country code as the mapping takes it without a finding: three capital letters; -1 otherwise. */
    private int country(String v) {
      if (!v.matches("[A-Z]{3}")) {
        return -1;
      }
      int id = countries.byValue.indexOf(v);
      if (id < 0) {
        countries.byValue.add(v);
        id = countries.byValue.size() - 1;
      }
      return id;
    }

    /** Organisations and activity: blank, or text without surrounding spaces. */
    private boolean plainText(int col) {
      int s = fs[col];
      int e = fe[col];
      if (s == e) {
        return true;
      }
      int a = buf[s] & 0xFF;
      int z = buf[e - 1] & 0xFF;
      if (a <= 0x20 || z <= 0x20) {
        return false; // ASCII space or control at an end: the mapping strips it
      }
      if (a < 0x80 && z < 0x80) {
        return true;
      }
      // A multi-byte character at an end: only a Unicode space (U+1680, U+2000-U+200A, U+2028, U+2029, U+205F,
      // U+3000, all three bytes in UTF-8) would be stripped.
      return !(a >= 0x80 && unicodeSpace(s, e - s)) && !(z >= 0x80 && e - s >= 3 && unicodeSpace(e - 3, 3));
    }

    private boolean unicodeSpace(int at, int available) {
      if (available < 3) {
        return false;
      }
      int b0 = buf[at] & 0xFF;
      int b1 = buf[at + 1] & 0xFF;
      int b2 = buf[at + 2] & 0xFF;
      return b0 == 0xE1 && b1 == 0x9A && b2 == 0x80
          || b0 == 0xE2 && b1 == 0x80 && (b2 >= 0x80 && b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9)
          || b0 == 0xE2 && b1 == 0x81 && b2 == 0x9F
          || b0 == 0xE3 && b1 == 0x80 && b2 == 0x80;
    }

    /** A count: NONE when blank, MIN_VALUE + 1 when not plain digits (the mapping reads it). */
    private long count(int col) {
      if (col < 0) {
        return NONE;
      }
      int s = fs[col];
      int e = fe[col];
      if (s == e) {
        return NONE;
      }
      if (e - s > 18 || (buf[s] == '0' && e - s > 1)) {
        return Long.MIN_VALUE + 1;
      }
      long v = 0;
      for (int i = s; i < e; i++) {
        int d = buf[i] - '0';
        if (d < 0 || d > 9) {
          return Long.MIN_VALUE + 1;
        }
        v = v * 10 + d;
      }
      return v;
    }

    /** An amount of plain digits with an optional fraction, in a currency known to be valid. */
    private boolean cash() {
      int s = fs[cashCol];
      int e = fe[cashCol];
      if (e - s > 30) {
        return false;
      }
      boolean dot = false;
      boolean digit = false;
      for (int i = s; i < e; i++) {
        byte c = buf[i];
        if (c == '.' && !dot && digit) {
          dot = true;
          digit = false;
        } else if (c >= '0' && c <= '9') {
          digit = true;
        } else {
          return false;
        }
      }
      if (!digit) {
        return false;
      }
      if (cashCurrency != null) {
        return true;
      }
      if (currencyCol < 0) {
        return false;
      }
      int k = currencies.find(buf, fs[currencyCol], fe[currencyCol]);
      if (k < 0) {
        String ccy = raw(currencyCol).strip().toUpperCase(Locale.ROOT);
        k = currencies.add(buf, fs[currencyCol], fe[currencyCol], !ccy.isEmpty() && Money.isIsoCurrency(ccy) ? 1 : -1);
      }
      return currencies.value[k] > 0;
    }

    private String raw(int col) {
      return new String(buf, fs[col], fe[col] - fs[col], StandardCharsets.UTF_8);
    }

    /** Adds what another part read (its rows read the slow way go through the mapping now, in order). */
    void absorb(Part o) throws IOException {
      cells.merge(o.cells);
      long base = line; // the line of the cut, where the other part's relative lines start
      for (int c = 0; c < width; c++) {
        taken[c] += o.taken[c];
        if (o.blank[c] > 0 && blank[c] == 0) {
          firstBlankLine[c] = o.firstBlankLine[c] + base;
        }
        blank[c] += o.blank[c];
        if (o.unusedNonBlank[c] > 0 && unusedNonBlank[c] == 0) {
          firstUnusedLine[c] = o.firstUnusedLine[c] + base;
          firstUnusedValue[c] = o.firstUnusedValue[c];
        }
        unusedNonBlank[c] += o.unusedNonBlank[c];
      }
      for (long[] d : o.deferred) {
        long recordLine = d[0] + base;
        if (d[1] < 0) {
          slowProblems.add(Rule.UNREADABLE, null, recordLine, -1, null,
              "a quoted field that starts on line " + recordLine + " is not closed");
          continue;
        }
        byte[] bytes = new byte[(int) (d[2] - d[1])];
        ch.read(ByteBuffer.wrap(bytes), d[1]);
        FullRecord r = FullRecord.parse(bytes, 0, bytes.length, true, recordLine);
        if (r != null && !r.unclosed) {
          slowRow(recordLine, r.cells);
        }
      }
      line = base + o.line;
    }

    /** A row the fast path does not take: read by the mapping, as readActivityReports would. */
    private void slowRow(long recordLine, List<String> values) {
      HxlTable.Row row = new HxlTable.Row(recordLine, values);
      if (!HxlReader.TableBuilder.admit(slowProblems, row, width)) {
        return;
      }
      for (HxlTable.Column c : table.columns()) {
        String v = row.get(c);
        if (!mapping.isUsed(c) && !v.isBlank() && unusedNonBlank[c.index()]++ == 0) {
          firstUnusedLine[c.index()] = recordLine;
          firstUnusedValue[c.index()] = v;
        }
      }
      for (org.responseplan.indicators.ActivityReport r : slowMapping.readRows(List.of(row))) {
        cells.add(r);
      }
    }

    /**
     * The report lines of the fast rows, of the rows read by the mapping and of the columns no mapping reads, merged
     * line by line (counts added, the example of the earliest line kept), then the findings in file order.
     */
    void finish() {
      Map<List<String>, long[]> counts = new java.util.LinkedHashMap<>();
      Map<List<String>, String> examples = new HashMap<>();
      Map<List<String>, Long> before = new HashMap<>();
      for (ImportReport.Line l : slowLinesBefore) {
        before.put(key(l.action(), l.source(), l.target(), l.reason()), l.count());
      }
      for (ImportReport.Line l : slowReport.build().lines()) {
        List<String> k = key(l.action(), l.source(), l.target(), l.reason());
        long n = l.count() - before.getOrDefault(k, 0L);
        if (n > 0) {
          merge(counts, examples, k, n, l.example().isEmpty() ? null : l.example());
        }
      }
      String blankReason = ActivityMapping.blankReason();
      for (int c = 0; c < width; c++) {
        HxlTable.Column col = table.columns().get(c);
        String label = mapping.label(col);
        if (!mapping.isUsed(col)) {
          String why = mapping.unusedReason(col);
          if (unusedNonBlank[c] == 0) {
            merge(counts, examples, key(ImportReport.Action.SKIPPED, label, "", why), 1, "the column is empty");
          } else {
            merge(counts, examples, key(ImportReport.Action.SKIPPED, label, "", why), unusedNonBlank[c],
                Problems.example(firstUnusedLine[c], firstUnusedValue[c]));
          }
          continue;
        }
        if (taken[c] > 0) {
          merge(counts, examples, key(ImportReport.Action.MAPPED, label, target(c), ""), taken[c], null);
        }
        if (blank[c] > 0) {
          merge(counts, examples, key(ImportReport.Action.SKIPPED, label, "", blankReason), blank[c],
              Problems.example(firstBlankLine[c], null));
        }
      }
      counts.forEach((k, n) -> report.add(ImportReport.Action.valueOf(k.get(0)), k.get(1), k.get(2), k.get(3), n[0],
          examples.get(k)));
      List<org.responseplan.model.validation.Finding> found = slowReport.build().findings();
      for (int i = slowFindingsBefore; i < found.size(); i++) {
        report.finding(found.get(i));
      }
    }

    private static List<String> key(ImportReport.Action a, String source, String target, String reason) {
      return List.of(a.name(), source, target, reason);
    }

    private static void merge(Map<List<String>, long[]> counts, Map<List<String>, String> examples, List<String> k,
        long n, @Nullable String example) {
      counts.computeIfAbsent(k, x -> new long[1])[0] += n;
      if (example != null) {
        String old = examples.get(k);
        if (old == null || exampleLine(example) < exampleLine(old)) {
          examples.put(k, example);
        }
      }
    }

    /** The line of an example such as {@code line 4: Higiene}; examples without a line come last. */
    private static long exampleLine(String example) {
      if (!example.startsWith("line ")) {
        return Long.MAX_VALUE;
      }
      int end = 5;
      while (end < example.length() && Character.isDigit(example.charAt(end))) {
        end++;
      }
      return end == 5 ? Long.MAX_VALUE : Long.parseLong(example.substring(5, end));
    }

    private String target(int c) {
      if (c == sectorCol) {
        return "/*/sector";
      } else if (c == countryCol) {
        return "/*/country";
      } else if (c == adm1Col) {
        return "/*/adm1";
      } else if (c == adm2Col) {
        return "/*/adm2";
      } else if (c == groupCol) {
        return "/*/populationGroup";
      } else if (c == monthCol) {
        return "/*/month";
      } else if (c == modalityCol) {
        return "/*/modality";
      } else if (c == newCol) {
        return "/*/newBeneficiaries";
      } else if (c == totalCol) {
        return "/*/totalMonthlyBeneficiaries";
      } else if (c == cashCol) {
        return "/*/cashTransferred";
      } else if (c == currencyCol) {
        return "/*/cashTransferred (currency)";
      } else if (c == plainTextCols[0]) {
        return "/*/reportingOrganisation";
      } else if (c == plainTextCols[1]) {
        return "/*/implementingOrganisation";
      } else if (c == plainTextCols[2]) {
        return "/*/activity";
      }
      for (int s = 0; s < 6; s++) {
        if (c == splitCol[s]) {
          return SPLIT_TARGETS[s];
        }
      }
      return "";
    }
  }

  /** A month the mapping takes without a finding, counted from January of year 0; -1 otherwise. */
  private static int month(String raw) {
    Values.Parsed<YearMonth> m = Values.month(raw);
    if (m.isBad() || m.value() == null) {
      return -1;
    }
    int y = m.value().getYear();
    if (!FiveWRules.isSupportedYear(y)) {
      return -1;
    }
    return y * 12 + m.value().getMonthValue() - 1;
  }

  /** 1 for a modality the mapping reads, 0 for a blank one, -1 for a value it reports. */
  private static int modality(String raw) {
    Values.Parsed<?> m = Values.modality(raw);
    return m.isBad() ? -1 : m.value() == null ? 0 : 1;
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Up to 8 bytes of {@code b} from {@code s} as a little-endian long, bytes past {@code len} zero. */
  static long word(byte[] b, int s, int len) {
    if (len <= 0) {
      return 0;
    }
    if (s + 8 <= b.length) {
      long w = (long) LONGS.get(b, s);
      return len >= 8 ? w : w & ((1L << (len << 3)) - 1);
    }
    long w = 0;
    for (int i = Math.min(len, 8) - 1; i >= 0; i--) {
      w = w << 8 | (b[s + i] & 0xFF);
    }
    return w;
  }

  /** The bytes of {@code w} equal to the byte repeated in {@code pattern}: 0x80 in each such byte, else 0. */
  private static long equalBytes(long w, long pattern) {
    long x = w ^ pattern;
    long t = (x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
    return ~(t | x | 0x7F7F7F7F7F7F7F7FL);
  }

  private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
  private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
  private static final long CRS = 0x0D0D0D0D0D0D0D0DL;
  private static final long QUOTES = 0x2222222222222222L;

  /** The offset of the next comma, line break or quote at or after {@code i} (before {@code n}), or {@code n}. */
  static int nextDelimiter(byte[] b, int i, int n) {
    while (i + 8 <= n) {
      long w = (long) LONGS.get(b, i);
      long m = equalBytes(w, COMMAS) | equalBytes(w, LFS) | equalBytes(w, CRS) | equalBytes(w, QUOTES);
      if (m != 0) {
        return i + (Long.numberOfTrailingZeros(m) >>> 3);
      }
      i += 8;
    }
    while (i < n) {
      byte c = b[i];
      if (c == ',' || c == '\n' || c == '\r' || c == '"') {
        return i;
      }
      i++;
    }
    return n;
  }

  /**
   * Raw cell bytes to a value (an id, or -1 for "read the slow way"), by open addressing. Keys of up to 16 bytes are
   * compared as two longs; longer ones also byte by byte.
   */
  private static final class RawDictionary {
    private long[] k0 = new long[32];
    private long[] k1 = new long[32];
    private int[] lens = new int[32];
    private byte[][] longKeys = new byte[32][];
    private int[] slots = new int[64];
    int[] value = new int[32];
    private int size;
    /** For text columns: the decoded text of each raw id. */
    final List<String> names = new ArrayList<>();
    /** For countries: the distinct codes, by value. */
    final List<String> byValue = new ArrayList<>();

    int find(byte[] b, int s, int e) {
      int len = e - s;
      long w0 = word(b, s, len);
      long w1 = len > 8 ? word(b, s + 8, len - 8) : 0;
      int mask = slots.length - 1;
      int i = hash(w0, w1, len) & mask;
      while (true) {
        int slot = slots[i];
        if (slot == 0) {
          return -1;
        }
        int id = slot - 1;
        if (k0[id] == w0 && k1[id] == w1 && lens[id] == len
            && (len <= 16 || Arrays.equals(longKeys[id], 0, len, b, s, e))) {
          return id;
        }
        i = (i + 1) & mask;
      }
    }

    int add(byte[] b, int s, int e, int v) {
      if (size == k0.length) {
        k0 = Arrays.copyOf(k0, size * 2);
        k1 = Arrays.copyOf(k1, size * 2);
        lens = Arrays.copyOf(lens, size * 2);
        longKeys = Arrays.copyOf(longKeys, size * 2);
        value = Arrays.copyOf(value, size * 2);
      }
      int len = e - s;
      k0[size] = word(b, s, len);
      k1[size] = len > 8 ? word(b, s + 8, len - 8) : 0;
      lens[size] = len;
      longKeys[size] = len > 16 ? Arrays.copyOfRange(b, s, e) : null;
      value[size] = v;
      size++;
      if (size * 2 > slots.length) {
        slots = new int[slots.length * 2];
        for (int k = 0; k < size; k++) {
          place(k);
        }
      } else {
        place(size - 1);
      }
      return size - 1;
    }

    private void place(int k) {
      int mask = slots.length - 1;
      int i = hash(k0[k], k1[k], lens[k]) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = k + 1;
    }

    private static int hash(long w0, long w1, int len) {
      long h = (w0 * 0x9E3779B97F4A7C15L + w1) * 0xC2B2AE3D27D4EB4FL + len;
      return (int) (h ^ (h >>> 32) ^ (h >>> 47));
    }
  }

  /** Long keys to int values by open addressing (areas by their raw ids); -1 when absent. */
  private static final class LongInts {
    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    int get(long key) {
      int mask = keys.length - 1;
      int i = mix(key) & mask;
      while (used[i]) {
        if (keys[i] == key) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
      return -1;
    }

    void put(long key, int value) {
      if (++size * 2 > keys.length) {
        long[] ok = keys;
        int[] ov = values;
        boolean[] ou = used;
        keys = new long[ok.length * 2];
        values = new int[ok.length * 2];
        used = new boolean[ok.length * 2];
        for (int j = 0; j < ok.length; j++) {
          if (ou[j]) {
            insert(ok[j], ov[j]);
          }
        }
      }
      insert(key, value);
    }

    private void insert(long key, int value) {
      int mask = keys.length - 1;
      int i = mix(key) & mask;
      while (used[i]) {
        i = (i + 1) & mask;
      }
      used[i] = true;
      keys[i] = key;
      values[i] = value;
    }

    private static int mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 29) ^ (h >>> 41));
    }
  }

  /** One record parsed as {@link CsvReader} parses it (quotes, doubled quotes, line breaks in quotes). */
  private static final class FullRecord {
    final List<String> cells;
    final int end;
    final long nextLine;
    final boolean unclosed;

    private FullRecord(List<String> cells, int end, long nextLine, boolean unclosed) {
      this.cells = cells;
      this.end = end;
      this.nextLine = nextLine;
      this.unclosed = unclosed;
    }

    /** The record at {@code pos}, or null when the buffer ends inside it and more may come. */
    static @Nullable FullRecord parse(byte[] b, int pos, int limit, boolean eof, long line) {
      List<String> cells = new ArrayList<>();
      ByteArrayOutputStream field = new ByteArrayOutputStream();
      boolean quoted = false;
      boolean fieldStart = true;
      int i = pos;
      long ln = line;
      if (i >= limit) {
        return null;
      }
      while (true) {
        if (i >= limit && !eof) {
          return null;
        }
        int c = i < limit ? b[i] & 0xFF : -1;
        if (quoted) {
          if (c < 0) {
            return new FullRecord(cells, i, ln, true);
          }
          if (c == '"') {
            if (i + 1 >= limit && !eof) {
              return null;
            }
            if (i + 1 < limit && b[i + 1] == '"') {
              field.write('"');
              i += 2;
              continue;
            }
            quoted = false;
            i++;
            continue;
          }
          if (c == '\n') {
            ln++;
          }
          field.write(c);
          i++;
        } else if (c == '"' && fieldStart) {
          quoted = true;
          fieldStart = false;
          i++;
        } else if (c == ',') {
          cells.add(field.toString(StandardCharsets.UTF_8));
          field.reset();
          fieldStart = true;
          i++;
        } else if (c == '\n' || c == '\r' || c < 0) {
          int end = i;
          if (c == '\r') {
            if (i + 1 >= limit && !eof) {
              return null;
            }
            end = i + 1 < limit && b[i + 1] == '\n' ? i + 2 : i + 1;
          } else if (c == '\n') {
            end = i + 1;
          }
          if (c >= 0) {
            ln++;
          }
          cells.add(field.toString(StandardCharsets.UTF_8));
          return new FullRecord(cells, end, ln, false);
        } else {
          field.write(c);
          fieldStart = false;
          i++;
        }
      }
    }
  }
}
