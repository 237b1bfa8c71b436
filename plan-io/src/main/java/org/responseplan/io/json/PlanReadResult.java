package org.responseplan.io.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.PlanValidator;
import org.responseplan.model.validation.ValidationReport;

/**
 * What reading one document gave: every finding of the reading (syntax, types, required members, impossible values,
 * unknown members) and up to two plans.
 *
 * <ul>
 *   <li>{@link #plan()}: the plan, only when reading found no error. A program that uses the figures takes this one
 *       and can never get a plan with values missing from it.
 *   <li>{@link #partialPlan()}: the plan built from the values that were valid, also when reading found errors
 *       ({@link #hasErrors()}): each wrong value is left out (a negative count, a bad date, a value of the wrong
 *       type, an unknown enumeration value), and so is each object that cannot be built without it (money with a
 *       negative amount, an objective without its id). It is not the document: use it to find more problems (it is
 *       what {@link #validate()} checks), never to report figures. Empty only when the document could not be parsed
 *       at all (syntax, read limits) or its root object could not be built (a required member missing).
 * </ul>
 */
public final class PlanReadResult {
  private final @Nullable Plan plan;
  private final boolean hasErrors;
  private final List<Finding> findings;
  private final KeptIndices kept;
  private final Locale locale;

  PlanReadResult(@Nullable Plan plan, boolean hasErrors, List<Finding> findings, KeptIndices kept, Locale locale) {
    this.plan = plan;
    this.hasErrors = hasErrors;
    this.findings = List.copyOf(findings);
    this.kept = kept;
    this.locale = locale;
  }

  /** A document that could not be parsed (or opened): findings only, no plan of either kind. */
  static PlanReadResult unparsed(List<Finding> findings, Locale locale) {
    return new PlanReadResult(null, true, findings, new KeptIndices(), locale);
  }

  /**
   * The plan as the document states it.
   *
   * @return the plan; empty when reading found any error ({@link #hasErrors()}), even when a {@linkplain
   *     #partialPlan() partial plan} could be built
   */
  public Optional<Plan> plan() {
    return hasErrors ? Optional.empty() : Optional.ofNullable(plan);
  }

  /**
   * The plan built from the values that were valid, for finding further problems in one pass; see the class
   * comment. When {@link #hasErrors()} is false it is the same plan as {@link #plan()}.
   *
   * @return the partial plan; empty when the document could not be parsed or its root object could not be built
   */
  public Optional<Plan> partialPlan() {
    return Optional.ofNullable(plan);
  }

  /**
   * Whether reading found an error; {@link #plan()} is then empty and {@link #partialPlan()} lacks the wrong values.
   *
   * @return true when a finding of {@link #findings()} is an error
   */
  public boolean hasErrors() {
    return hasErrors;
  }

  /**
   * The findings of reading alone, in document order.
   *
   * @return the findings, immutable; empty for a clean document
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings of reading alone as a validation report, without the validator's ({@link #validate()} adds them).
   *
   * @return the report of {@link #findings()}
   */
  public ValidationReport readingReport() {
    return ValidationReport.of(findings);
  }

  /**
   * Reading and validation in one report: the reading findings, then every finding of {@link PlanValidator} (in the
   * reader's language) on the {@linkplain #partialPlan() partial plan}, when there is one. This is what
   * {@code responseplan validate} reports: one pass finds a negative count and a duplicate identifier together.
   *
   * <p>The validator's pointers are pointers into the document (an element left out of a list does not shift those
   * after it), and a validator finding of the same rule at the same pointer as a reading finding is not repeated.
   *
   * @return every finding, each once
   */
  public ValidationReport validate() {
    if (plan == null) {
      return readingReport();
    }
    List<Finding> all = new ArrayList<>(findings);
    Set<String> read = new HashSet<>();
    for (Finding f : findings) {
      read.add(f.rule().code() + " " + f.path());
    }
    for (Finding f : PlanValidator.create(locale).validate(plan).findings()) {
      if (kept.isEmpty()) {
        if (read.add(f.rule().code() + " " + f.path())) {
          all.add(f);
        }
        continue;
      }
      String path = kept.documentPath("", f.path());
      if (read.add(f.rule().code() + " " + path)) {
        all.add(new Finding(f.rule(), f.severity(), path, f.value(), kept.documentPointersIn(f.message()), f.line(),
            f.column()));
      }
    }
    return ValidationReport.of(all);
  }
}
