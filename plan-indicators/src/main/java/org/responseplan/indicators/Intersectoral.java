package org.responseplan.indicators;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The rule for counting people across sectors, in one place: the same person is counted by several sectors, so
 * people are never summed across sectors. The intersectoral figure of an area is the highest sectoral figure for each
 * population group in that area; those are then summed over population groups and areas (OCHA's method).
 *
 * <p>Within one sector, figures for different areas add up, and the same area reported twice counts once (the
 * larger figure). By construction the intersectoral figure is at least the largest sectoral figure in every area.
 */
public final class Intersectoral {
  private Intersectoral() {}

  /**
   * Combines the cells of one sector or of several sectors: per key (an area and population group), the highest
   * figure. This is both "the same area twice counts once" within a sector and "the highest sector" across sectors.
   *
   * @param <K> the cell key type
   * @param into the cells so far, key to highest figure; changed in place
   * @param key an area and population group
   * @param value a figure for that key, in people
   */
  public static <K> void highest(Map<K, Long> into, K key, long value) {
    into.merge(key, value, Math::max);
  }

  /**
   * The sum of figures of distinct areas and groups; exact, failing rather than overflowing.
   *
   * @param figures people counts of distinct cells
   * @return their exact sum
   * @throws ArithmeticException when the sum overflows a long
   */
  public static long sum(Iterable<Long> figures) {
    long total = 0;
    for (long v : figures) {
      total = Math.addExact(total, v);
    }
    return total;
  }

  /**
   * Per target group (such as a country), the sum over its cells of the highest figure per cell across sectors.
   *
   * @param cellsBySector each sector's cells: key to figure
   * @param group which target group a cell key belongs to
   * @param <K> the cell key type
   * @param <G> the target group type
   * @return people per target group; a group without cells is absent
   */
  public static <K, G> Map<G, Long> total(Iterable<Map<K, Long>> cellsBySector, Function<K, G> group) {
    Map<K, Long> highest = new HashMap<>();
    for (Map<K, Long> sector : cellsBySector) {
      sector.forEach((k, v) -> highest(highest, k, v));
    }
    Map<G, Long> totals = new HashMap<>();
    highest.forEach((k, v) -> totals.merge(group.apply(k), v, Math::addExact));
    return totals;
  }
}
