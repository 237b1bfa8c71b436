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

  static void indicator(Context c, String path, Indicator ind) {
    TextChecks.required(c, path + "/id", ind.getId());
    TextChecks.required(c, path + "/name", ind.getName());
    TextChecks.required(c, path + "/unit", ind.getUnit());
    CodeChecks.uniqueId(c, "indicator", path + "/id", ind.getId());
    if (ind.isRatio() && ind.getPeriodAggregation() == AggregationRule.SUM) {
      c.report(Rule.RATIO_SUMMED, path + "/periodAggregation", "sum", ind.getUnit());
    }
    if (ind.isRatio() && ind.getLocationAggregation() == AggregationRule.SUM) {
      c.report(Rule.RATIO_SUMMED, path + "/locationAggregation", "sum", ind.getUnit());
    }
    Map<String, String> seen = new HashMap<>();
    List<Measurement> ms = ind.getMeasurements();
    for (int i = 0; i < ms.size(); i++) {
      Measurement m = ms.get(i);
      String mp = path + "/measurements/" + i;
      c.plan.getPeriod().ifPresent(planPeriod -> {
        if (!planPeriod.contains(m.getPeriod())) {
          c.report(Rule.MEASUREMENT_OUTSIDE_PERIOD, mp + "/period",
              m.getPeriod().start() + "/" + m.getPeriod().end(),
              planPeriod.start() + "/" + planPeriod.end());
        }
      });
      m.getLocation().ifPresent(l -> {
        CodeChecks.country(c, mp + "/location", l);
        CodeChecks.withinPresence(c, mp + "/location", l);
      });
      String key = m.getPeriod().start() + "/" + m.getPeriod().end()
          + m.getLocation().map(l -> "@" + l).orElse("");
      String first = seen.putIfAbsent(key, mp);
      if (first != null) {
        c.report(Rule.DUPLICATE_MEASUREMENT, mp, key, first);
      }
    }
  }
}
