package org.responseplan.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Activity;
import org.responseplan.model.Location;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;

/**
 * Rolls a plan's figures up by any combination of {@link Dimension}s into a tidy {@link IndicatorTable}, without
 * double counting:
 *
 * <ul>
 *   <li>The level of the plan follows the structural dimensions asked for: sectors when {@code sector} is asked,
 *       else objectives when {@code objective} is, else the plan.
 *   <li>Without area or group dimensions, a level's people figure is the one it states; when it states none, it is
 *       computed from the level below by the {@link Intersectoral} rule (highest sector per area and group, summed).
 *   <li>With area or group dimensions ({@code country}, {@code adm1}, {@code adm2}, {@code population_group}), the
 *       figures come from breakdown cells by location and population group: a level's own cells, else its parts'
 *       cells combined by the intersectoral rule. Distinct areas and groups add up.
 *   <li>Money adds up across parts: a level's requirements and funding are the stated ones, else the sum of its
 *       parts'. The model has no money by area, so money is empty in rows by area or group.
 *   <li>Coverage percentages are recomputed from the aggregated parts, never summed or averaged; undefined ones are
 *       empty cells. Percentages are rounded by the rollup's {@link Rounding} (FTS by default).
 * </ul>
 *
 * <p>The same sector code under several objectives is one sector when grouping by sector alone: its areas add up,
 * the same area twice counts once. Figures with no area are kept in a row whose area is empty.
 *
 * <p>A figure a level gives as text ({@link PeopleFigures#getLabels()}) is not reported at that level: no number is
 * computed from the parts in its place, and the text is in the column {@code in_need_label}, {@code targeted_label}
 * or {@code reached_label} beside the figure's. Those columns are in a table only when some row has such a label
 * (rows by area or group have none); a parent computed from its parts still uses the parts' numbers.
 */
public final class PlanRollup {
  /** The measure columns, in order. Money columns are amounts in {@code currency}. */
  public static final List<String> MEASURES = List.of("requirements", "funding", "funding_coverage_pct", "in_need",
      "targeted", "reached", "need_coverage_pct", "reach_coverage_pct", "currency");

  private static final PeopleMetric[] PEOPLE = {PeopleMetric.IN_NEED, PeopleMetric.TARGETED, PeopleMetric.REACHED};

  /** The label columns, each right after its figure's column; in a table only when some row has a label there. */
  static final List<String> LABEL_COLUMNS = List.of("in_need_label", "targeted_label", "reached_label");

  /** {@link #MEASURES} with the label columns after their figures: the columns before empty ones are left out. */
  private static final List<String> MEASURES_WITH_LABELS = List.of("requirements", "funding", "funding_coverage_pct",
      "in_need", "in_need_label", "targeted", "targeted_label", "reached", "reached_label", "need_coverage_pct",
      "reach_coverage_pct", "currency");

  private final Plan plan;
  private final Rounding rounding;

  private PlanRollup(Plan plan, Rounding rounding) {
    this.plan = plan;
    this.rounding = rounding;
  }

  public static PlanRollup of(Plan plan) {
    return new PlanRollup(plan, Rounding.FTS);
  }

  /** The same rollup with percentages rounded by {@code newRounding}. */
  public PlanRollup withRounding(Rounding newRounding) {
    return new PlanRollup(plan, newRounding);
  }

  public IndicatorTable by(Dimension... dimensions) {
    return by(dimensions.length == 0 ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(Arrays.asList(dimensions)));
  }

  /** One row per combination of the given dimensions' values; the dimension columns follow {@link Dimension} order. */
  public IndicatorTable by(Set<Dimension> dimensions) {
    EnumSet<Dimension> dims = dimensions.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(dimensions);
    boolean byArea = dims.stream().anyMatch(Dimension::isAreaOrGroup);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Map.Entry<List<String>, List<Node>> group : structuralGroups(dims).entrySet()) {
      List<Node> nodes = group.getValue();
      if (!byArea) {
        rows.add(row(dims, group.getKey(), null, money(nodes, false), money(nodes, true), stated(nodes),
            labels(nodes)));
        continue;
      }
      // Area rows: the cells of the group, projected onto the requested area and group dimensions.
      // Per area and group, per metric: the sum, and whether any cell states it.
      Map<AreaGroup, long[]> projected = new TreeMap<>();
      Map<AreaGroup, boolean[]> present = new TreeMap<>();
      for (int m = 0; m < PEOPLE.length; m++) {
        for (Map.Entry<AreaGroup, Long> cell : merged(nodes, PEOPLE[m]).entrySet()) {
          AreaGroup key = cell.getKey().project(dims);
          long[] sums = projected.computeIfAbsent(key, k -> new long[PEOPLE.length]);
          sums[m] = Math.addExact(sums[m], cell.getValue());
          present.computeIfAbsent(key, k -> new boolean[PEOPLE.length])[m] = true;
        }
      }
      for (Map.Entry<AreaGroup, long[]> e : projected.entrySet()) {
        OptionalLong[] people = new OptionalLong[PEOPLE.length];
        boolean[] stated = present.getOrDefault(e.getKey(), new boolean[PEOPLE.length]);
        for (int m = 0; m < PEOPLE.length; m++) {
          people[m] = stated[m] ? OptionalLong.of(e.getValue()[m]) : OptionalLong.empty();
        }
        rows.add(row(dims, group.getKey(), e.getKey(), Optional.empty(), Optional.empty(), people, Map.of()));
      }
    }
    List<String> dimColumns = dims.stream().map(Dimension::column).toList();
    return new IndicatorTable(dimColumns, MEASURES_WITH_LABELS, rows).withoutEmptyColumns(LABEL_COLUMNS);
  }

  private List<@Nullable Object> row(Set<Dimension> dims, List<String> structural, @Nullable AreaGroup area,
      Optional<Money> requirements, Optional<Money> funding, OptionalLong[] people, Map<PeopleMetric, String> labels) {
    List<@Nullable Object> row = new ArrayList<>();
    int s = 0;
    for (Dimension d : dims) {
      switch (d) {
        case PLAN, OBJECTIVE, SECTOR -> row.add(blankToNull(structural.get(s++)));
        case COUNTRY -> row.add(area == null ? null : blankToNull(area.country()));
        case ADM1 -> row.add(area == null ? null : blankToNull(area.adm1()));
        case ADM2 -> row.add(area == null ? null : blankToNull(area.adm2()));
        case POPULATION_GROUP -> row.add(area == null ? null : blankToNull(area.group()));
        case PERIOD -> row.add(plan.getPeriod().map(p -> p.start() + "/" + p.end()).orElse(null));
      }
    }
    // One currency column: funding in another currency than the requirements is left out of the row (the validator
    // reports mixed-currency; PlanSummary shows both amounts).
    Optional<Money> sameCurrencyFunding = requirements.isPresent() && funding.isPresent()
        && !requirements.get().currency().equals(funding.get().currency()) ? Optional.empty() : funding;
    row.add(requirements.map(Money::amount).orElse(null));
    row.add(sameCurrencyFunding.map(Money::amount).orElse(null));
    row.add(Calculators.fundingCoverage(sameCurrencyFunding, requirements).percent(rounding).orElse(null));
    for (int m = 0; m < PEOPLE.length; m++) {
      row.add(people[m].isPresent() ? people[m].getAsLong() : null);
      row.add(labels.get(PEOPLE[m]));
    }
    row.add(Calculators.needCoverage(people[1], people[0]).percent(rounding).orElse(null));
    row.add(Calculators.reachCoverage(people[2], people[1]).percent(rounding).orElse(null));
    row.add(requirements.or(() -> sameCurrencyFunding).map(Money::currency).orElse(null));
    return row;
  }

  private static @Nullable String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /**
   * Requirements, funding and the people figures (in need, targeted, reached) of one level, as the rollup sees it,
   * with the labels of the figures the level gives as text.
   */
  record LevelFigures(Optional<Money> requirements, Optional<Money> funding, OptionalLong inNeed,
      OptionalLong targeted, OptionalLong reached, Map<PeopleMetric, String> labels) {}

  /**
   * The figures of every level of the plan, keyed by the structural values of {@code dims} (none: the plan;
   * objective; objective and sector), with money in its own currency.
   */
  Map<List<String>, LevelFigures> levelFigures(Set<Dimension> dims) {
    Map<List<String>, LevelFigures> out = new LinkedHashMap<>();
    structuralGroups(dims).forEach((key, nodes) -> {
      OptionalLong[] p = stated(nodes);
      out.put(key, new LevelFigures(money(nodes, false), money(nodes, true), p[0], p[1], p[2], labels(nodes)));
    });
    return out;
  }

  // ---- the plan as a tree of levels ----

  /** One level of the plan (the plan, an objective, a sector, an activity) with what it states and its parts. */
  private record Node(List<String> structural, Optional<Money> requirements, Optional<Money> funding,
      Optional<PeopleFigures> people, List<Node> parts) {}

  private Map<List<String>, List<Node>> structuralGroups(Set<Dimension> dims) {
    Map<List<String>, List<Node>> groups = new LinkedHashMap<>();
    Node planNode = tree();
    List<Node> objectives = planNode.parts().stream().filter(n -> n.structural().size() == 2).toList();
    List<Node> planSectors = planNode.parts().stream().filter(n -> n.structural().size() == 3).toList();
    List<Node> level;
    if (dims.contains(Dimension.SECTOR)) {
      level = new ArrayList<>();
      objectives.forEach(o -> level.addAll(o.parts()));
      level.addAll(planSectors);
    } else if (dims.contains(Dimension.OBJECTIVE)) {
      level = objectives;
    } else {
      level = List.of(planNode);
    }
    for (Node n : level) {
      List<String> key = new ArrayList<>();
      if (dims.contains(Dimension.PLAN)) {
        key.add(n.structural().get(0));
      }
      if (dims.contains(Dimension.OBJECTIVE)) {
        key.add(n.structural().get(1)); // empty for a sector of the plan's own
      }
      if (dims.contains(Dimension.SECTOR)) {
        key.add(n.structural().get(2));
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
    }
    return groups;
  }

  private Node tree() {
    List<Node> parts = new ArrayList<>();
    for (Objective o : plan.getObjectives()) {
      List<Node> sectors = new ArrayList<>();
      for (Sector s : o.getSectors()) {
        sectors.add(sector(o.getId(), s));
      }
      parts.add(new Node(List.of(plan.getId(), o.getId()), o.getRequirements(),
          Calculators.fundingReceived(o.getFunding()), o.getPeople(), sectors));
    }
    // Sectors of the plan's own (no objective) stand beside the objectives.
    for (Sector s : plan.getSectors()) {
      parts.add(sector(null, s));
    }
    return new Node(List.of(plan.getId()), plan.getRequirements(), Calculators.fundingReceived(plan.getFunding()),
        plan.getPeople(), parts);
  }

  /** A sector node; its structural values are the plan, the objective (empty for none) and the sector code. */
  private Node sector(@Nullable String objective, Sector s) {
    List<Node> activities = new ArrayList<>();
    List<String> sk = List.of(plan.getId(), objective == null ? "" : objective, s.getCode().getCode());
    for (Activity a : s.getActivities()) {
      activities.add(new Node(sk, a.getRequirements(), Optional.empty(), a.getPeople(), List.of()));
    }
    return new Node(sk, s.getRequirements(), Calculators.fundingReceived(s.getFunding()), s.getPeople(), activities);
  }

  // ---- money: stated, else the sum of the parts ----

  private static Optional<Money> money(List<Node> nodes, boolean funding) {
    Money total = null;
    for (Node n : nodes) {
      Optional<Money> m = money(n, funding);
      if (m.isEmpty()) {
        continue;
      }
      if (total != null && !total.currency().equals(m.get().currency())) {
        return Optional.empty(); // mixed currencies are not added without a conversion
      }
      total = total == null ? m.get() : total.plus(m.get());
    }
    return Optional.ofNullable(total);
  }

  private static Optional<Money> money(Node n, boolean funding) {
    Optional<Money> stated = funding ? n.funding() : n.requirements();
    return stated.isPresent() ? stated : money(n.parts(), funding);
  }

  // ---- people: stated, else the intersectoral figure of the parts ----

  private static OptionalLong[] stated(List<Node> nodes) {
    OptionalLong[] figures = new OptionalLong[PEOPLE.length];
    for (int m = 0; m < PEOPLE.length; m++) {
      PeopleMetric metric = PEOPLE[m];
      figures[m] = nodes.size() == 1 ? figure(nodes.get(0), metric) : computed(nodes, metric);
    }
    return figures;
  }

  /**
   * A level's figure: the one it states; else none when it gives the figure as text (a number computed from the
   * parts would stand where the plan says something else); else computed from its parts.
   */
  private static OptionalLong figure(Node n, PeopleMetric metric) {
    OptionalLong own = n.people().map(metric::of).orElse(OptionalLong.empty());
    if (own.isPresent() || n.people().flatMap(p -> p.label(metric)).isPresent()) {
      return own;
    }
    return computed(List.of(n), metric);
  }

  /** A part's figure for its parent: the one it states, else computed from its parts (its label is no number). */
  private static OptionalLong number(Node n, PeopleMetric metric) {
    OptionalLong own = n.people().map(metric::of).orElse(OptionalLong.empty());
    return own.isPresent() ? own : computed(List.of(n), metric);
  }

  /**
   * The labels of the levels of one row or summary line: each level's own, several different ones joined by
   * {@code "; "}, in figure order.
   */
  private static Map<PeopleMetric, String> labels(List<Node> nodes) {
    Map<PeopleMetric, Set<String>> texts = new java.util.EnumMap<>(PeopleMetric.class);
    for (Node n : nodes) {
      n.people().ifPresent(p -> p.getLabels().forEach(
          (m, text) -> texts.computeIfAbsent(m, k -> new java.util.LinkedHashSet<>()).add(text)));
    }
    Map<PeopleMetric, String> labels = new java.util.EnumMap<>(PeopleMetric.class);
    texts.forEach((m, t) -> labels.put(m, String.join("; ", t)));
    return java.util.Collections.unmodifiableMap(labels);
  }

  /**
   * The intersectoral figure of several levels: the sum over areas and groups of the highest cell, and never less
   * than any one level's or part's own figure (a part may state a total without cells by area).
   */
  private static OptionalLong computed(List<Node> nodes, PeopleMetric metric) {
    Map<AreaGroup, Long> cells = merged(nodes, metric);
    long best = cells.isEmpty() ? -1 : Intersectoral.sum(cells.values());
    for (Node n : nodes) {
      List<Node> wholes = n.people().map(metric::of).orElse(OptionalLong.empty()).isPresent() ? List.of(n) : n.parts();
      for (Node w : wholes) {
        OptionalLong f = number(w, metric);
        if (f.isPresent()) {
          best = Math.max(best, f.getAsLong());
        }
      }
    }
    return best < 0 ? OptionalLong.empty() : OptionalLong.of(best);
  }

  /** The cells of several nodes combined: per area and group, the highest figure. */
  private static Map<AreaGroup, Long> merged(List<Node> nodes, PeopleMetric metric) {
    Map<AreaGroup, Long> cells = new LinkedHashMap<>();
    for (Node n : nodes) {
      cells(n, metric).forEach((k, v) -> Intersectoral.highest(cells, k, v));
    }
    return cells;
  }

  /**
   * A node's figures by area and group: its own breakdown cells by location and/or population group (the set naming
   * the most of the two); else its parts' cells combined when they know areas or groups; else its own total as one
   * cell of unknown area; else its parts' totals combined.
   */
  private static Map<AreaGroup, Long> cells(Node n, PeopleMetric metric) {
    Map<AreaGroup, Long> own = ownCells(n.people(), metric);
    if (!own.isEmpty()) {
      return own;
    }
    Map<AreaGroup, Long> fromParts = merged(n.parts(), metric);
    OptionalLong total = n.people().map(metric::of).orElse(OptionalLong.empty());
    boolean partsKnowAreas = fromParts.keySet().stream().anyMatch(k -> !k.equals(AreaGroup.UNKNOWN));
    if (total.isPresent() && !partsKnowAreas) {
      // The parts say nothing of areas or groups either: the level's own total is the better figure.
      return Map.of(AreaGroup.UNKNOWN, total.getAsLong());
    }
    return fromParts;
  }

  private static Map<AreaGroup, Long> ownCells(Optional<PeopleFigures> people, PeopleMetric metric) {
    if (people.isEmpty()) {
      return Map.of();
    }
    Optional<String> best = people.get().getBreakdown().stream()
        .filter(c -> c.getSex().isEmpty() && c.getAgeBand().isEmpty() && metric.of(c).isPresent())
        .map(PeopleCell::getDimensions)
        .max(Comparator.comparingInt((String d) -> d.split("\\+").length).thenComparing(d -> d));
    if (best.isEmpty()) {
      return Map.of();
    }
    Map<AreaGroup, Long> cells = new LinkedHashMap<>();
    for (PeopleCell c : people.get().getBreakdown()) {
      if (c.getDimensions().equals(best.get()) && metric.of(c).isPresent()) {
        // The same area and group twice in one breakdown counts once.
        Intersectoral.highest(cells, AreaGroup.of(c), metric.of(c).getAsLong());
      }
    }
    return cells;
  }

  /** An area (country, admin-1, admin-2) and population group; empty strings where not known. */
  record AreaGroup(String country, String adm1, String adm2, String group) implements Comparable<AreaGroup> {
    static final AreaGroup UNKNOWN = new AreaGroup("", "", "", "");

    static AreaGroup of(PeopleCell c) {
      Location l = c.getLocation().orElse(null);
      return new AreaGroup(l == null ? "" : l.getCountry(),
          l == null ? "" : l.getAdmin1Code().orElse(""),
          l == null ? "" : l.getAdmin2Code().orElse(""),
          c.getPopulationGroup().map(g -> g.getCode()).orElse(""));
    }

    /** This key with the dimensions not asked for blanked out, so that distinct areas and groups add up. */
    AreaGroup project(Set<Dimension> dims) {
      return new AreaGroup(dims.contains(Dimension.COUNTRY) ? country : "",
          dims.contains(Dimension.ADM1) ? adm1 : "",
          dims.contains(Dimension.ADM2) ? adm2 : "",
          dims.contains(Dimension.POPULATION_GROUP) ? group : "");
    }

    @Override
    public int compareTo(AreaGroup o) {
      return Comparator.comparing(AreaGroup::country).thenComparing(AreaGroup::adm1)
          .thenComparing(AreaGroup::adm2).thenComparing(AreaGroup::group).compare(this, o);
    }
  }
}
