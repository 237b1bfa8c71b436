package org.responseplan.jackson;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.responseplan.model.Money;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;

/**
 * An application's own types that hold model values. Public, in an exported package: the tests run on the module
 * path, where Jackson may only use what the module exports.
 */
public final class UserTypes {
  private UserTypes() {}

  /** A user's own record holding a plan. */
  public record Envelope(String source, Plan plan) {}

  /** A user's own polymorphic type; with the type id last, Jackson buffers the value before reading it. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
  @JsonSubTypes(@JsonSubTypes.Type(value = Budget.class, name = "budget"))
  public interface Message {}

  public record Budget(Money amount, Period period) implements Message {}
}
