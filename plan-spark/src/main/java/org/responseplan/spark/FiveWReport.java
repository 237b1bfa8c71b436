package org.responseplan.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoSerializable;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.ImportReport;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * What reading a 5W data frame did: the HXL reader's own {@link ImportReport} (what was mapped, defaulted and
 * skipped, and why, each with its count and first example, and every finding), the reports of the chunks and
 * partitions combined with {@link ImportReport#merge}, and the rows read. Nothing is dropped silently: a row the
 * mapping cannot use is in a {@code skipped} line or a finding, a column it does not read is a {@code skipped}
 * line, and rows it maps with a problem (a negative count, no sector) are reported here and counted again by the
 * aggregator's {@code problems()}.
 *
 * <p>The lines and findings are those of {@code HxlReader.readActivityReports} on the same rows in one file: the
 * mapping is the reader's own, run on chunks of rows, and the table-level findings (a missing sector column, say) are
 * counted once. Examples are those of the first partition that has one.
 */
public final class FiveWReport implements KryoSerializable {
  /** Findings shown per rule by {@link #findingExamples} and {@link #toText}. */
  public static final int EXAMPLES_PER_RULE = 5;
  /** The example the HXL mapping gives a column none of whose cells has a value. */
  static final String EMPTY_COLUMN = "the column is empty";

  private ImportReport report = ImportReport.builder("hxl").build();
  private long rowsRead;
  private long reports;

  FiveWReport() {}

  /** Adds the report of one chunk; {@code tableLevel}: also its table-level entries (line 0). */
  void add(ImportReport chunk, boolean tableLevel) {
    ImportReport.Builder b = ImportReport.builder("hxl");
    for (ImportReport.Line l : chunk.lines()) {
      if (tableLevel || !l.example().equals(EMPTY_COLUMN)) { // "empty" is said of the table, decided at the end
        b.add(l.action(), l.source(), l.target(), l.reason(), l.count(), l.example());
      }
    }
    for (Finding f : chunk.findings()) {
      if (tableLevel || f.line() != 0) { // a table-level finding (no sector column, ...) is counted once
        b.finding(f);
      }
    }
    report = report.merge(b.build());
  }

  void rows(long read, long built) {
    rowsRead += read;
    reports += built;
  }

  /** Adds everything {@code other} holds to this report, and returns this one. */
  FiveWReport merge(FiveWReport other) {
    report = report.merge(other.report);
    rowsRead += other.rowsRead;
    reports += other.reports;
    return this;
  }

  /**
   * The report of the rows completed with the table-level one (the mapping run on the columns alone): its lines and
   * findings first, and its "the column is empty" lines only for the columns that had no value in any row.
   */
  FiveWReport withTable(ImportReport table) {
    ImportReport.Builder b = ImportReport.builder("hxl");
    for (ImportReport.Line l : table.lines()) {
      if (!l.example().equals(EMPTY_COLUMN) || report.count(ImportReport.Action.SKIPPED, l.source()) == 0) {
        b.add(l.action(), l.source(), l.target(), l.reason(), l.count(), l.example());
      }
    }
    table.findings().forEach(b::finding);
    FiveWReport out = new FiveWReport();
    out.report = b.build();
    return out.merge(this);
  }

  // ---- reading ----

  /**
   * The report as the HXL reader makes it.
   *
   * @return the merged import report of every partition
   */
  public ImportReport importReport() {
    return report;
  }

  /**
   * Rows of the data frame that were read.
   *
   * @return the count
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * Activity reports built from them (the long layout makes one of several rows).
   *
   * @return the count
   */
  public long reports() {
    return reports;
  }

  /**
   * Every line, as {@link ImportReport#lines()} gives them.
   *
   * @return the lines
   */
  public List<ImportReport.Line> lines() {
    return report.lines();
  }

  /**
   * The lines of one action.
   *
   * @param action the action
   * @return the lines
   */
  public List<ImportReport.Line> lines(ImportReport.Action action) {
    return report.lines(action);
  }

  /**
   * How many times {@code action} happened to {@code source} (a column's label, {@code row}, ...).
   *
   * @param action the action
   * @param source the source
   * @return the count, 0 when it never happened
   */
  public long count(ImportReport.Action action, String source) {
    return report.count(action, source);
  }

  /**
   * Findings per rule code, in code order.
   *
   * @return the counts
   */
  public Map<String, Long> findingsByRule() {
    Map<String, Long> m = new TreeMap<>();
    report.findings().forEach(f -> m.merge(f.rule().code(), 1L, Long::sum));
    return m;
  }

  /**
   * Findings of error severity.
   *
   * @return the count
   */
  public long errors() {
    return report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  /**
   * Findings of warning severity.
   *
   * @return the count
   */
  public long warnings() {
    return report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  /**
   * The first findings of a rule, earliest line first, as text.
   *
   * @param rule a rule code
   * @return at most {@value #EXAMPLES_PER_RULE}, empty when the rule has none
   */
  public List<String> findingExamples(String rule) {
    return report.findings().stream().filter(f -> f.rule().code().equals(rule))
        .sorted(Comparator.comparingInt(Finding::line).thenComparing(Finding::toString))
        .limit(EXAMPLES_PER_RULE).map(Finding::toString).toList();
  }

  /**
   * The report as text: the counts, the lines as {@link ImportReport#toText()} gives them, then the findings per
   * rule with the first few of each.
   *
   * @return the text, each line ending with a line break
   */
  public String toText() {
    ImportReport.Builder linesOnly = ImportReport.builder(report.format());
    report.lines().forEach(l -> linesOnly.add(l.action(), l.source(), l.target(), l.reason(), l.count(),
        l.example()));
    String lines = linesOnly.build().toText();
    StringBuilder b = new StringBuilder("5W data frame read with the HXL mapping: ").append(rowsRead)
        .append(" rows, ").append(reports).append(" activity reports\n")
        .append(lines.substring(lines.indexOf('\n') + 1));
    Map<String, Long> byRule = findingsByRule();
    if (!byRule.isEmpty()) {
      b.append("findings by rule:\n");
      byRule.forEach((rule, n) -> {
        b.append("  ").append(rule).append(": ").append(n).append('\n');
        findingExamples(rule).forEach(e -> b.append("    ").append(e).append('\n'));
      });
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return toText();
  }

  // ---- between Spark stages ----

  @Override
  public void write(Kryo kryo, Output out) {
    out.writeLong(rowsRead);
    out.writeLong(reports);
    out.writeInt(report.lines().size());
    for (ImportReport.Line l : report.lines()) {
      out.writeInt(l.action().ordinal());
      out.writeString(l.source());
      out.writeString(l.target());
      out.writeString(l.reason());
      out.writeLong(l.count());
      out.writeString(l.example());
    }
    out.writeInt(report.findings().size());
    for (Finding f : report.findings()) {
      out.writeString(f.rule().code());
      out.writeInt(f.severity().ordinal());
      out.writeString(f.path());
      out.writeString(f.value());
      out.writeString(f.message());
      out.writeInt(f.line());
      out.writeInt(f.column());
    }
  }

  @Override
  public void read(Kryo kryo, Input in) {
    rowsRead = in.readLong();
    reports = in.readLong();
    ImportReport.Builder b = ImportReport.builder("hxl");
    int lines = in.readInt();
    for (int i = 0; i < lines; i++) {
      ImportReport.Action action = ImportReport.Action.values()[in.readInt()];
      String source = in.readString();
      String target = in.readString();
      String reason = in.readString();
      long count = in.readLong();
      b.add(action, source, target, reason, count, in.readString());
    }
    int findings = in.readInt();
    for (int i = 0; i < findings; i++) {
      Rule rule = Rule.fromCode(in.readString()).orElseThrow();
      Severity severity = Severity.values()[in.readInt()];
      String path = in.readString();
      @Nullable String value = in.readString();
      String message = in.readString();
      b.finding(new Finding(rule, severity, path, value, message, in.readInt(), in.readInt()));
    }
    report = b.build();
  }
}
