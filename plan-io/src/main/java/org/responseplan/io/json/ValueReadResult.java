package org.responseplan.io.json;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.ValidationReport;

/**
 * What reading one value of a model type gave: the value, when there was no error, and every finding.
 *
 * @param <T> the model type read
 */
public final class ValueReadResult<T> {
  private final @Nullable T value;
  private final List<Finding> findings;

  ValueReadResult(@Nullable T value, List<Finding> findings) {
    this.value = value;
    this.findings = List.copyOf(findings);
  }

  /**
   * The value; empty when the input had any error.
   *
   * @return the value read; empty when the input had any error (never a partial value)
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** {@return every finding of reading, in document order; empty for a clean document} */
  public List<Finding> findings() {
    return findings;
  }

  /** {@return the findings as a validation report (the value itself is not validated here)} */
  public ValidationReport report() {
    return ValidationReport.of(findings);
  }
}
