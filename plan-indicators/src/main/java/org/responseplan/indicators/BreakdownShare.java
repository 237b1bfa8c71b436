package org.responseplan.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.responseplan.model.Location;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;

/**
 * A share of one figure from the breakdown: part / whole over ONE consistent set of cells, the whole being the sum
 * of that set, so that the part's cells always add up within the whole. The set:
 *
 * <ol>
 *   <li>the cells that name the dimension in question (sex, age band, population group) and report the figure, never
 *       a subset cell (its people are also in the other cells);
 *   <li>of those, the cells of the fewest dimensions ({@code sex} before {@code sex+location} before
 *       {@code sex+ageBand}; ties by name), so that cells of one kind, which partition the same people, are used;
 *   <li>when that kind names a location, only the cells at the coarsest admin level present (country, then admin 1,
 *       then admin 2), as cells of two levels count the same people twice.
 * </ol>
 *
 * <p>The share is of the people in those cells, never of the level's total: when the cells do not hold the whole
 * total (some areas only, or cells that add up to less or more than the total), the calculation's {@value #COVERAGE}
 * input says how much they cover. The {@value #CELLS} input names the set used.
 */
final class BreakdownShare {
  /** The input naming the cells used, such as {@code sex+location at admin level 2, 2 cells}. */
  static final String CELLS = "cells";
  /** The input saying how much of the total the cells cover; present only when they do not cover all of it. */
  static final String COVERAGE = "coverage";

  private BreakdownShare() {}

  static Calculation of(String name, PeopleFigures people, PeopleMetric metric, Predicate<PeopleCell> namesDimension,
      Predicate<PeopleCell> inPart) {
    // Subset cells (people also counted in the other cells) are never part of a share's cells.
    List<PeopleCell> reporting = people.getBreakdown().stream()
        .filter(c -> !c.isSubset()).filter(namesDimension).filter(c -> metric.of(c).isPresent()).toList();
    Optional<String> dims = reporting.stream().map(PeopleCell::getDimensions)
        .min(Comparator.comparingInt((String d) -> d.split("\\+").length).thenComparing(Function.identity()));
    if (dims.isEmpty()) {
      return Calculators.shareNotReported(name, metric.of(people));
    }
    List<PeopleCell> kind = reporting.stream().filter(c -> c.getDimensions().equals(dims.get())).toList();
    int level = kind.get(0).getLocation().isPresent()
        ? kind.stream().mapToInt(c -> adminLevel(c.getLocation().get())).min().orElse(0) : -1;
    List<PeopleCell> used = level < 0 ? kind
        : kind.stream().filter(c -> adminLevel(c.getLocation().get()) == level).toList();
    long part = 0;
    long whole = 0;
    for (PeopleCell c : used) {
      long v = metric.of(c).getAsLong();
      whole = Math.addExact(whole, v);
      if (inPart.test(c)) {
        part = Math.addExact(part, v);
      }
    }
    Map<String, String> in = new LinkedHashMap<>();
    in.put("part", Long.toString(part));
    in.put("whole", Long.toString(whole));
    in.put(CELLS, dims.get() + (level < 0 ? "" : " at " + levelName(level)) + ", " + used.size()
        + (used.size() == 1 ? " cell" : " cells"));
    coverage(people, metric, used, level, whole).ifPresent(c -> in.put(COVERAGE, c));
    return Calculators.share(name, part, whole, in);
  }

  /** What the cells cover, when it is not the whole total: the areas, and their people against the total. */
  private static Optional<String> coverage(PeopleFigures people, PeopleMetric metric, List<PeopleCell> used,
      int level, long whole) {
    List<String> notes = new ArrayList<>();
    if (level >= 0) {
      Set<String> covered = new HashSet<>();
      used.forEach(c -> covered.add(area(c.getLocation().get())));
      Set<String> areas = new HashSet<>();
      for (PeopleCell c : people.getBreakdown()) {
        if (!c.isSubset()) {
          c.getLocation().filter(l -> adminLevel(l) == level).ifPresent(l -> areas.add(area(l)));
        }
      }
      if (covered.size() < areas.size()) {
        notes.add("cells cover " + covered.size() + " of " + areas.size() + " areas at " + levelName(level));
      } else if (metric.of(people).isPresent() && whole != metric.of(people).getAsLong()) {
        notes.add("cells cover " + covered.size() + (covered.size() == 1 ? " area" : " areas") + " at "
            + levelName(level));
      }
    }
    OptionalLong total = metric.of(people);
    if (total.isPresent() && whole < total.getAsLong()) {
      notes.add(String.format(Locale.ENGLISH, "they hold %,d of the %,d %s in the total", whole, total.getAsLong(),
          metric.jsonName()));
    } else if (total.isPresent() && whole > total.getAsLong()) {
      notes.add(String.format(Locale.ENGLISH, "they add up to %,d, more than the total %,d %s", whole,
          total.getAsLong(), metric.jsonName()));
    }
    return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
  }

  /** 0 for a country, 1 for an admin-1 area, 2 for an admin-2 area. */
  private static int adminLevel(Location l) {
    if (l.getAdmin2Code().isPresent() || l.getAdmin2Name().isPresent()) {
      return 2;
    }
    return l.getAdmin1Code().isPresent() || l.getAdmin1Name().isPresent() ? 1 : 0;
  }

  private static String levelName(int level) {
    return level == 0 ? "country level" : "admin level " + level;
  }

  /** The area a location names, by code where given, else by name (extension members aside). */
  private static String area(Location l) {
    return l.getCountry() + "/" + l.getAdmin1Code().or(l::getAdmin1Name).orElse("") + "/"
        + l.getAdmin2Code().or(l::getAdmin2Name).orElse("");
  }
}
