package org.responseplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.PlanValidator;
import org.responseplan.model.validation.Rule;

/**
 * Laws of people figures over generated figures: build() accepts exactly the breakdowns whose cells stay within their
 * totals, and the validator reports a breakdown by sex that adds up to more than its total once per such figure.
 */
class PeopleFiguresPropertiesTest {
  /** Far above any real plan, far below where a sum of a few cells could overflow. */
  private static final long MAX_COUNT = 1_000_000_000_000L;

  /** Counts given per metric; the figures not in the map are not reported. */
  record Counts(Map<PeopleMetric, Long> values) implements PeopleCounts {
    static Counts of(PeopleMetric metric, long value) {
      return new Counts(Map.of(metric, value));
    }

    private OptionalLong get(PeopleMetric m) {
      Long v = values.get(m);
      return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    @Override public OptionalLong getTotalPopulation() {
      return get(PeopleMetric.TOTAL_POPULATION);
    }

    @Override public OptionalLong getAffected() {
      return get(PeopleMetric.AFFECTED);
    }

    @Override public OptionalLong getInNeed() {
      return get(PeopleMetric.IN_NEED);
    }

    @Override public OptionalLong getTargeted() {
      return get(PeopleMetric.TARGETED);
    }

    @Override public OptionalLong getExpectedReach() {
      return get(PeopleMetric.EXPECTED_REACH);
    }

    @Override public OptionalLong getReached() {
      return get(PeopleMetric.REACHED);
    }
  }

  // ---- build(): no cell above its total ----

  /** One reported figure: its total and the same figure in each cell (one cell per age band 0-0, 1-1, ...). */
  record OneFigure(PeopleMetric metric, long total, List<Long> cells) {
    PeopleFigures build() {
      PeopleFigures.Builder b = PeopleFigures.builder().from(Counts.of(metric, total));
      for (int i = 0; i < cells.size(); i++) {
        b.addBreakdown(PeopleCell.builder().from(Counts.of(metric, cells.get(i))).ageBand(new AgeBand(i, i)).build());
      }
      return b.build();
    }

    OneFigure withCell(int index, long value) {
      List<Long> changed = new ArrayList<>(cells);
      changed.set(index, value);
      return new OneFigure(metric, total, changed);
    }
  }

  /** A non-negative total and 1 to 6 cells, each between 0 and the total. */
  private static Gen<OneFigure> cellsWithinTotal() {
    return arbitrary().enumValues(PeopleMetric.class)
        .zip(longs().between(0, MAX_COUNT), (metric, total) -> new OneFigure(metric, total, List.of()))
        .flatMap(f -> lists().of(longs().between(0, f.total())).ofSizeBetween(1, 6)
            .map(cells -> new OneFigure(f.metric(), f.total(), cells)));
  }

  /** The same, then one cell raised above the total by 1 to MAX_COUNT; its index is given with it. */
  record Exceeding(OneFigure figure, int index) {}

  private static Gen<Exceeding> oneCellAboveTotal() {
    return cellsWithinTotal().flatMap(f -> integers().between(0, f.cells().size() - 1)
        .zip(longs().between(1, MAX_COUNT), (index, excess) ->
            new Exceeding(f.withCell(index, f.total() + excess), index)));
  }

  @Test
  void cellsWithinTheirTotalAlwaysBuild() {
    qt().forAll(cellsWithinTotal()).checkAssert(f -> {
      PeopleFigures built = f.build();
      assertEquals(OptionalLong.of(f.total()), f.metric().of(built));
      assertEquals(f.cells().size(), built.getBreakdown().size());
      assertEquals(OptionalLong.of(f.cells().get(0)), f.metric().of(built.getBreakdown().get(0)));
    });
  }

  @Test
  void aCellAboveItsTotalNeverBuilds() {
    qt().forAll(oneCellAboveTotal()).checkAssert(e -> {
      InvalidPlanException thrown = assertThrows(InvalidPlanException.class, () -> e.figure().build());
      assertEquals(Rule.CELL_EXCEEDS_TOTAL, thrown.rule());
      assertEquals("breakdown/" + e.index() + "/" + e.figure().metric().jsonName(), thrown.field());
      assertEquals(String.valueOf(e.figure().cells().get(e.index())), thrown.value());
    });
  }

  // ---- validator: breakdown by sex against the total ----

  /** One figure of a breakdown by sex: the total, a cell per sex, and whether the cells add up to more. */
  record SexFigure(long total, List<Long> cells, boolean exceeds) {}

  /** Cells of 0..MAX_COUNT and a total at least their sum: each cell is within the total, and so is the sum. */
  private static Gen<SexFigure> sumWithinTotal(int sexes) {
    return lists().of(longs().between(0, MAX_COUNT)).ofSize(sexes)
        .flatMap(cells -> longs().between(0, MAX_COUNT).map(slack -> new SexFigure(sum(cells) + slack, cells, false)));
  }

  /** At least two cells of 1..MAX_COUNT and a total from the largest cell to one below their sum. */
  private static Gen<SexFigure> sumAboveTotal(int sexes) {
    return lists().of(longs().between(1, MAX_COUNT)).ofSize(sexes)
        .flatMap(cells -> longs().between(Collections.max(cells), sum(cells) - 1)
            .map(total -> new SexFigure(total, cells, true)));
  }

  private static long sum(List<Long> cells) {
    return cells.stream().mapToLong(Long::longValue).sum();
  }

  /** Six figures (by PeopleMetric ordinal), each not reported, within its total or above it. */
  record SexBreakdown(int sexes, List<Optional<SexFigure>> figures) {
    PeopleFigures build() {
      Map<PeopleMetric, Long> totals = new EnumMap<>(PeopleMetric.class);
      List<Map<PeopleMetric, Long>> cells = new ArrayList<>();
      for (int s = 0; s < sexes; s++) {
        cells.add(new EnumMap<>(PeopleMetric.class));
      }
      for (PeopleMetric m : PeopleMetric.values()) {
        Optional<SexFigure> f = figures.get(m.ordinal());
        if (f.isPresent()) {
          totals.put(m, f.get().total());
          for (int s = 0; s < sexes; s++) {
            cells.get(s).put(m, f.get().cells().get(s));
          }
        }
      }
      PeopleFigures.Builder b = PeopleFigures.builder().from(new Counts(totals));
      for (int s = 0; s < sexes; s++) {
        b.addBreakdown(PeopleCell.builder().from(new Counts(cells.get(s))).sex(Sex.values()[s]).build());
      }
      return b.build();
    }

    /** The pointers where the validator must report the sum: one per figure whose cells exceed it. */
    List<String> exceededPointers() {
      List<String> pointers = new ArrayList<>();
      for (PeopleMetric m : PeopleMetric.values()) {
        if (figures.get(m.ordinal()).map(SexFigure::exceeds).orElse(false)) {
          pointers.add("/people/" + m.jsonName());
        }
      }
      return pointers;
    }
  }

  private static Gen<SexBreakdown> breakdownsBySex(int minSexes, boolean someMayExceed) {
    return integers().between(minSexes, Sex.values().length).flatMap(sexes -> {
      Gen<SexFigure> figure = someMayExceed
          ? sumWithinTotal(sexes).mix(sumAboveTotal(sexes), 50)
          : sumWithinTotal(sexes);
      return lists().of(figure.toOptionals(30)).ofSize(PeopleMetric.values().length)
          .map(figures -> new SexBreakdown(sexes, figures));
    });
  }

  private static List<Finding> sumFindings(PeopleFigures people) {
    Plan plan = Plan.builder().id("p").name("Plan").people(people).build();
    return PlanValidator.create().validate(plan).of(Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL);
  }

  @Test
  void cellsBySexAddingUpToAtMostTheTotalNeverExceedIt() {
    qt().forAll(breakdownsBySex(1, false)).checkAssert(b ->
        assertEquals(List.of(), sumFindings(b.build())));
  }

  @Test
  void cellsBySexAddingUpToMoreThanTheTotalAreReportedOncePerFigure() {
    qt().forAll(breakdownsBySex(2, true)).checkAssert(b -> {
      PeopleFigures people = b.build();
      List<Finding> findings = sumFindings(people);
      assertEquals(b.exceededPointers(), findings.stream().map(Finding::path).toList());
      for (Finding f : findings) {
        PeopleMetric m = metricAt(f.path());
        assertEquals(String.valueOf(m.of(people).getAsLong()), f.value());
      }
    });
  }

  private static PeopleMetric metricAt(String pointer) {
    for (PeopleMetric m : PeopleMetric.values()) {
      if (pointer.equals("/people/" + m.jsonName())) {
        return m;
      }
    }
    throw new AssertionError("not a people figure: " + pointer);
  }
}
