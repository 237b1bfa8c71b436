package org.responseplan.model;

import org.jspecify.annotations.Nullable;
import org.responseplan.model.validation.Rule;

/**
 * Thrown when a value of the model is built in a state that can never hold: a negative count, a period that ends
 * before it starts, a breakdown cell above its total, a missing required attribute.
 *
 * <p>The message names the rule, the field and the offending value; {@link #rule()}, {@link #field()} and
 * {@link #value()} give them to programs (the JSON reader turns them into findings with a JSON Pointer).
 */
public final class InvalidPlanException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final Rule rule;
  private final String field;
  private final @Nullable String value;
  private final Object[] details;

  /** For Immutables: a required attribute was not set. */
  public InvalidPlanException(String message) {
    super(message);
    this.rule = Rule.REQUIRED_FIELD;
    this.field = "";
    this.value = null;
    this.details = new Object[0];
  }

  /**
   * @param rule the rule broken
   * @param field the field, relative to the value being built
   * @param value the offending value
   * @param explanation what the field must be, in English, for the exception message
   * @param details further arguments of the rule's localised message ({1}, {2}, ...)
   */
  public InvalidPlanException(Rule rule, String field, @Nullable Object value, String explanation,
      Object... details) {
    super(rule.code() + ": " + (field.isEmpty() ? "value" : field) + " " + explanation + " - but was: " + value);
    this.rule = rule;
    this.field = field;
    this.value = value == null ? null : String.valueOf(value);
    this.details = details.clone();
  }

  /** The rule that the value breaks. */
  public Rule rule() {
    return rule;
  }

  /** The field, relative to the value being built, as a JSON Pointer fragment without leading slash ("inNeed",
   *  "breakdown/2/targeted"); empty when unknown. */
  public String field() {
    return field;
  }

  /** Further arguments of the rule's message, such as the total a cell exceeds. */
  public Object[] details() {
    return details.clone();
  }

  /** The offending value as text, or null when there is none (a missing attribute). */
  public @Nullable String value() {
    return value;
  }
}
