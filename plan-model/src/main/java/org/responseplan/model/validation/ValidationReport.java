package org.responseplan.model.validation;

import java.util.List;

/**
 * Every finding about one plan or document, in the order found. A report with no error is valid; warnings and
 * infos do not make a plan invalid.
 */
public record ValidationReport(List<Finding> findings) {

  /**
   * Keeps an immutable copy of the findings.
   *
   * @param findings the findings, in the order found
   * @throws NullPointerException when {@code findings} or one of them is null
   */
  public ValidationReport {
    findings = List.copyOf(findings);
  }

  /**
   * A report of findings.
   *
   * @param findings the findings, in the order found; may be empty
   * @return the report
   */
  public static ValidationReport of(List<Finding> findings) {
    return new ValidationReport(findings);
  }

  /** {@return true when no finding is an error; warnings and infos do not make a plan invalid} */
  public boolean isValid() {
    return errorCount() == 0;
  }

  /** {@return the error findings, in order; empty when the plan is valid} */
  public List<Finding> errors() {
    return bySeverity(Severity.ERROR);
  }

  /** {@return the warning findings, in order; empty when there are none} */
  public List<Finding> warnings() {
    return bySeverity(Severity.WARNING);
  }

  /** {@return how many findings are errors} */
  public int errorCount() {
    return (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  /** {@return how many findings are warnings} */
  public int warningCount() {
    return (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  /**
   * Whether some finding names a rule.
   *
   * @param rule the rule
   * @return true when at least one finding, of any severity, names it
   */
  public boolean has(Rule rule) {
    return findings.stream().anyMatch(f -> f.rule() == rule);
  }

  /**
   * The findings of one rule.
   *
   * @param rule the rule
   * @return its findings, in order; empty when none
   */
  public List<Finding> of(Rule rule) {
    return findings.stream().filter(f -> f.rule() == rule).toList();
  }

  private List<Finding> bySeverity(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).toList();
  }

  /**
   * {@return one line per finding, then a count such as {@code 1 error(s), 0 warning(s), 2 info(s)}, each line ending
   * in a newline}
   */
  public String toText() {
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      b.append(f).append('\n');
    }
    return b.append(errorCount()).append(" error(s), ").append(warningCount()).append(" warning(s), ")
        .append(findings.size() - errorCount() - warningCount()).append(" info(s)\n").toString();
  }
}
