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
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Activity;
import org.responseplan.model.Code;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleCounts;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;

/**
 * Rolls a plan's figures up by any combination of {@link Dimension}s into a tidy {@link IndicatorTable}, without
 * double counting:
 *
 * <ul>
 *   <li>The level of the plan follows the structural dimensions asked for: sectors when {@code sector} is asked,
 *       else objectives when {@code objective} is, else the plan.
 *   <li>Without area or group dimensions, a level's people figure is the one it states; when it states none, it is
 *       computed from the level below by the {@link Intersectoral} rule (highest sector per area and group, summed).
 *   <li>With cell dimensions ({@code country}, {@code adm1}, {@code adm2}, {@code population_group}, {@code sex},
 *       {@code age}), the figures come from breakdown cells: a level's own cells, else its parts' cells combined by
 *       the intersectoral rule (per finest cell, the highest sector; never less than one part's own figure).
 *       Distinct areas, groups, sexes and age bands add up. One set of cells is used per level and figure, so
 *       nothing is counted twice: a level's figure is the one it states in the cells closest to the dimensions asked
 *       for (its published figure by area, by sex, ...). A level without cells by sex (or age) has no figure by
 *       sex: its figure stays in a row whose {@code sex} cell is empty, never spread over sexes.
 *   <li>Money adds up across parts: a level's requirements and funding are the stated ones, else the sum of its
 *       parts'. The model has no money by area, so money is empty in rows by a cell dimension.
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
 *
 * <p>{@link #withMorePeople()} adds the columns {@link #MORE_PEOPLE} after {@link #MEASURES} when the plan states
 * total population, affected or expected reach anywhere, rolled up by the same rules. {@link #withNames()} adds a
 * name column after each code column ({@code sector_name} after {@code sector}, ...).
 *
 * <p>Immutable and thread-safe: one rollup may build tables from any number of threads at once.
 */
public final class PlanRollup {
  /** The measure columns, in order. Money columns are amounts in {@code currency}. */
  public static final List<String> MEASURES = List.of("requirements", "funding", "funding_coverage_pct", "in_need",
      "targeted", "reached", "need_coverage_pct", "reach_coverage_pct", "currency");

  /**
   * The people measures after {@link #MEASURES} ({@link #withMorePeople()}) in the tables of a plan that states any
   * of them (in its figures or breakdowns, at any level): {@code total_population}, {@code affected},
   * {@code expected_reach}.
   */
  public static final List<String> MORE_PEOPLE = List.of("total_population", "affected", "expected_reach");

  /** In need, targeted and reached (the columns of {@link #MEASURES}), then those of {@link #MORE_PEOPLE}. */
  private static final PeopleMetric[] PEOPLE = {PeopleMetric.IN_NEED, PeopleMetric.TARGETED, PeopleMetric.REACHED,
      PeopleMetric.TOTAL_POPULATION, PeopleMetric.AFFECTED, PeopleMetric.EXPECTED_REACH};

  /** The label columns, each right after its figure's column; in a table only when some row has a label there. */
  static final List<String> LABEL_COLUMNS = List.of("in_need_label", "targeted_label", "reached_label");

  /** {@link #MEASURES} with the label columns after their figures: the columns before empty ones are left out. */
  private static final List<String> MEASURES_WITH_LABELS = List.of("requirements", "funding", "funding_coverage_pct",
      "in_need", "in_need_label", "targeted", "targeted_label", "reached", "reached_label", "need_coverage_pct",
      "reach_coverage_pct", "currency");

  private final Plan plan;
  private final Rounding rounding;
  private final boolean names;
  private final boolean morePeople;

  private PlanRollup(Plan plan, Rounding rounding, boolean names, boolean morePeople) {
    this.plan = plan;
    this.rounding = rounding;
    this.names = names;
    this.morePeople = morePeople;
  }

  /**
   * A rollup of a plan's figures, percentages rounded the FTS way ({@link Rounding#FTS}); use {@link
   * #withRounding(Rounding)} for another.
   *
   * @param plan the plan
   * @return the rollup, without name and further people columns
   */
  public static PlanRollup of(Plan plan) {
    return new PlanRollup(plan, Rounding.FTS, false, false);
  }

  /**
   * The same rollup with percentages rounded by {@code newRounding}.
   *
   * @param newRounding how percentages are rounded
   * @return the same rollup with that rounding
   */
  public PlanRollup withRounding(Rounding newRounding) {
    return new PlanRollup(plan, newRounding, names, morePeople);
  }

  /**
   * The same rollup with the columns {@link #MORE_PEOPLE} ({@code total_population}, {@code affected},
   * {@code expected_reach}) after {@link #MEASURES} when the plan states any of these figures anywhere; a plan that
   * states none gets the same table as without.
   *
   * @return the rollup with the further people columns
   */
  public PlanRollup withMorePeople() {
    return new PlanRollup(plan, rounding, names, statesMorePeople(plan));
  }

  /**
   * The same rollup with a name column right after each code column: {@code objective_title}, {@code sector_name},
   * {@code country_name}, {@code adm1_name}, {@code adm2_name}, {@code population_group_name}. Names come from the
   * plan (a code's own name, the plan's vocabularies, the names of its breakdowns' locations), else from the
   * built-in vocabularies; a country's is its English name. A name not known is an empty cell.
   *
   * @return the rollup with name columns
   */
  public PlanRollup withNames() {
    return new PlanRollup(plan, rounding, true, morePeople);
  }

  /**
   * The indicator table grouped by dimensions: the table behind the {@code responseplan indicators} command.
   *
   * @param dimensions the dimensions to group by, in any order (columns come in {@link Dimension} order); none for one
   *     plan-wide row
   * @return the table: one row per group, measures null where not reported
   */
  public IndicatorTable by(Dimension... dimensions) {
    return by(dimensions.length == 0 ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(Arrays.asList(dimensions)));
  }

  /**
   * One row per combination of the given dimensions' values; the dimension columns follow {@link Dimension} order.
   *
   * @param dimensions the dimensions; none gives one row for the plan
   * @return the table: the dimension columns (each with its name column after it, {@link #withNames()}), then
   *     {@link #MEASURES} (and {@link #MORE_PEOPLE}, {@link #withMorePeople()})
   */
  public IndicatorTable by(Set<Dimension> dimensions) {
    EnumSet<Dimension> dims = dimensions.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(dimensions);
    boolean byCells = dims.stream().anyMatch(Dimension::isCellDimension);
    Set<String> wanted = CellKey.wanted(dims);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Map.Entry<List<String>, List<Node>> group : structuralGroups(dims).entrySet()) {
      List<Node> nodes = group.getValue();
      if (!byCells) {
        rows.add(row(dims, group.getKey(), null, money(nodes, false), money(nodes, true), stated(nodes),
            labels(nodes)));
        continue;
      }
      // Cell rows: the cells of the group, projected onto the requested cell dimensions.
      // Per cell key, per metric: the sum, and whether any cell states it.
      Map<CellKey, long[]> projected = new TreeMap<>();
      Map<CellKey, boolean[]> present = new TreeMap<>();
      for (int m = 0; m < (morePeople ? PEOPLE.length : 3); m++) { // a row only for the figures shown
        for (Map.Entry<CellKey, Long> cell : rowFigures(nodes, PEOPLE[m], wanted, dims).entrySet()) {
          projected.computeIfAbsent(cell.getKey(), k -> new long[PEOPLE.length])[m] = cell.getValue();
          present.computeIfAbsent(cell.getKey(), k -> new boolean[PEOPLE.length])[m] = true;
        }
      }
      for (Map.Entry<CellKey, long[]> e : projected.entrySet()) {
        OptionalLong[] people = new OptionalLong[PEOPLE.length];
        boolean[] stated = present.getOrDefault(e.getKey(), new boolean[PEOPLE.length]);
        for (int m = 0; m < PEOPLE.length; m++) {
          people[m] = stated[m] ? OptionalLong.of(e.getValue()[m]) : OptionalLong.empty();
        }
        rows.add(row(dims, group.getKey(), e.getKey(), Optional.empty(), Optional.empty(), people, Map.of()));
      }
    }
    List<String> measures = new ArrayList<>(MEASURES_WITH_LABELS);
    if (morePeople) {
      measures.addAll(MORE_PEOPLE);
    }
    if (!names) {
      return new IndicatorTable(dims.stream().map(Dimension::column).toList(), measures, rows)
          .withoutEmptyColumns(LABEL_COLUMNS);
    }
    RollupNames known = RollupNames.of(plan);
    List<List<@Nullable Object>> named = new ArrayList<>(rows.size());
    for (List<@Nullable Object> row : rows) {
      named.add(known.withNames(dims, row));
    }
    return new IndicatorTable(RollupNames.columns(dims), measures, named).withoutEmptyColumns(LABEL_COLUMNS);
  }

  private List<@Nullable Object> row(Set<Dimension> dims, List<String> structural, @Nullable CellKey area,
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
        case SEX -> row.add(area == null ? null : blankToNull(area.sex()));
        case AGE -> row.add(area == null ? null : blankToNull(area.age()));
        case SUBSET -> row.add(area == null ? null : blankToNull(area.subset()));
        case PERIOD -> row.add(plan.getPeriod().map(p -> p.start() + "/" + p.end()).orElse(null));
      }
    }
    // One currency column: funding in another currency than the requirements is left out of the row (the validator
    // reports mixed-currency; PlanSummary shows both amounts).
    Optional<Money> sameCurrencyFunding = requirements.isPresent() && funding.isPresent()
        && !requirements.get().currency().equals(funding.get().currency()) ? Optional.empty() : funding;
    row.add(requirements.map(Money::amount).orElse(null));
    row.add(sameCurrencyFunding.map(Money::amount).orElse(null));
    row.add(Calculators.fundingCoverage(FundingFigures.builder().requirements(requirements.orElse(null))
        .funding(sameCurrencyFunding.orElse(null)).build()).percent(rounding).orElse(null));
    for (int m = 0; m < 3; m++) {
      row.add(people[m].isPresent() ? people[m].getAsLong() : null);
      row.add(labels.get(PEOPLE[m]));
    }
    PeopleCounts counts = PeopleCounts.of(people[0], people[1], people[2]);
    row.add(Calculators.needCoverage(counts).percent(rounding).orElse(null));
    row.add(Calculators.reachCoverage(counts).percent(rounding).orElse(null));
    row.add(requirements.or(() -> sameCurrencyFunding).map(Money::currency).orElse(null));
    for (int m = 3; morePeople && m < PEOPLE.length; m++) {
      row.add(people[m].isPresent() ? people[m].getAsLong() : null);
    }
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
      OptionalLong targeted, OptionalLong reached, Map<PeopleMetric, String> labels) {
    FundingFigures money() {
      return FundingFigures.builder().requirements(requirements.orElse(null)).funding(funding.orElse(null)).build();
    }

    PeopleCounts people() {
      return PeopleCounts.of(inNeed, targeted, reached);
    }
  }

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
      parts.add(new Node(List.of(plan.getId(), o.getId()), o.getRequirements(), FundingFigures.of(o).funding(),
          o.getPeople(), sectors));
    }
    // Sectors of the plan's own (no objective) stand beside the objectives.
    for (Sector s : plan.getSectors()) {
      parts.add(sector(null, s));
    }
    return new Node(List.of(plan.getId()), plan.getRequirements(), FundingFigures.of(plan).funding(),
        plan.getPeople(), parts);
  }

  /** A sector node; its structural values are the plan, the objective (empty for none) and the sector code. */
  private Node sector(@Nullable String objective, Sector s) {
    List<Node> activities = new ArrayList<>();
    List<String> sk = List.of(plan.getId(), objective == null ? "" : objective, s.getCode().getCode());
    for (Activity a : s.getActivities()) {
      activities.add(new Node(sk, a.getRequirements(), Optional.empty(), a.getPeople(), List.of()));
    }
    return new Node(sk, s.getRequirements(), FundingFigures.of(s).funding(), s.getPeople(), activities);
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

  /** Whether the plan states a total population, affected or expected-reach figure anywhere. */
  private static boolean statesMorePeople(Plan plan) {
    List<Optional<PeopleFigures>> all = new ArrayList<>();
    all.add(plan.getPeople());
    List<Sector> sectors = new ArrayList<>(plan.getSectors());
    for (Objective o : plan.getObjectives()) {
      all.add(o.getPeople());
      sectors.addAll(o.getSectors());
    }
    for (Sector s : sectors) {
      all.add(s.getPeople());
      s.getActivities().forEach(a -> all.add(a.getPeople()));
    }
    for (Optional<PeopleFigures> f : all) {
      if (f.isPresent() && (statesMorePeople(f.get())
          || f.get().getBreakdown().stream().anyMatch(PlanRollup::statesMorePeople))) {
        return true;
      }
    }
    return false;
  }

  private static boolean statesMorePeople(PeopleCounts counts) {
    for (int m = 3; m < PEOPLE.length; m++) {
      if (PEOPLE[m].of(counts).isPresent()) {
        return true;
      }
    }
    return false;
  }

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
    Map<CellKey, Long> cells = merged(nodes, metric, Set.of());
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

  /**
   * The figures of a group of levels by the cell dimensions of {@code dims}, keyed by projected cell. One level with
   * cells of its own: those closest to the dimensions asked for (its published figures), summed per key. Else the
   * intersectoral figure: the highest cell per finest key across the levels (or the level's parts), summed per key,
   * and never less than any one of those levels' own figure for that key (as {@link #computed} for totals).
   */
  private static Map<CellKey, Long> rowFigures(List<Node> nodes, PeopleMetric metric, Set<String> wanted,
      Set<Dimension> dims) {
    Map<CellKey, Long> cells;
    List<Node> wholes;
    if (nodes.size() == 1) {
      Node n = nodes.get(0);
      Map<CellKey, Long> own = ownCells(n.people(), metric, wanted, true);
      if (!own.isEmpty()) {
        return project(own, dims);
      }
      cells = cells(n, metric, wanted);
      wholes = n.parts();
    } else {
      cells = merged(nodes, metric, wanted);
      wholes = nodes;
    }
    Map<CellKey, Long> out = project(cells, dims);
    for (Node w : wholes) {
      rowFigures(List.of(w), metric, wanted, dims).forEach((k, v) -> out.merge(k, v, Math::max));
    }
    return out;
  }

  /** Cells projected onto {@code dims}: distinct cells with the same projection add up. */
  private static Map<CellKey, Long> project(Map<CellKey, Long> cells, Set<Dimension> dims) {
    Map<CellKey, Long> out = new LinkedHashMap<>();
    cells.forEach((k, v) -> out.merge(k.project(dims), v, Math::addExact));
    return out;
  }

  /** The cells of several nodes combined: per cell key, the highest figure. */
  private static Map<CellKey, Long> merged(List<Node> nodes, PeopleMetric metric, Set<String> wanted) {
    Map<CellKey, Long> cells = new LinkedHashMap<>();
    for (Node n : nodes) {
      cells(n, metric, wanted).forEach((k, v) -> Intersectoral.highest(cells, k, v));
    }
    return cells;
  }

  /**
   * A node's figures by cell: its own breakdown cells (the finest set naming the cell dimensions asked for); else
   * its parts' cells combined when they know any cell dimension; else its own total as one cell of unknown area;
   * else its parts' totals combined.
   */
  private static Map<CellKey, Long> cells(Node n, PeopleMetric metric, Set<String> wanted) {
    Map<CellKey, Long> own = ownCells(n.people(), metric, wanted, false);
    if (!own.isEmpty()) {
      return own;
    }
    Map<CellKey, Long> fromParts = merged(n.parts(), metric, wanted);
    OptionalLong total = n.people().map(metric::of).orElse(OptionalLong.empty());
    boolean partsKnowAreas = fromParts.keySet().stream().anyMatch(k -> !k.equals(CellKey.UNKNOWN));
    if (total.isPresent() && !partsKnowAreas) {
      // The parts say nothing of areas or groups either: the level's own total is the better figure.
      return Map.of(CellKey.UNKNOWN, total.getAsLong());
    }
    return fromParts;
  }

  /**
   * One set of a level's breakdown cells (cells of one kind partition the same total, so one set is never counted
   * twice). Cells by sex or age are used only when sex or age is asked for. Among the sets that state the metric:
   * the one naming the most of the cell dimensions asked for ({@code wanted}: {@code location},
   * {@code populationGroup}, {@code sex}, {@code ageBand}); then the one naming the fewest of sex and age not asked
   * for; then, when {@code stated}, the one naming the fewest other dimensions (the published figure), else the
   * finest. Areas and groups that set has no cell of come from the next sets naming the same dimensions but sex and
   * age (a level with cells by sex at some areas only keeps its other areas, without a sex), never an area within
   * or around one already taken. Sex and age not asked for are summed away within the level, so that levels' cells
   * compare. Subset cells are used only when {@code subset} is asked for, and then only they, one set per subset.
   */
  private static Map<CellKey, Long> ownCells(Optional<PeopleFigures> people, PeopleMetric metric,
      Set<String> wanted, boolean stated) {
    if (people.isEmpty()) {
      return Map.of();
    }
    if (!wanted.contains("subset")) {
      return ownCells(people.get().getBreakdown().stream().filter(c -> !c.isSubset()).toList(), metric, wanted,
          stated);
    }
    // Each subset's cells partition that subset only: one set is chosen per subset, and subsets never add up.
    Map<Code, List<PeopleCell>> bySubset = new LinkedHashMap<>();
    for (PeopleCell c : people.get().getBreakdown()) {
      c.getSubset().ifPresent(x -> bySubset.computeIfAbsent(x, k -> new ArrayList<>()).add(c));
    }
    Map<CellKey, Long> out = new LinkedHashMap<>();
    for (List<PeopleCell> cells : bySubset.values()) {
      ownCells(cells, metric, wanted, stated).forEach((k, v) -> out.merge(k, v, Math::addExact));
    }
    return out;
  }

  /** {@link #ownCells(Optional, PeopleMetric, Set, boolean)} over cells of one kind of subset (or of none). */
  private static Map<CellKey, Long> ownCells(List<PeopleCell> breakdown, PeopleMetric metric, Set<String> wanted,
      boolean stated) {
    boolean sex = wanted.contains("sex");
    boolean age = wanted.contains("ageBand");
    List<String> ranked = breakdown.stream()
        .filter(c -> (sex || age || (c.getSex().isEmpty() && c.getAgeBand().isEmpty())) && metric.of(c).isPresent())
        .map(PeopleCell::getDimensions)
        .distinct()
        .sorted(Comparator.comparingLong((String d) -> count(d, wanted::contains))
            .thenComparingLong(d -> -count(d, x -> !wanted.contains(x) && (x.equals("sex") || x.equals("ageBand"))))
            .thenComparingLong(d -> stated ? -count(d, x -> true) : count(d, x -> true))
            .thenComparing(d -> d)
            .reversed())
        .toList();
    if (ranked.isEmpty()) {
      return Map.of();
    }
    String coarse = withoutSexOrAge(ranked.get(0));
    List<CellKey> covered = new ArrayList<>();
    Map<CellKey, Long> out = new LinkedHashMap<>();
    for (String dims : ranked) {
      if (!withoutSexOrAge(dims).equals(coarse)) {
        continue;
      }
      // The best set first; then, for areas and groups it has no cell of, the next set naming the same others.
      Map<CellKey, Long> cells = new LinkedHashMap<>();
      for (PeopleCell c : breakdown) {
        CellKey k = CellKey.of(c);
        if (c.getDimensions().equals(dims) && metric.of(c).isPresent()
            && covered.stream().noneMatch(k.withoutSexOrAge(true, true)::overlaps)) {
          // The same cell twice in one breakdown counts once.
          Intersectoral.highest(cells, k, metric.of(c).getAsLong());
        }
      }
      cells.keySet().forEach(k -> covered.add(k.withoutSexOrAge(true, true)));
      cells.forEach((k, v) -> out.merge(k.withoutSexOrAge(!sex, !age), v, Math::addExact));
    }
    return out;
  }

  /** Dimensions {@code a+b+c} without sex and age band. */
  private static String withoutSexOrAge(String dimensions) {
    return String.join("+", Arrays.stream(dimensions.split("\\+"))
        .filter(x -> !x.equals("sex") && !x.equals("ageBand")).toList());
  }

  /** How many of the dimensions {@code a+b+c} pass {@code which}. */
  private static long count(String dimensions, Predicate<String> which) {
    return Arrays.stream(dimensions.split("\\+")).filter(which).count();
  }
}
