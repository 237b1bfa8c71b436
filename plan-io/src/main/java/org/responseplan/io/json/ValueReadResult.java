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

  /** The value; empty when the input had any error. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  public List<Finding> findings() {
    return findings;
  }

  public ValidationReport report() {
    return ValidationReport.of(findings);
  }
}
