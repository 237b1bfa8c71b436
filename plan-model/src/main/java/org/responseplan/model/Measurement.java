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

  public abstract Period getPeriod();

  /** Empty for a plan-wide measurement. */
  public abstract Optional<@Valid Location> getLocation();

  public abstract BigDecimal getValue();

  @Override
  public abstract Map<String, RawJson> getExtensions();

  /** Values are kept without trailing zeros, so that {@code 2.50} and {@code 2.5} are the same measurement. */
  @Value.Check
  @SuppressWarnings("BigDecimalEquals") // on purpose: a different scale means the value is not normalised yet
  protected Measurement normalize() {
    BigDecimal plain = Decimals.normalize(getValue());
    return plain.equals(getValue()) ? this : builder().from(this).value(plain).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measurement}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }
}
