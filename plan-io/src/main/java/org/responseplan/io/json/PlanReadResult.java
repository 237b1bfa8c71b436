package org.responseplan.io.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.PlanValidator;
import org.responseplan.model.validation.ValidationReport;

/**
 * What reading one document gave: the plan, when the document had no error, and every finding of the reading
 * (syntax, types, required members, impossible values, unknown members).
 */
public final class PlanReadResult {
  private final @Nullable Plan plan;
  private final List<Finding> findings;
  private final Locale locale;

  PlanReadResult(@Nullable Plan plan, List<Finding> findings, Locale locale) {
    this.plan = plan;
    this.findings = List.copyOf(findings);
    this.locale = locale;
  }

  /** The plan; empty when the document had any error. */
  public Optional<Plan> plan() {
    return Optional.ofNullable(plan);
  }

  /** The findings of reading alone, in document order. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings of reading as a report. */
  public ValidationReport report() {
    return ValidationReport.of(findings);
  }

  /**
   * Reading and validation in one report: the reading findings, then, when a plan was read, every finding of
   * {@link PlanValidator} in the reader's language. This is what {@code responseplan validate} reports.
   */
  public ValidationReport validate() {
    if (plan == null) {
      return report();
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(PlanValidator.create(locale).validate(plan).findings());
    return ValidationReport.of(all);
  }
}
