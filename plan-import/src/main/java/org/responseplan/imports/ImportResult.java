package org.responseplan.imports;

import java.util.Objects;

/**
 * The result of an import: the values built (plans, activity reports, ...) and the report of what was mapped,
 * defaulted, kept and skipped. When the report has errors, the value holds what could be built.
 *
 * @param value what was imported
 * @param report what the import did with every part of the source
 * @param <T> the imported type
 */
public record ImportResult<T>(T value, ImportReport report) {
  /**
   * Checks that both parts are given.
   *
   * @param value what was imported; never null (an import that built nothing gives an empty list or a plan that holds
   *     what could be built)
   * @param report what the import did with every part of the source
   * @throws NullPointerException when either is null
   */
  public ImportResult {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(report, "report");
  }
}
