package org.responseplan.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabularies;

/**
 * The complete indicator picture of one plan: the plan, each objective and each sector, with requirements, funding,
 * coverage, gap, people figures and their coverage, cost per person targeted and breakdown shares. Figures come from
 * {@link PlanRollup} (a level's stated figure, else computed from its parts), so the summary and the tidy tables
 * agree; the summary keeps money in its own currency, where a table row leaves out funding in another currency.
 * A figure a level gives as text is not reported, and the text is shown where the number would be.
 *
 * <pre>{@code
 * System.out.print(PlanSummary.of(plan).toText(Rounding.FTS));
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class PlanSummary {
  /** The indicators of each level, by name, in this order. */
  public static final List<String> INDICATORS = List.of("funding coverage", "funding gap", "over-funding",
      "need coverage", "reach coverage", "cost per person targeted", "share of women and girls targeted",
      "share of children targeted", "requirements revision");

  /**
   * One level of the plan with its figures and indicators.
   *
   * @param kind {@code plan}, {@code objective} or {@code sector}
   * @param id the level's identifier (a sector's is its code, as in rollups)
   * @param name its title or display name
   * @param depth 0 for the plan, 1 for objectives and for sectors of the plan's own, 2 for sectors of an objective
   * @param requirements the level's current requirements (revised where the plan was revised: the figure coverage
   *     divides by, as FTS does); empty when not reported
   * @param originalRequirements requirements as first published, as the plan or sector states them ({@link
   *     Plan#getOriginalRequirements()}); empty when not reported, and always for objectives
   * @param labels the figures the level gives as text ({@code targeted -> "At risk communities"}), in figure order;
   *     such a figure is not reported unless the level also gives its number
   * @param indicators each of {@link #INDICATORS} by name
   */
  public record Level(String kind, String id, String name, int depth, Optional<Money> requirements,
      Optional<Money> originalRequirements, Optional<Money> funding, OptionalLong inNeed, OptionalLong targeted, OptionalLong reached,
      Map<PeopleMetric, String> labels, Map<String, Calculation> indicators) {

    /**
     * The label of one figure of this level.
     *
     * @param metric which figure
     * @return the text the level gives for it; empty when none
     */
    public Optional<String> label(PeopleMetric metric) {
      return Optional.ofNullable(labels.get(metric));
    }

    /**
     * One of the level's calculations by name.
     *
     * @param name such as {@code funding_coverage_pct}
     * @return the calculation, defined or with the reason it is not
     * @throws IllegalArgumentException when the level has no calculation of that name (the message lists the names)
     */
    public Calculation indicator(String name) {
      Calculation c = indicators.get(name);
      if (c == null) {
        throw new IllegalArgumentException("no indicator " + name + "; there are " + indicators.keySet());
      }
      return c;
    }
  }

  /** Columns of {@link #toTable} left out when no level has a value: labels and original requirements. */
  private static final List<String> OPTIONAL_COLUMNS = Stream.concat(
      Stream.of("original_requirements"), PlanRollup.LABEL_COLUMNS.stream()).toList();

  private final Plan plan;
  private final List<Level> levels;

  private PlanSummary(Plan plan, List<Level> levels) {
    this.plan = plan;
    this.levels = List.copyOf(levels);
  }

  /**
   * The summary of a plan: its levels (plan, objectives, sectors) with figures and calculations.
   *
   * @param plan the plan
   * @return the summary
   */
  public static PlanSummary of(Plan plan) {
    PlanRollup rollup = PlanRollup.of(plan);
    PlanRollup.LevelFigures planFigures = figures(rollup.levelFigures(EnumSet.noneOf(Dimension.class)), List.of());
    Map<List<String>, PlanRollup.LevelFigures> objectives = rollup.levelFigures(EnumSet.of(Dimension.OBJECTIVE));
    Map<List<String>, PlanRollup.LevelFigures> sectors =
        rollup.levelFigures(EnumSet.of(Dimension.OBJECTIVE, Dimension.SECTOR));
    List<Level> levels = new ArrayList<>();
    levels.add(level("plan", plan.getId(), plan.getName(), 0, planFigures, plan.getPeople(),
        plan.getOriginalRequirements()));
    for (Objective o : plan.getObjectives()) {
      levels.add(level("objective", o.getId(), o.getTitle(), 1, figures(objectives, List.of(o.getId())), o.getPeople(),
          Optional.empty()));
      for (Sector s : o.getSectors()) {
        levels.add(level("sector", s.getCode().getCode(), Vocabularies.displayName(s.getCode()), 2,
            figures(sectors, List.of(o.getId(), s.getCode().getCode())), s.getPeople(), s.getOriginalRequirements()));
      }
    }
    for (Sector s : plan.getSectors()) {
      levels.add(level("sector", s.getCode().getCode(), Vocabularies.displayName(s.getCode()), 1,
          figures(sectors, List.of("", s.getCode().getCode())), s.getPeople(), s.getOriginalRequirements()));
    }
    return new PlanSummary(plan, levels);
  }

  /** The figures of a level; the rollup has a group for every level of the plan it was made from. */
  private static PlanRollup.LevelFigures figures(Map<List<String>, PlanRollup.LevelFigures> groups, List<String> key) {
    PlanRollup.LevelFigures f = groups.get(key);
    if (f == null) {
      throw new IllegalStateException("the rollup has no figures for the level " + key);
    }
    return f;
  }

  private static Level level(String kind, String id, String name, int depth, PlanRollup.LevelFigures f,
      Optional<PeopleFigures> people, Optional<Money> originalRequirements) {
    Map<String, Calculation> indicators = new LinkedHashMap<>();
    indicators.put("funding coverage", Calculators.fundingCoverage(f.money()));
    indicators.put("funding gap", Calculators.fundingGap(f.money()));
    indicators.put("over-funding", Calculators.overFunding(f.money()));
    indicators.put("need coverage", labelled(Calculators.needCoverage(f.people()), f.labels()));
    indicators.put("reach coverage", labelled(Calculators.reachCoverage(f.people()), f.labels()));
    indicators.put("cost per person targeted",
        labelled(Calculators.costPerPersonTargeted(f.money(), f.people()), f.labels()));
    PeopleFigures figures = people.orElse(PeopleFigures.builder().build());
    indicators.put("share of women and girls targeted",
        Calculators.womenAndGirlsShare(figures, PeopleMetric.TARGETED));
    indicators.put("share of children targeted", Calculators.childrenShare(figures, PeopleMetric.TARGETED));
    indicators.put("requirements revision",
        Calculators.relativeChange(Revision.from(originalRequirements).to(f.requirements())));
    return new Level(kind, id, name, depth, f.requirements(), originalRequirements, f.funding(), f.inNeed(), f.targeted(), f.reached(),
        f.labels(), indicators);
  }

  /** The people inputs of {@code c} that the level gives as text, so that its reason says so. */
  private static Calculation labelled(Calculation c, Map<PeopleMetric, String> labels) {
    Calculation out = c;
    for (Map.Entry<PeopleMetric, String> e : labels.entrySet()) {
      String input = switch (e.getKey()) {
        case IN_NEED -> "in need";
        case TARGETED -> "targeted";
        case REACHED -> "reached";
        default -> null; // the other figures enter no indicator of the summary
      };
      if (input != null && out.inputs().containsKey(input)) {
        out = out.withLabel(input, e.getValue());
      }
    }
    return out;
  }

  /** {@return the plan summarised} */
  public Plan plan() {
    return plan;
  }

  /**
   * The plan, then each objective followed by its sectors.
   *
   * @return the levels, plan first, then each objective followed by its sectors, then plan-level sectors
   */
  public List<Level> levels() {
    return levels;
  }

  /**
   * The summary as one row per level: what {@code responseplan summary --format csv} prints.
   *
   * @param rounding how percentages are rounded
   * @return the table
   */
  public IndicatorTable toTable(Rounding rounding) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    String objective = null;
    for (Level l : levels) {
      if (l.kind().equals("objective")) {
        objective = l.id();
      } else if (l.depth() == 1) {
        objective = null; // a sector of the plan's own
      }
      List<@Nullable Object> row = new ArrayList<>();
      row.add(l.kind());
      row.add(l.kind().equals("plan") ? null : objective);
      row.add(l.kind().equals("sector") ? l.id() : null);
      row.add(l.name());
      row.add(l.requirements().map(Money::amount).orElse(null));
      row.add(l.originalRequirements().map(Money::amount).orElse(null));
      row.add(l.funding().map(Money::amount).orElse(null));
      row.add(l.indicator("funding coverage").percent(rounding).orElse(null));
      row.add(l.indicator("funding gap").exact().orElse(null));
      row.add(l.indicator("over-funding").exact().orElse(null));
      row.add(l.inNeed().isPresent() ? l.inNeed().getAsLong() : null);
      row.add(l.labels().get(PeopleMetric.IN_NEED));
      row.add(l.targeted().isPresent() ? l.targeted().getAsLong() : null);
      row.add(l.labels().get(PeopleMetric.TARGETED));
      row.add(l.reached().isPresent() ? l.reached().getAsLong() : null);
      row.add(l.labels().get(PeopleMetric.REACHED));
      row.add(l.indicator("need coverage").percent(rounding).orElse(null));
      row.add(l.indicator("reach coverage").percent(rounding).orElse(null));
      row.add(l.indicator("cost per person targeted").exact().map(v -> rounding.apply(v)).orElse(null));
      row.add(l.requirements().or(l::funding).map(Money::currency).orElse(null));
      rows.add(row);
    }
    return new IndicatorTable(List.of("level", "objective", "sector", "name"),
        List.of("requirements", "original_requirements", "funding", "funding_coverage_pct", "funding_gap", "over_funding", "in_need",
            "in_need_label", "targeted", "targeted_label", "reached", "reached_label", "need_coverage_pct",
            "reach_coverage_pct", "cost_per_person_targeted", "currency"), rows)
        .withoutEmptyColumns(OPTIONAL_COLUMNS);
  }

  /**
   * A readable summary: each level with its figures, and every indicator as a percentage or "not reported".
   *
   * @param rounding how percentages are rounded
   * @return the text, lines ending in a newline
   */
  public String toText(Rounding rounding) {
    StringBuilder b = new StringBuilder();
    for (Level l : levels) {
      String indent = "  ".repeat(l.depth());
      b.append(indent).append(switch (l.kind()) {
        case "plan" -> "PLAN ";
        case "objective" -> "OBJECTIVE ";
        default -> "SECTOR ";
      }).append(l.name()).append('\n');
      // Lines say what is reported; an indicator is shown as undefined only when one of its inputs is reported.
      if (l.requirements().isEmpty() && l.funding().isEmpty()) {
        b.append(indent).append("  money:  not reported\n");
      } else {
        b.append(indent).append("  money:  requirements ").append(money(l.requirements()))
            .append(", funding ").append(money(l.funding()))
            .append(", coverage ").append(percent(l.indicator("funding coverage"), rounding));
        if (l.indicator("funding gap").isDefined()) {
          b.append(", gap ").append(amount(l.indicator("funding gap")));
        }
        l.indicator("over-funding").exact().filter(v -> v.signum() > 0)
            .ifPresent(v -> b.append(", over-funded by ").append(amount(l.indicator("over-funding"))));
        b.append('\n');
      }
      if (l.originalRequirements().isPresent()) {
        b.append(indent).append("  revision: original requirements ").append(money(l.originalRequirements()))
            .append(", revised ").append(money(l.requirements()));
        Calculation change = l.indicator("requirements revision");
        if (change.isDefined()) {
          b.append(" (").append(signed(change.percent(rounding).orElseThrow())).append(" %)");
        }
        b.append("; coverage uses the revised figure\n");
      }
      if (l.inNeed().isEmpty() && l.targeted().isEmpty() && l.reached().isEmpty() && !hasPeopleLabel(l)) {
        b.append(indent).append("  people: not reported\n");
      } else {
        b.append(indent).append("  people: in need ").append(count(l, PeopleMetric.IN_NEED, l.inNeed()))
            .append(", targeted ").append(count(l, PeopleMetric.TARGETED, l.targeted()))
            .append(", reached ").append(count(l, PeopleMetric.REACHED, l.reached()))
            .append("; need coverage ").append(percent(l.indicator("need coverage"), rounding))
            .append(", reach coverage ").append(percent(l.indicator("reach coverage"), rounding))
            .append('\n');
      }
      Calculation cost = l.indicator("cost per person targeted");
      if (cost.isDefined()) {
        b.append(indent).append("  cost per person targeted: ")
            .append(String.format(Locale.ENGLISH, "%,.2f %s", cost.exact().orElseThrow(), cost.unit())).append('\n');
      }
      for (String share : List.of("share of women and girls targeted", "share of children targeted")) {
        Calculation c = l.indicator(share);
        if (c.isDefined()) {
          // A share is of the breakdown cells it used: say so when they do not hold the level's whole total.
          String coverage = c.inputs().get(BreakdownShare.COVERAGE);
          b.append(indent).append("  ").append(share).append(": ").append(percent(c, rounding))
              .append(coverage == null ? "" : " (" + coverage + ")").append('\n');
        }
      }
    }
    return b.toString();
  }

  private static String money(Optional<Money> m) {
    return m.map(x -> String.format(Locale.ENGLISH, "%,.2f %s", x.amount(), x.currency())).orElse("not reported");
  }

  private static String signed(BigDecimal percent) {
    return (percent.signum() > 0 ? "+" : "") + percent.toPlainString();
  }

  private static String amount(Calculation c) {
    return c.exact().map(v -> String.format(Locale.ENGLISH, "%,.2f %s", v, c.unit()))
        .orElse("undefined (" + c.reason() + ")");
  }

  private static String count(OptionalLong v) {
    return v.isPresent() ? String.format(Locale.ENGLISH, "%,d", v.getAsLong()) : "not reported";
  }

  /** A figure as the summary prints it: the number, the label in quotes in its place, or both. */
  private static String count(Level l, PeopleMetric metric, OptionalLong v) {
    Optional<String> label = l.label(metric);
    if (label.isEmpty()) {
      return count(v);
    }
    String quoted = "\"" + label.get() + "\"";
    return v.isPresent() ? count(v) + " (" + quoted + ")" : quoted;
  }

  private static boolean hasPeopleLabel(Level l) {
    return l.label(PeopleMetric.IN_NEED).isPresent() || l.label(PeopleMetric.TARGETED).isPresent()
        || l.label(PeopleMetric.REACHED).isPresent();
  }

  private static String percent(Calculation c, Rounding rounding) {
    return c.percent(rounding).map(p -> p.toPlainString() + " %").orElse("undefined (" + c.reason() + ")");
  }
}
