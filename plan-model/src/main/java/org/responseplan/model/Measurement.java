package org.responseplan.model;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value of an indicator for one reporting period, at one location or for the whole plan. The value is an exact
 * decimal, normalised without trailing zeros.
 */
@Value.Immutable
public abstract class Measurement implements Extensible {
  Measurement() {}

  /** {@return the reporting period the value is for} */
  public abstract Period getPeriod();

  /** {@return where the value was measured; empty for a plan-wide measurement} */
  public abstract Optional<@Valid Location> getLocation();

  /** {@return the value, in the indicator's unit, without trailing zeros} */
  public abstract BigDecimal getValue();

  /** {@return members the model has no field for, by JSON name, in order; empty when there are none} */
  @Override
  public abstract Map<String, RawJson> getExtensions();

  /**
   * Keeps the value without trailing zeros, so that {@code 2.50} and {@code 2.5} are the same measurement; called by
   * Immutables when the value is built.
   *
   * @return this measurement, or a copy with the value normalised
   */
  @Value.Check
  @SuppressWarnings("BigDecimalEquals") // on purpose: a different scale means the value is not normalised yet
  protected Measurement normalize() {
    BigDecimal plain = Decimals.normalize(getValue());
    return plain.equals(getValue()) ? this : builder().from(this).value(plain).build();
  }

  /**
   * Starts building a measurement.
   *
   * @return a new, empty builder; {@code build()} throws {@link InvalidPlanException} ({@code required-field}) when the
   *     period or the value is not set, or naming the rule a value breaks
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measurement}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }
}
