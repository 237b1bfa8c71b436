package org.responseplan.io.json;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A validation report as JSON, the machine-readable output of {@code responseplan validate --format json}:
 *
 * <pre>{@code
 * {"file": "plan.json", "valid": false, "errors": 1, "warnings": 0, "findings": [
 *   {"severity": "error", "rule": "negative-count", "path": "/people/inNeed", "line": 3, "column": 15,
 *    "value": "-5", "message": "A number of people cannot be negative, but the value is -5."}]}
 * }</pre>
 *
 * <p>{@code line}, {@code column} and {@code value} are null when not known. One object per file, written on one
 * line, so that several files give JSON Lines.
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private ReportJson() {}

  /**
   * The report of one file as one line of JSON (no line break).
   *
   * @param file the file's name as the user gave it, written as the {@code file} member
   * @param report the file's findings
   * @return the JSON object, without a line break
   */
  public static String toJson(String file, ValidationReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(file, report, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the report of one file as one line of JSON (no line break) to {@code out}, which stays open.
   *
   * @param file the file's name as the user gave it, written as the {@code file} member
   * @param report the file's findings
   * @param out where the UTF-8 JSON goes
   */
  public static void write(String file, ValidationReport report, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), new NonClosingStream(out))) {
      g.writeStartObject();
      g.writeStringProperty("file", file);
      g.writeBooleanProperty("valid", report.isValid());
      g.writeNumberProperty("errors", report.errorCount());
      g.writeNumberProperty("warnings", report.warningCount());
      g.writeName("findings");
      g.writeStartArray();
      for (Finding f : report.findings()) {
        g.writeStartObject();
        g.writeStringProperty("severity", f.severity().jsonName());
        g.writeStringProperty("rule", f.rule().code());
        g.writeStringProperty("path", f.path());
        if (f.line() > 0) {
          g.writeNumberProperty("line", f.line());
          g.writeNumberProperty("column", f.column());
        } else {
          g.writeNullProperty("line");
          g.writeNullProperty("column");
        }
        if (f.value() == null) {
          g.writeNullProperty("value");
        } else {
          g.writeStringProperty("value", f.value());
        }
        g.writeStringProperty("message", f.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
