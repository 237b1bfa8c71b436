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

  /** {@return the indicator's identifier, unique among the plan's indicators; never blank} */
  @NotBlank
  public abstract String getId();

  /** {@return a code from a framework such as the IASC indicator registry; empty when there is none} */
  public abstract Optional<String> getCode();

  /** {@return what the indicator measures, as published; never blank} */
  @NotBlank
  public abstract String getName();

  /**
   * {@return what one unit counts: {@code people}, {@code households}, {@code percent}, {@code USD}, ...; never blank}
   */
  @NotBlank
  public abstract String getUnit();

  /**
   * {@return how measurements of different periods combine: sum for flows, max or latest for stocks; {@link
   * AggregationRule#SUM} when not given}
   */
  @Value.Default
  public AggregationRule getPeriodAggregation() {
    return AggregationRule.SUM;
  }

  /** {@return how measurements at different locations combine; {@link AggregationRule#SUM} when not given} */
  @Value.Default
  public AggregationRule getLocationAggregation() {
    return AggregationRule.SUM;
  }

  /** {@return the value before the plan, in {@link #getUnit()}, without trailing zeros; empty when not reported} */
  public abstract Optional<BigDecimal> getBaseline();

  /** {@return the value the plan aims at, in {@link #getUnit()}, without trailing zeros; empty when not reported} */
  public abstract Optional<BigDecimal> getTarget();

  /** {@return the measurements, in the order given; empty when none is reported yet} */
  public abstract List<@Valid Measurement> getMeasurements();

  /** {@return members the model has no field for, by JSON name, in order; empty when there are none} */
  @Override
  public abstract Map<String, RawJson> getExtensions();

  /**
   * {@return true for a unit that is a ratio ({@code percent}, {@code %}, {@code ratio}, {@code rate}, any case): such
   * values cannot be summed}
   */
  public boolean isRatio() {
    String u = getUnit().toLowerCase(java.util.Locale.ROOT);
    return u.equals("percent") || u.equals("%") || u.equals("ratio") || u.equals("rate");
  }

  /**
   * Keeps baseline and target without trailing zeros, so that equality does not depend on the scale; called by
   * Immutables when the value is built.
   *
   * @return this indicator, or a copy with normalised baseline and target
   */
  @Value.Check
  protected Indicator normalize() {
    Optional<BigDecimal> baseline = getBaseline().map(Decimals::normalize);
    Optional<BigDecimal> target = getTarget().map(Decimals::normalize);
    if (baseline.equals(getBaseline()) && target.equals(getTarget())) {
      return this;
    }
    return builder().from(this).baseline(baseline).target(target).build();
  }

  /**
   * Starts building an indicator.
   *
   * @return a new, empty builder; {@code build()} throws {@link InvalidPlanException} ({@code required-field}) when the
   *     id, the name or the unit is not set, or naming the rule a value breaks
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Indicator}; obtained from {@link #builder()}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
