package org.responseplan.model.validation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;

/**
 * Rules on people figures: {@code targeted-exceeds-in-need}, {@code reached-exceeds-targeted},
 * {@code breakdown-sum-exceeds-total}, {@code duplicate-breakdown-cell}, {@code people-exceed-parent},
 * {@code figure-label}, and the code and location rules on breakdown cells.
 */
final class PeopleChecks {
  private PeopleChecks() {}

  /** {@code path} points at the people object. */
  static void figures(Context c, String path, PeopleFigures p) {
    for (Map.Entry<PeopleMetric, String> label : p.getLabels().entrySet()) {
      c.report(Rule.FIGURE_LABEL, path + "/labels/" + label.getKey().jsonName(), label.getValue(),
          Phrase.of("figure." + label.getKey().jsonName()));
    }
    ordered(c, path, p.getTargeted(), p.getInNeed(), Rule.TARGETED_EXCEEDS_IN_NEED, "targeted");
    ordered(c, path, p.getReached(), p.getTargeted(), Rule.REACHED_EXCEEDS_TARGETED, "reached");
    List<PeopleCell> cells = p.getBreakdown();
    // Cells that name the same dimensions partition the same total: group them, and each key may appear once.
    Map<String, BigInteger[]> sums = new LinkedHashMap<>();
    Map<String, String> seenKeys = new HashMap<>();
    PeopleMetric[] metrics = PeopleMetric.values();
    for (int i = 0; i < cells.size(); i++) {
      PeopleCell cell = cells.get(i);
      String cp = path + "/breakdown/" + i;
      cell.getPopulationGroup().ifPresent(g -> CodeChecks.code(c, cp + "/populationGroup", g));
      cell.getSubset().ifPresent(x -> CodeChecks.code(c, cp + "/subset", x));
      cell.getLocation().ifPresent(l -> {
        CodeChecks.country(c, cp + "/location", l);
        CodeChecks.withinPresence(c, cp + "/location", l);
      });
      ordered(c, cp, cell.getTargeted(), cell.getInNeed(), Rule.TARGETED_EXCEEDS_IN_NEED, "targeted");
      ordered(c, cp, cell.getReached(), cell.getTargeted(), Rule.REACHED_EXCEEDS_TARGETED, "reached");
      String first = seenKeys.putIfAbsent(cell.getKey(), cp);
      if (first != null) {
        c.report(Rule.DUPLICATE_BREAKDOWN_CELL, cp, cell.getKey(), first);
        continue; // the same cell twice is reported once, not also as an excess sum
      }
      // Exact sums: cells near Long.MAX_VALUE must not overflow into a smaller figure.
      // A subset's cells partition the subset, not the total: each subset is summed on its own.
      String kind = cell.getDimensions() + cell.getSubset().map(x -> "\u0000" + x).orElse("");
      BigInteger[] sum = sums.computeIfAbsent(kind, k -> zeros(metrics.length));
      for (int k = 0; k < metrics.length; k++) {
        OptionalLong v = metrics[k].of(cell);
        if (v.isPresent()) {
          sum[k] = sum[k].add(BigInteger.valueOf(v.getAsLong()));
        }
      }
    }
    for (Map.Entry<String, BigInteger[]> e : sums.entrySet()) {
      for (int k = 0; k < metrics.length; k++) {
        PeopleMetric m = metrics[k];
        OptionalLong total = m.of(p);
        BigInteger sum = e.getValue()[k];
        if (total.isPresent() && sum.compareTo(BigInteger.valueOf(total.getAsLong())) > 0) {
          c.report(Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL, path + "/" + m.jsonName(), total.getAsLong(),
              sum, dimensions(e.getKey().split("\u0000", 2)[0]));
        }
      }
    }
  }

  /** {@code people-exceed-parent}: people are never summed across parts, but no part states more than its parent. */
  static void withinParent(Context c, String owner, Optional<PeopleFigures> child, Optional<PeopleFigures> parent) {
    if (child.isEmpty() || parent.isEmpty()) {
      return;
    }
    for (PeopleMetric m : PeopleMetric.values()) {
      OptionalLong cv = m.of(child.get());
      OptionalLong pv = m.of(parent.get());
      if (cv.isPresent() && pv.isPresent() && cv.getAsLong() > pv.getAsLong()) {
        c.report(Rule.PEOPLE_EXCEED_PARENT, owner + "/people/" + m.jsonName(), cv.getAsLong(), pv.getAsLong());
      }
    }
  }

  private static void ordered(Context c, String path, OptionalLong larger, OptionalLong bound, Rule rule,
      String field) {
    if (larger.isPresent() && bound.isPresent() && larger.getAsLong() > bound.getAsLong()) {
      c.report(rule, path + "/" + field, larger.getAsLong(), bound.getAsLong());
    }
  }

  /** The dimensions of a cell ({@link PeopleCell#getDimensions()}, "sex+ageBand") in words: "sex and age band". */
  private static Phrase dimensions(String key) {
    List<Phrase> names = new ArrayList<>();
    for (String d : key.split("\\+", -1)) {
      names.add(Phrase.of(switch (d) {
        case "ageBand" -> "age-band";
        case "populationGroup" -> "population-group";
        default -> d;
      }));
    }
    return names.size() == 1 ? names.get(0) : Phrase.of("list-" + names.size(), names.toArray());
  }

  private static BigInteger[] zeros(int n) {
    BigInteger[] a = new BigInteger[n];
    java.util.Arrays.fill(a, BigInteger.ZERO);
    return a;
  }
}
