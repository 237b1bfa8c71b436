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

  /** The rule that the value breaks. */
  private final Rule rule;
  /** The field, relative to the value being built; empty when unknown. */
  private final String field;
  /** The offending value as text, or null when there is none. */
  private final @Nullable String value;
  /** Further arguments of the rule's message. */
  private final Object[] details;

  /**
   * For Immutables: a required attribute was not set; the rule is {@link Rule#REQUIRED_FIELD}, the field unknown.
   *
   * @param message Immutables' message, naming the missing attributes
   */
  public InvalidPlanException(String message) {
    super(message);
    this.rule = Rule.REQUIRED_FIELD;
    this.field = "";
    this.value = null;
    this.details = new Object[0];
  }

  /**
   * An exception naming a rule, a field and a value.
   *
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

  /** {@return the rule that the value breaks} */
  public Rule rule() {
    return rule;
  }

  /**
   * {@return the field, relative to the value being built, as a JSON Pointer fragment without leading slash
   * ({@code inNeed}, {@code breakdown/2/targeted}); empty when unknown}
   */
  public String field() {
    return field;
  }

  /**
   * {@return further arguments of the rule's message, such as the total a cell exceeds (a copy); empty when the rule
   * has none}
   */
  public Object[] details() {
    return details.clone();
  }

  /** {@return the offending value as text, or null when there is none (a missing attribute)} */
  public @Nullable String value() {
    return value;
  }
}
