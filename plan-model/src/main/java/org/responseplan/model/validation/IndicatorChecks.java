package org.responseplan.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.responseplan.model.AggregationRule;
import org.responseplan.model.Indicator;
import org.responseplan.model.Measurement;

/**
 * Rules on indicators: {@code ratio-summed}, {@code measurement-outside-period}, {@code duplicate-measurement}, and
 * the location rules on measurements.
 */
final class IndicatorChecks {
  private IndicatorChecks() {}

  static void indicator(Context c, Pointer path, Indicator ind) {
    TextChecks.required(c, path, "/id", ind.getId());
    TextChecks.required(c, path, "/name", ind.getName());
    TextChecks.required(c, path, "/unit", ind.getUnit());
    CodeChecks.uniqueId(c, "indicator", path, ind.getId());
    if (ind.isRatio() && ind.getPeriodAggregation() == AggregationRule.SUM) {
      c.report(Rule.RATIO_SUMMED, path.with("/periodAggregation"), "sum", ind.getUnit());
    }
    if (ind.isRatio() && ind.getLocationAggregation() == AggregationRule.SUM) {
      c.report(Rule.RATIO_SUMMED, path.with("/locationAggregation"), "sum", ind.getUnit());
    }
    Map<String, Pointer> seen = new HashMap<>();
    List<Measurement> ms = ind.getMeasurements();
    for (int i = 0; i < ms.size(); i++) {
      Measurement m = ms.get(i);
      Pointer mp = path.plus("/measurements/", i);
      c.plan.getPeriod().ifPresent(planPeriod -> {
        if (!planPeriod.contains(m.getPeriod())) {
          c.report(Rule.MEASUREMENT_OUTSIDE_PERIOD, mp.with("/period"),
              m.getPeriod().start() + "/" + m.getPeriod().end(),
              planPeriod.start() + "/" + planPeriod.end());
        }
      });
      m.getLocation().ifPresent(l -> {
        Pointer lp = mp.plus("/location");
        CodeChecks.country(c, lp, l);
        CodeChecks.withinPresence(c, lp, l);
      });
      String key = m.getPeriod().start() + "/" + m.getPeriod().end()
          + m.getLocation().map(l -> "@" + l).orElse("");
      Pointer first = seen.putIfAbsent(key, mp);
      if (first != null) {
        c.report(Rule.DUPLICATE_MEASUREMENT, mp, key, first.toString());
      }
    }
  }
}
