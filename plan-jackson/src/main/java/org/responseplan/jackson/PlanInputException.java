package org.responseplan.jackson;

import java.util.List;
import org.responseplan.model.validation.Finding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value of the plan format that could not be read: its message lists every finding (severity, rule code, JSON
 * Pointer, line and column, message). Pointers are within the whole document the mapper read, such as
 * {@code /plan/people/inNeed} for a plan held in a member {@code plan}; the location is where the value starts.
 */
public final class PlanInputException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  PlanInputException(JsonParser p, TokenStreamLocation start, Class<?> type, List<Finding> findings) {
    super(p, message(type, findings), start);
    this._targetType = type;
    this.findings = List.copyOf(findings);
  }

  /**
   * The findings of reading the value, in document order, with pointers within the whole document. Empty after
   * Java deserialization of the exception.
   *
   * @return the findings, at least one error among them; never null
   */
  public List<Finding> findings() {
    return findings == null ? List.of() : findings;
  }

  static String message(Class<?> type, List<Finding> findings) {
    StringBuilder b = new StringBuilder("Cannot read ").append(type.getSimpleName())
        .append(" in the plan JSON format:");
    for (Finding f : findings) {
      b.append("\n  ").append(f);
    }
    return b.toString();
  }
}
