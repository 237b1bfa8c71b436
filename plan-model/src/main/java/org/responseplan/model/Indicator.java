package org.responseplan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A monitored indicator with its baseline, target and measurements, and the rules by which its measurements combine
 * across reporting periods and across locations.
 */
@Value.Immutable
public abstract class Indicator implements Extensible {
  Indicator() {}

  /** Unique within the plan. */
  @NotBlank
  public abstract String getId();

  /** A code from a framework such as the IASC indicator registry, when there is one. */
  public abstract Optional<String> getCode();

  @NotBlank
  public abstract String getName();

  /** What one unit counts: {@code people}, {@code households}, {@code percent}, {@code USD}, ... */
  @NotBlank
  public abstract String getUnit();

  /** How measurements of different periods combine: sum for flows, max or latest for stocks. */
  @Value.Default
  public AggregationRule getPeriodAggregation() {
    return AggregationRule.SUM;
  }

  /** How measurements at different locations combine. */
  @Value.Default
  public AggregationRule getLocationAggregation() {
    return AggregationRule.SUM;
  }

  public abstract Optional<BigDecimal> getBaseline();

  public abstract Optional<BigDecimal> getTarget();

  public abstract List<@Valid Measurement> getMeasurements();

  @Override
  public abstract Map<String, RawJson> getExtensions();

  /** True for a unit that is a ratio (percent, rate): such values cannot be summed. */
  public boolean isRatio() {
    String u = getUnit().toLowerCase(java.util.Locale.ROOT);
    return u.equals("percent") || u.equals("%") || u.equals("ratio") || u.equals("rate");
  }

  /** Baseline and target are kept without trailing zeros, so that equality does not depend on the scale. */
  @Value.Check
  protected Indicator normalize() {
    Optional<BigDecimal> baseline = getBaseline().map(Decimals::normalize);
    Optional<BigDecimal> target = getTarget().map(Decimals::normalize);
    if (baseline.equals(getBaseline()) && target.equals(getTarget())) {
      return this;
    }
    return builder().from(this).baseline(baseline).target(target).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Indicator}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
