package org.responseplan.imports.hxl;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.ImportReport;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * Findings of an HXL import, placed at a line and column: the path is {@code line N} or {@code line N, #tag}, the
 * finding's line is the file line and its column the 1-based column number (0 when the finding is about a row).
 */
final class Problems {
  final ImportReport.Builder report;
  final Locale locale;

  Problems(ImportReport.Builder report, Locale locale) {
    this.report = report;
    this.locale = locale;
  }

  /**
   * Adds a finding of {@code rule}, with the rule's own severity unless {@code severity} is given.
   *
   * @param line the file line, or 0
   * @param column the 0-based column index, or -1 for a finding about a row or the file
   * @param where the column's label, or null
   */
  void add(Rule rule, @Nullable Severity severity, long line, int column, @Nullable String where,
      @Nullable Object value, Object... details) {
    Finding f = Finding.of(rule, path(line, where), value, locale, details)
        .at((int) Math.min(Integer.MAX_VALUE, line), column < 0 ? 0 : column + 1);
    report.finding(severity == null ? f : f.withSeverity(severity));
  }

  static String path(long line, @Nullable String where) {
    if (line <= 0) {
      return where == null ? "" : where;
    }
    return "line " + line + (where == null ? "" : ", " + where);
  }

  /** The example of a report line: {@code line 4: Higiene}. */
  static String example(long line, @Nullable String value) {
    String v = value == null ? "" : value.strip();
    if (v.length() > 60) {
      v = v.substring(0, 57) + "...";
    }
    return "line " + line + (v.isEmpty() ? "" : ": " + v);
  }
}
