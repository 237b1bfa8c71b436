package org.responseplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.responseplan.model.validation.Rule;

/** {@link PeopleMetric#set}: each metric sets its own figure, and only it, on both kinds of builder. */
class PeopleMetricTest {
  @ParameterizedTest
  @EnumSource(PeopleMetric.class)
  void setsOnlyItsOwnFigureOfPeopleFigures(PeopleMetric metric) {
    PeopleFigures.Builder b = PeopleFigures.builder();
    assertSame(b, metric.set(b, 1234), "returns the builder");
    PeopleFigures f = b.build();
    for (PeopleMetric m : PeopleMetric.values()) {
      assertEquals(m == metric ? OptionalLong.of(1234) : OptionalLong.empty(), m.of(f), m.jsonName());
    }
  }

  @ParameterizedTest
  @EnumSource(PeopleMetric.class)
  void setsOnlyItsOwnFigureOfACell(PeopleMetric metric) {
    PeopleCell.Builder b = PeopleCell.builder().sex(Sex.FEMALE);
    PeopleCell c = metric.set(b, 7).build();
    for (PeopleMetric m : PeopleMetric.values()) {
      assertEquals(m == metric ? OptionalLong.of(7) : OptionalLong.empty(), m.of(c), m.jsonName());
    }
  }

  @ParameterizedTest
  @EnumSource(PeopleMetric.class)
  void zeroIsAFigureAndNegativeFailsWhenBuilt(PeopleMetric metric) {
    assertEquals(OptionalLong.of(0), metric.of(metric.set(PeopleFigures.builder(), 0).build()));
    InvalidPlanException e = assertThrows(InvalidPlanException.class,
        () -> metric.set(PeopleFigures.builder(), -1).build());
    assertEquals(Rule.NEGATIVE_COUNT, e.rule());
    assertTrue(e.getMessage().contains(metric.jsonName()), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(PeopleMetric.class)
  void aLaterSetReplacesTheFigure(PeopleMetric metric) {
    PeopleFigures.Builder b = PeopleFigures.builder();
    metric.set(metric.set(b, 5), Long.MAX_VALUE);
    assertEquals(OptionalLong.of(Long.MAX_VALUE), metric.of(b.build()));
  }

  @ParameterizedTest
  @EnumSource(PeopleMetric.class)
  void aLabelBelongsToItsFigureOnlyAndLeavesTheNumberNotReported(PeopleMetric metric) {
    PeopleFigures f = PeopleFigures.builder().label(metric, "At risk communities").build();
    for (PeopleMetric m : PeopleMetric.values()) {
      assertEquals(m == metric ? java.util.Optional.of("At risk communities") : java.util.Optional.empty(), m.label(f),
          m.jsonName());
      assertEquals(OptionalLong.empty(), m.of(f), "a label is never a count: " + m.jsonName());
    }
  }

  @ParameterizedTest
  @EnumSource(PeopleMetric.class)
  void aBlankLabelFailsWhenBuiltNamingItsField(PeopleMetric metric) {
    InvalidPlanException e = assertThrows(InvalidPlanException.class,
        () -> PeopleFigures.builder().label(metric, " ").build());
    assertEquals(Rule.INVALID_VALUE, e.rule());
    assertEquals("labels/" + metric.jsonName(), e.field());
  }

  @org.junit.jupiter.api.Test
  void labelsAreKeptInFigureOrderWhateverOrderTheyWereGivenIn() {
    PeopleFigures f = PeopleFigures.builder()
        .label(PeopleMetric.REACHED, "not yet known")
        .targeted(10)
        .label(PeopleMetric.TARGETED, "At risk communities")
        .label(PeopleMetric.AFFECTED, "whole region")
        .build();
    assertEquals(java.util.List.of(PeopleMetric.AFFECTED, PeopleMetric.TARGETED, PeopleMetric.REACHED),
        java.util.List.copyOf(f.getLabels().keySet()));
    assertEquals(OptionalLong.of(10), PeopleMetric.TARGETED.of(f), "a label beside a number keeps the number");
    assertThrows(UnsupportedOperationException.class, () -> f.getLabels().put(PeopleMetric.IN_NEED, "x"));
    assertEquals(f, PeopleFigures.builder().from(f).build(), "copied with its labels");
  }
}
