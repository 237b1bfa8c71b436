package org.responseplan.imports.hxl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.CsvLimits;
import org.responseplan.imports.csv.CsvReader;
import org.responseplan.indicators.reach.FiveWRules;
import org.responseplan.indicators.reach.ReachCells;
import org.responseplan.model.Money;

/**
 * One part of a 5W file read by {@link ActivityStream}: plain rows parsed from their bytes into the engine, every other
 * row handed to the mapping ({@link SlowRows}), the cells counted per column ({@link ColumnCounts}).
 */
final class StreamPart {
  private static final int BUFFER = 1 << 20;
  private static final long NONE = FiveWRules.NOT_REPORTED;
  private final SlowRows slow;
  final ColumnCounts counts;
  // The layout's columns, as fields of their own for the tight loops.
  private final int width;
  private final int sectorCol;
  private final int countryCol;
  private final int adm1Col;
  private final int adm2Col;
  private final int groupCol;
  private final int monthCol;
  private final int modalityCol;
  private final int newCol;
  private final int totalCol;
  private final int[] splitCol;
  private final int cashCol;
  private final int currencyCol;
  private final @Nullable String cashCurrency;
  private final int[] plainTextCols;
  private final int[] kinds;
  private final FileChannel ch;
  private final boolean inline;
  final ReachCells cells;
  /** The line of the next record; relative to the part's start (0) when not inline. */
  long line;
  long pos;
  /** Stop before a record starting at or after this offset (-1: read to the end). */
  long stopAt = -1;
  /** Where reading stopped: the offset of the next record. */
  long endedAt = -1;
  volatile boolean cancelled;
  private final CsvLimits limits;
  @Nullable Throwable failure;
  /** Rows of a part read on another thread, kept for the mapping: {line, start, end}. */
  final List<long[]> deferred = new ArrayList<>();

  // Per column: cells taken (mapped) and blank counts with the first blank's line (the arrays of counts).
  private final long[] taken;
  private final long[] blank;
  private final long[] firstBlankLine;
  private final long[] unusedNonBlank;
  private final long[] firstUnusedLine;
  private final String[] firstUnusedValue;

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

  StreamPart(StreamLayout l, SlowRows slow, ReachCells cells, FileChannel ch, long from, long line, boolean inline,
      CsvLimits limits) {
    this.limits = limits;
    this.slow = slow;
    this.cells = cells;
    this.ch = ch;
    this.pos = from;
    this.bufPos = from;
    this.line = line;
    this.inline = inline;
    width = l.width;
    sectorCol = l.sectorCol;
    countryCol = l.countryCol;
    adm1Col = l.adm1Col;
    adm2Col = l.adm2Col;
    groupCol = l.groupCol;
    monthCol = l.monthCol;
    modalityCol = l.modalityCol;
    newCol = l.newCol;
    totalCol = l.totalCol;
    splitCol = l.splitCol;
    cashCol = l.cashCol;
    currencyCol = l.currencyCol;
    cashCurrency = l.cashCurrency;
    plainTextCols = l.plainTextCols;
    kinds = l.kinds;
    counts = new ColumnCounts(width);
    taken = counts.taken;
    blank = counts.blank;
    firstBlankLine = counts.firstBlankLine;
    unusedNonBlank = counts.unusedNonBlank;
    firstUnusedLine = counts.firstUnusedLine;
    firstUnusedValue = counts.firstUnusedValue;
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
      FullRecord r = FullRecord.parse(buf, start, limit, eof, line, limits);
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
          slow.unclosed(recordLine);
        } else {
          deferred.add(new long[] {recordLine, -1, -1});
        }
        start = limit;
        endedAt = bufPos + limit;
        return;
      }
      if (inline) {
        slow.read(recordLine, r.cells, cells, counts);
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
      if (buf.length >= limits.maxRowLength()) {
        throw new CsvReader.LimitExceeded("a row longer than " + limits.maxRowLength()
            + " bytes (CsvLimits.maxRowLength)", inline ? line : 0);
      }
      buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, limits.maxRowLength() + 2L));
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
      i = ByteScan.nextDelimiter(b, i, n);
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
    countCells(rowLine, cashCol >= 0 && fe[cashCol] > fs[cashCol], modalityValue);
    int area = area(countries.value[countryRaw], adm1Raw, adm2Raw);
    cells.add(sector, area, group, month / 12, month % 12 + 1, nb, tm, anySplit ? split : null);
    return true;
  }

  /** Counts the cells of a row the fast path takes, as the mapping would report them. */
  private void countCells(long rowLine, boolean hasCash, int modalityValue) {
    int[] kind = kinds;
    for (int c = 0; c < width; c++) {
      boolean empty = fe[c] == fs[c];
      switch (kind[c]) {
        case StreamLayout.FIGURE -> {
          if (!empty) {
            taken[c]++;
          } else if (blank[c]++ == 0) {
            firstBlankLine[c] = rowLine;
          }
        }
        case StreamLayout.CURRENCY -> taken[c] += hasCash ? 1 : 0;
        case StreamLayout.MODALITY -> taken[c] += modalityValue > 0 ? 1 : 0;
        case StreamLayout.TEXT -> taken[c] += empty ? 0 : 1;
        default -> {
          if (!empty && unusedNonBlank[c]++ == 0) {
            firstUnusedLine[c] = rowLine;
            firstUnusedValue[c] = raw(c);
          }
        }
      }
    }
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
  void absorb(StreamPart o) throws IOException {
    cells.merge(o.cells);
    long base = line; // the line of the cut, where the other part's relative lines start
    counts.absorb(o.counts, base);
    for (long[] d : o.deferred) {
      long recordLine = d[0] + base;
      if (d[1] < 0) {
        slow.unclosed(recordLine);
        continue;
      }
      byte[] bytes = new byte[(int) (d[2] - d[1])];
      ch.read(ByteBuffer.wrap(bytes), d[1]);
      FullRecord r = FullRecord.parse(bytes, 0, bytes.length, true, recordLine, limits);
      if (r != null && !r.unclosed) {
        slow.read(recordLine, r.cells, cells, counts);
      }
    }
    line = base + o.line;
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
}
