package org.responseplan.model.validation;

import java.util.List;

/**
 * Every finding about one plan or document, in the order found. A report with no error is valid; warnings and
 * infos do not make a plan invalid.
 */
public record ValidationReport(List<Finding> findings) {

  public ValidationReport {
    findings = List.copyOf(findings);
  }

  public static ValidationReport of(List<Finding> findings) {
    return new ValidationReport(findings);
  }

  public boolean isValid() {
    return errorCount() == 0;
  }

  public List<Finding> errors() {
    return bySeverity(Severity.ERROR);
  }

  public List<Finding> warnings() {
    return bySeverity(Severity.WARNING);
  }

  public int errorCount() {
    return (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  public int warningCount() {
    return (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  /** True when some finding names this rule. */
  public boolean has(Rule rule) {
    return findings.stream().anyMatch(f -> f.rule() == rule);
  }

  /** The findings of one rule. */
  public List<Finding> of(Rule rule) {
    return findings.stream().filter(f -> f.rule() == rule).toList();
  }

  private List<Finding> bySeverity(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).toList();
  }

  /** One line per finding, then a count. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      b.append(f).append('\n');
    }
    return b.append(errorCount()).append(" error(s), ").append(warningCount()).append(" warning(s), ")
        .append(findings.size() - errorCount() - warningCount()).append(" info(s)\n").toString();
  }
}
