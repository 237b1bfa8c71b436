package org.responseplan.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.AggregationRule;
import org.responseplan.model.Indicator;
import org.responseplan.model.Location;
import org.responseplan.model.Measurement;
import org.responseplan.model.Period;

/**
 * Aggregates an indicator's measurements by its own rules: across locations by its location rule, then across
 * periods by its period rule. Locations come first so that a stock (such as "total monthly beneficiaries", period
 * rule max) is the peak of the monthly totals, not a sum of peaks from different months.
 */
public final class IndicatorRollup {
  private IndicatorRollup() {}

  /** One aggregated value: its period (the span of all periods when they were combined) and location (null when
   *  locations were combined), the value, and how many measurements went into it. */
  public record Value(Period period, @Nullable Location location, BigDecimal value, int measurements) {}

  /**
   * The indicator's measurements aggregated over what is not kept.
   *
   * @param keepPeriods one value per reporting period instead of one over all periods
   * @param keepLocations one value per location instead of one over all locations
   * @return the values in period then location order; empty when the indicator has no measurements
   * @param indicator the indicator whose measurements are combined by its period and location rules
   */
  public static List<Value> aggregate(Indicator indicator, boolean keepPeriods, boolean keepLocations) {
    // Across locations, within each period.
    Map<String, List<Measurement>> byPeriodAndPlace = new LinkedHashMap<>();
    List<Measurement> sorted = new ArrayList<>(indicator.getMeasurements());
    sorted.sort(Comparator.comparing((Measurement m) -> m.getPeriod().start())
        .thenComparing(m -> m.getPeriod().end()));
    for (Measurement m : sorted) {
      String key = m.getPeriod() + (keepLocations ? "@" + m.getLocation().map(Object::toString).orElse("") : "");
      byPeriodAndPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<Value> perPeriod = new ArrayList<>();
    for (List<Measurement> group : byPeriodAndPlace.values()) {
      Measurement first = group.get(0);
      List<BigDecimal> values = group.stream().map(Measurement::getValue).toList();
      perPeriod.add(new Value(first.getPeriod(), keepLocations ? first.getLocation().orElse(null) : null,
          combine(indicator.getLocationAggregation(), values), group.size()));
    }
    if (keepPeriods) {
      return perPeriod;
    }
    // Across periods, per location kept.
    Map<String, List<Value>> byPlace = new LinkedHashMap<>();
    for (Value v : perPeriod) {
      byPlace.computeIfAbsent(v.location() == null ? "" : v.location().toString(), k -> new ArrayList<>()).add(v);
    }
    List<Value> result = new ArrayList<>();
    for (List<Value> group : byPlace.values()) {
      List<BigDecimal> values = group.stream().map(Value::value).toList();
      Period span = Period.of(group.get(0).period().start(),
          group.stream().map(v -> v.period().end()).max(Comparator.naturalOrder()).orElseThrow());
      result.add(new Value(span, group.get(0).location(), combine(indicator.getPeriodAggregation(), values),
          group.stream().mapToInt(Value::measurements).sum()));
    }
    return result;
  }

  /**
   * The single value over all periods and locations; empty without measurements.
   *
   * @param indicator the indicator
   * @return the value in the indicator's unit; empty when it has no measurements (not reported, never 0)
   */
  public static Optional<BigDecimal> total(Indicator indicator) {
    List<Value> all = aggregate(indicator, false, false);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).value());
  }

  /**
   * Combines values given in time order by a rule: sum, max, the last, or the exact mean.
   *
   * @param rule how to combine
   * @param values at least one value, in time order (the last is the latest)
   * @return the combined value
   */
  public static BigDecimal combine(AggregationRule rule, List<BigDecimal> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values to combine");
    }
    return switch (rule) {
      case SUM -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      case MAX -> values.stream().max(Comparator.naturalOrder()).orElseThrow();
      case LATEST -> values.get(values.size() - 1);
      case AVERAGE -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(values.size()), Calculation.PRECISION);
    };
  }
}
