package org.responseplan.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.responseplan.imports.ImportReport;
import org.responseplan.model.validation.Finding;

/**
 * What reading a 5W data frame did, merged over every partition: the HXL reader's {@link ImportReport} lines (what
 * was mapped, defaulted and skipped, and why, each with its count and first example) and its findings counted per
 * rule, with the first few of each rule. Nothing is dropped silently: a row the mapping cannot use is in a
 * {@code skipped} line or a finding, a column it does not read is a {@code skipped} line, and rows it maps with a
 * problem (a negative count, no sector) are reported here and again by the aggregator's {@code problems()}.
 *
 * <p>The counts are those of {@code HxlReader.readActivityReports} on the same rows in one file: the mapping is the
 * reader's own, run on chunks of rows, and the table-level findings (a missing sector column, say) are counted once.
 * Examples are the earliest by line.
 */
public final class FiveWReport {
  /** Findings kept as examples per rule. */
  public static final int EXAMPLES_PER_RULE = 5;
  private static final Pattern LINE = Pattern.compile("^line ([0-9]+)");
  private static final char SEP = '\u0000';

  /** action, source, target, reason (joined by NUL) to {count, line of the example}. */
  private LinkedHashMap<String, long[]> lines = new LinkedHashMap<>();
  private LinkedHashMap<String, String> examples = new LinkedHashMap<>();
  /** rule code to {count, errors, warnings}. */
  private TreeMap<String, long[]> findings = new TreeMap<>();
  /** rule code to the first findings (line, text), earliest line first. */
  private TreeMap<String, ArrayList<String>> findingExamples = new TreeMap<>();
  private long rowsRead;
  private long reports;

  FiveWReport() {}

  /** Adds the report of one chunk; {@code tableLevel}: also its table-level entries (line 0). */
  void add(ImportReport report, boolean tableLevel) {
    for (ImportReport.Line l : report.lines()) {
      if (!tableLevel && l.example().equals(EMPTY_COLUMN)) {
        continue; // said of the chunk, not of the table: decided once, in the end
      }
      line(l.action(), l.source(), l.target(), l.reason(), l.count(), l.example());
    }
    for (Finding f : report.findings()) {
      if (!tableLevel && f.line() == 0) {
        continue; // a table-level finding (no sector column, ...), counted once from the table
      }
      finding(f.rule().code(), f.severity().jsonName(), 1, List.of(f.line() + "\u0000" + f));
    }
  }

  /** The example the HXL mapping gives a column none of whose cells has a value. */
  static final String EMPTY_COLUMN = "the column is empty";

  void line(ImportReport.Action action, String source, String target, String reason, long count, String example) {
    String key = action.name() + SEP + source + SEP + target + SEP + reason;
    long at = lineOf(example);
    long[] c = lines.get(key);
    if (c == null) {
      lines.put(key, new long[] {count, at});
      examples.put(key, example);
      return;
    }
    c[0] += count;
    if (at < c[1]) {
      c[1] = at;
      examples.put(key, example);
    }
  }

  private void finding(String rule, String severity, long count, List<String> firsts) {
    long[] c = findings.computeIfAbsent(rule, k -> new long[3]);
    c[0] += count;
    if (severity.equals("error")) {
      c[1] += count;
    } else if (severity.equals("warning")) {
      c[2] += count;
    }
    ArrayList<String> ex = findingExamples.computeIfAbsent(rule, k -> new ArrayList<>());
    ex.addAll(firsts);
    ex.sort(Comparator.comparingLong(FiveWReport::exampleLine).thenComparing(Comparator.naturalOrder()));
    while (ex.size() > EXAMPLES_PER_RULE) {
      ex.remove(ex.size() - 1);
    }
  }

  private static long exampleLine(String e) {
    return Long.parseLong(e.substring(0, e.indexOf('\u0000')));
  }

  private static long lineOf(String example) {
    Matcher m = LINE.matcher(example);
    return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
  }

  void rows(long read, long built) {
    rowsRead += read;
    reports += built;
  }

  /** Adds everything {@code other} holds to this report, and returns this one. */
  FiveWReport merge(FiveWReport other) {
    other.lines.forEach((k, c) -> {
      long[] mine = lines.get(k);
      if (mine == null) {
        lines.put(k, c.clone());
        examples.put(k, other.examples.get(k));
      } else {
        mine[0] += c[0];
        if (c[1] < mine[1]) {
          mine[1] = c[1];
          examples.put(k, other.examples.get(k));
        }
      }
    });
    other.findings.forEach((rule, c) -> {
      long[] mine = findings.computeIfAbsent(rule, k -> new long[3]);
      for (int i = 0; i < 3; i++) {
        mine[i] += c[i];
      }
      ArrayList<String> ex = findingExamples.computeIfAbsent(rule, k -> new ArrayList<>());
      ex.addAll(other.findingExamples.getOrDefault(rule, new ArrayList<>()));
      ex.sort(Comparator.comparingLong(FiveWReport::exampleLine).thenComparing(Comparator.naturalOrder()));
      while (ex.size() > EXAMPLES_PER_RULE) {
        ex.remove(ex.size() - 1);
      }
    });
    rowsRead += other.rowsRead;
    reports += other.reports;
    return this;
  }

  /**
   * Completes the report of the rows with the table-level one (the mapping run on the columns alone): its findings,
   * and its "the column is empty" lines for the columns that indeed had no value in any row.
   */
  FiveWReport withTable(ImportReport table) {
    FiveWReport out = new FiveWReport();
    for (ImportReport.Line l : table.lines()) {
      boolean emptyColumn = l.example().equals(EMPTY_COLUMN);
      if (emptyColumn && count(ImportReport.Action.SKIPPED, l.source()) > 0) {
        continue; // some row had a value in the column: reported per cell
      }
      out.line(l.action(), l.source(), l.target(), l.reason(), l.count(), l.example());
    }
    for (Finding f : table.findings()) {
      out.finding(f.rule().code(), f.severity().jsonName(), 1, List.of(f.line() + "\u0000" + f));
    }
    return out.merge(this);
  }

  // ---- reading ----

  /** Rows of the data frame that were read. */
  public long rowsRead() {
    return rowsRead;
  }

  /** Activity reports built from them (the long layout makes one of several rows). */
  public long reports() {
    return reports;
  }

  /** Every line, as {@code ImportReport.lines()} gives them, the earliest example first. */
  public List<ImportReport.Line> lines() {
    List<Map.Entry<String, long[]>> entries = new ArrayList<>(lines.entrySet());
    entries.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]));
    List<ImportReport.Line> out = new ArrayList<>(entries.size());
    for (Map.Entry<String, long[]> e : entries) {
      String[] k = e.getKey().split(String.valueOf(SEP), -1);
      out.add(new ImportReport.Line(ImportReport.Action.valueOf(k[0]), k[1], k[2], k[3], e.getValue()[0],
          examples.get(e.getKey())));
    }
    return out;
  }

  /** The lines of one action. */
  public List<ImportReport.Line> lines(ImportReport.Action action) {
    return lines().stream().filter(l -> l.action() == action).toList();
  }

  /** How many times {@code action} happened to {@code source} (a column's label, {@code row}, ...). */
  public long count(ImportReport.Action action, String source) {
    long n = 0;
    String prefix = action.name() + SEP + source + SEP;
    for (Map.Entry<String, long[]> e : lines.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        n += e.getValue()[0];
      }
    }
    return n;
  }

  /** Findings per rule code, in code order. */
  public Map<String, Long> findingsByRule() {
    Map<String, Long> m = new LinkedHashMap<>();
    findings.forEach((k, v) -> m.put(k, v[0]));
    return m;
  }

  /** Findings of error severity. */
  public long errors() {
    return findings.values().stream().mapToLong(v -> v[1]).sum();
  }

  /** Findings of warning severity. */
  public long warnings() {
    return findings.values().stream().mapToLong(v -> v[2]).sum();
  }

  /** The first findings of a rule (at most {@value #EXAMPLES_PER_RULE}), earliest line first, as text. */
  public List<String> findingExamples(String rule) {
    return findingExamples.getOrDefault(rule, new ArrayList<>()).stream()
        .map(e -> e.substring(e.indexOf('\u0000') + 1)).toList();
  }

  /** The report as text: the counts, the lines grouped by action, the findings per rule with examples. */
  public String toText() {
    StringBuilder b = new StringBuilder("5W data frame read with the HXL mapping: ").append(rowsRead)
        .append(" rows, ").append(reports).append(" activity reports\n");
    for (ImportReport.Action a : ImportReport.Action.values()) {
      List<ImportReport.Line> ls = lines(a);
      if (ls.isEmpty()) {
        continue;
      }
      b.append(a.name().toLowerCase(Locale.ROOT)).append(":\n");
      for (ImportReport.Line l : ls) {
        b.append("  ").append(l.source());
        if (!l.target().isEmpty()) {
          b.append(" -> ").append(l.target());
        }
        b.append(" (").append(l.count()).append(l.count() == 1 ? " time" : " times").append(')');
        if (!l.reason().isEmpty()) {
          b.append(": ").append(l.reason());
        }
        if (!l.example().isEmpty()) {
          b.append(" [e.g. ").append(l.example()).append(']');
        }
        b.append('\n');
      }
    }
    if (!findings.isEmpty()) {
      b.append("findings by rule:\n");
      findings.forEach((rule, c) -> {
        b.append("  ").append(rule).append(": ").append(c[0]).append('\n');
        for (String e : findingExamples(rule)) {
          b.append("    ").append(e).append('\n');
        }
      });
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return toText();
  }
}
