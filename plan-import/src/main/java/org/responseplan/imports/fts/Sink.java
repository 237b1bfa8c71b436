package org.responseplan.imports.fts;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/** The report of one import, with helpers that make findings in the reader's language at a place in the source. */
final class Sink {
  final ImportReport.Builder report;
  final Locale locale;

  Sink(String format, Locale locale) {
    this.report = ImportReport.builder(format);
    this.locale = locale;
  }

  /** A finding with the rule's own severity at {@code path}, and at a line and column when known (greater than 0). */
  void finding(Rule rule, String path, @Nullable Object value, int line, int column, Object... details) {
    Finding f = Finding.of(rule, path, value, locale, details);
    if (line > 0) {
      f = f.at(line, Math.max(column, 0));
    }
    report.finding(f);
  }

  /** The same with another severity (a warning for what is unusual but still imported). */
  void finding(Severity severity, Rule rule, String path, @Nullable Object value, int line, int column,
      Object... details) {
    Finding f = Finding.of(rule, path, value, locale, details).withSeverity(severity);
    if (line > 0) {
      f = f.at(line, Math.max(column, 0));
    }
    report.finding(f);
  }

  /** A finding about a value of a JSON document. */
  void about(Rule rule, String path, JsonTree.Node node, Object... details) {
    finding(rule, path, node.describe(), node.line(), node.column(), details);
  }

  /** {@code wrong-type}: the node is not of the expected kind ({@code expected} such as "an object"). */
  void wrongType(String path, JsonTree.Node node, String expected) {
    finding(Rule.WRONG_TYPE, path, node.describe(), node.line(), node.column(), expected);
  }
}
