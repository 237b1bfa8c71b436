package org.responseplan.model.validation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
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
  static void figures(Context c, Pointer path, PeopleFigures p) {
    for (Map.Entry<PeopleMetric, String> label : p.getLabels().entrySet()) {
      c.report(Rule.FIGURE_LABEL, path.with("/labels/" + label.getKey().jsonName()), label.getValue(),
          Phrase.of("figure." + label.getKey().jsonName()));
    }
    ordered(c, path, p.getTargeted(), p.getInNeed(), Rule.TARGETED_EXCEEDS_IN_NEED, "targeted");
    ordered(c, path, p.getReached(), p.getTargeted(), Rule.REACHED_EXCEEDS_TARGETED, "reached");
    List<PeopleCell> cells = p.getBreakdown();
    if (cells.isEmpty()) {
      return;
    }
    // Cells that name the same dimensions partition the same total: group them, and each key may appear once.
    Map<Kind, Sums> sums = new LinkedHashMap<>();
    Map<String, Pointer> seenKeys = new HashMap<>();
    PeopleMetric[] metrics = PeopleMetric.values();
    for (int i = 0; i < cells.size(); i++) {
      PeopleCell cell = cells.get(i);
      Pointer cp = path.plus("/breakdown/", i);
      cell.getPopulationGroup().ifPresent(g -> CodeChecks.code(c, cp, "/populationGroup", -1, g));
      cell.getSubset().ifPresent(x -> CodeChecks.code(c, cp, "/subset", -1, x));
      cell.getLocation().ifPresent(l -> {
        Pointer lp = cp.plus("/location");
        CodeChecks.country(c, lp, l);
        CodeChecks.withinPresence(c, lp, l);
      });
      ordered(c, cp, cell.getTargeted(), cell.getInNeed(), Rule.TARGETED_EXCEEDS_IN_NEED, "targeted");
      ordered(c, cp, cell.getReached(), cell.getTargeted(), Rule.REACHED_EXCEEDS_TARGETED, "reached");
      Pointer first = seenKeys.putIfAbsent(cell.getKey(), cp);
      if (first != null) {
        c.report(Rule.DUPLICATE_BREAKDOWN_CELL, cp, cell.getKey(), first.toString());
        continue; // the same cell twice is reported once, not also as an excess sum
      }
      // Cells naming the same dimensions (PeopleCell.getDimensions) are of one kind; a subset's cells partition the
      // subset, not the total: each subset is summed on its own.
      int dims = (cell.getSex().isPresent() ? 1 : 0) | (cell.getAgeBand().isPresent() ? 2 : 0)
          | (cell.getPopulationGroup().isPresent() ? 4 : 0) | (cell.getLocation().isPresent() ? 8 : 0);
      Kind kind = new Kind(dims, cell.getSubset().map(Object::toString).orElse(null));
      Sums sum = sums.get(kind);
      if (sum == null) {
        sum = new Sums(metrics.length, cell.getDimensions());
        sums.put(kind, sum);
      }
      for (int k = 0; k < metrics.length; k++) {
        OptionalLong v = metrics[k].of(cell);
        if (v.isPresent()) {
          sum.add(k, v.getAsLong());
        }
      }
    }
    for (Sums sum : sums.values()) {
      for (int k = 0; k < metrics.length; k++) {
        PeopleMetric m = metrics[k];
        OptionalLong total = m.of(p);
        if (total.isPresent() && sum.exceeds(k, total.getAsLong())) {
          c.report(Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL, path.with("/" + m.jsonName()), total.getAsLong(),
              sum.exact(k), dimensions(sum.dimensions));
        }
      }
    }
  }

  /** A kind of cell: which of sex, age band, population group and location it names, and its subset (or null). */
  private record Kind(int dimensions, @Nullable String subset) {}

  /**
   * Exact sums of people counts, one per metric: in {@code long} while they fit, which is always for real figures,
   * and in {@link BigInteger} from the first addition that would overflow, so that cells near
   * {@link Long#MAX_VALUE} never wrap into a smaller figure.
   */
  static final class Sums {
    /** The cells' {@link PeopleCell#getDimensions()}. */
    final String dimensions;
    private final long[] small;
    private @Nullable BigInteger @Nullable [] big;

    Sums(int n, String dimensions) {
      this.dimensions = dimensions;
      small = new long[n];
    }

    void add(int k, long v) {
      BigInteger[] b = big;
      if (b != null && b[k] != null) {
        b[k] = b[k].add(BigInteger.valueOf(v));
        return;
      }
      try {
        small[k] = Math.addExact(small[k], v);
      } catch (ArithmeticException overflow) {
        if (b == null) {
          b = new BigInteger[small.length];
          big = b;
        }
        b[k] = BigInteger.valueOf(small[k]).add(BigInteger.valueOf(v));
      }
    }

    /** True when sum {@code k} is greater than {@code total}. */
    boolean exceeds(int k, long total) {
      BigInteger[] b = big;
      if (b != null && b[k] != null) {
        return b[k].compareTo(BigInteger.valueOf(total)) > 0;
      }
      return small[k] > total;
    }

    /** Sum {@code k}, exactly. */
    BigInteger exact(int k) {
      BigInteger[] b = big;
      return b != null && b[k] != null ? b[k] : BigInteger.valueOf(small[k]);
    }
  }

  /** {@code people-exceed-parent}: people are never summed across parts, but no part states more than its parent. */
  static void withinParent(Context c, Pointer owner, Optional<PeopleFigures> child, Optional<PeopleFigures> parent) {
    if (child.isEmpty() || parent.isEmpty()) {
      return;
    }
    for (PeopleMetric m : PeopleMetric.values()) {
      OptionalLong cv = m.of(child.get());
      OptionalLong pv = m.of(parent.get());
      if (cv.isPresent() && pv.isPresent() && cv.getAsLong() > pv.getAsLong()) {
        c.report(Rule.PEOPLE_EXCEED_PARENT, owner.with("/people/" + m.jsonName()), cv.getAsLong(), pv.getAsLong());
      }
    }
  }

  private static void ordered(Context c, Pointer path, OptionalLong larger, OptionalLong bound, Rule rule,
      String field) {
    if (larger.isPresent() && bound.isPresent() && larger.getAsLong() > bound.getAsLong()) {
      c.report(rule, path.with("/" + field), larger.getAsLong(), bound.getAsLong());
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

}
