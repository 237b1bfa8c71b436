package org.responseplan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Severity;

/** What every import result must satisfy, whatever its input: the checks the fuzz tests share. */
public final class ImportFuzzChecks {
  private ImportFuzzChecks() {}

  /**
   * Checks that a result is one of the documented outcomes: a value (possibly partial) and a report whose every
   * finding names a rule, has a severity and a message, and whose {@code hasErrors()} agrees with the findings; the
   * report's text can be made.
   *
   * @param result the result of an import
   * @return the result's report
   */
  public static ImportReport checkResult(ImportResult<?> result) {
    assertNotNull(result.value(), "value");
    return checkReport(result.report());
  }

  /**
   * The checks of {@link #checkResult} on a report alone.
   *
   * @param report the report of an import
   * @return the report
   */
  public static ImportReport checkReport(ImportReport report) {
    boolean anyError = false;
    for (Finding f : report.findings()) {
      assertNotNull(f.rule(), "rule");
      assertNotNull(f.message(), "message");
      anyError |= f.severity() == Severity.ERROR;
    }
    assertEquals(anyError, report.hasErrors(), "hasErrors() disagrees with the findings");
    assertNotNull(report.toText());
    return report;
  }
}
