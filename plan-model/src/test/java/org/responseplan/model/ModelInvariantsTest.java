package org.responseplan.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.responseplan.model.validation.Rule;

/** Impossible states fail in build() (or in a record's constructor) with an InvalidPlanException that says why. */
class ModelInvariantsTest {

  /** Asserts that {@code building} fails with {@code rule}, {@code field} and {@code value}, and that the message
   *  names the rule, the field and the value. */
  private static InvalidPlanException assertInvalid(Rule rule, String field, String value, Executable building) {
    InvalidPlanException e = assertThrows(InvalidPlanException.class, building);
    assertEquals(rule, e.rule(), e::getMessage);
    assertEquals(field, e.field(), e::getMessage);
    assertEquals(value, e.value(), e::getMessage);
    assertTrue(e.getMessage().startsWith(rule.code() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(field.isEmpty() ? "value" : field), e.getMessage());
    assertTrue(e.getMessage().endsWith("but was: " + value), e.getMessage());
    return e;
  }

  @Nested
  class PeopleFiguresAndCells {
    @Test
    void aNegativeTotalIsANegativeCountNamingTheFigure() {
      assertInvalid(Rule.NEGATIVE_COUNT, "inNeed", "-5",
          () -> PeopleFigures.builder().targeted(10).inNeed(-5).build());
    }

    @Test
    void aNegativeCellFigureIsANegativeCountNamingTheFigure() {
      assertInvalid(Rule.NEGATIVE_COUNT, "reached", "-1",
          () -> PeopleCell.builder().sex(Sex.FEMALE).targeted(3).reached(-1).build());
    }

    @Test
    void aCellAboveItsTotalIsCellExceedsTotalAtTheCellsFigure() {
      InvalidPlanException e = assertInvalid(Rule.CELL_EXCEEDS_TOTAL, "breakdown/1/targeted", "101",
          () -> PeopleFigures.builder()
              .targeted(100)
              .addBreakdown(PeopleCell.builder().sex(Sex.FEMALE).targeted(60).build())
              .addBreakdown(PeopleCell.builder().sex(Sex.MALE).targeted(101).build())
              .build());
      assertTrue(e.getMessage().contains("total targeted of 100"), e.getMessage());
      assertArrayEquals(new Object[] {100L}, e.details());
    }

    @Test
    void aCellIsComparedWithTheTotalOfTheSameFigureOnly() {
      // 700 in need in the cell is above the 600 targeted in total, but the total in need is 900: nothing wrong.
      PeopleFigures p = PeopleFigures.builder()
          .inNeed(900).targeted(600)
          .addBreakdown(PeopleCell.builder().sex(Sex.FEMALE).inNeed(700).targeted(100).build())
          .build();
      assertEquals(OptionalLong.of(700), p.getBreakdown().get(0).getInNeed());
    }

    @Test
    void aCellWithoutAnyDimensionIsRejected() {
      assertInvalid(Rule.CELL_WITHOUT_DIMENSION, "", "{}", () -> PeopleCell.builder().inNeed(5).build());
    }

    @Test
    void zeroCountsAreValidAndMeanNone() {
      PeopleFigures none = PeopleFigures.builder()
          .inNeed(0).targeted(0).reached(0)
          .addBreakdown(PeopleCell.builder().sex(Sex.OTHER).inNeed(0).build())
          .build();
      assertEquals(OptionalLong.of(0), none.getInNeed());
      assertEquals(OptionalLong.of(0), none.getBreakdown().get(0).getInNeed());
      assertFalse(none.isEmpty());
    }

    @Test
    void aCellEqualToItsTotalIsValid() {
      PeopleFigures p = PeopleFigures.builder()
          .targeted(250)
          .addBreakdown(PeopleCell.builder().ageBand(AgeBand.CHILDREN).targeted(250).build())
          .build();
      assertEquals(OptionalLong.of(250), p.getBreakdown().get(0).getTargeted());
    }

    @Test
    void aFigureNotReportedStaysEmptyAndDiffersFromZero() {
      PeopleFigures onlyInNeed = PeopleFigures.builder().inNeed(1200).build();
      PeopleFigures noneTargeted = PeopleFigures.builder().inNeed(1200).targeted(0).build();

      assertFalse(onlyInNeed.getTargeted().isPresent());
      assertEquals(OptionalLong.of(0), noneTargeted.getTargeted());
      assertNotEquals(onlyInNeed, noneTargeted);
    }

    @Test
    void aFigureWithNothingReportedIsEmpty() {
      assertTrue(PeopleFigures.builder().build().isEmpty());
    }
  }

  @Nested
  class Periods {
    @Test
    void anEndBeforeTheStartIsPeriodOrderNamingTheEnd() {
      InvalidPlanException e = assertInvalid(Rule.PERIOD_ORDER, "end", "2022-02-28",
          () -> Period.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 2, 28)));
      assertTrue(e.getMessage().contains("start 2022-03-01"), e.getMessage());
      assertArrayEquals(new Object[] {LocalDate.of(2022, 3, 1)}, e.details());
    }

    @Test
    void aOneDayPeriodIsValidAndContainsItself() {
      LocalDate day = LocalDate.of(2022, 6, 15);
      Period oneDay = Period.of(day, day);
      assertEquals(day, oneDay.start());
      assertEquals(day, oneDay.end());
      assertTrue(oneDay.contains(oneDay));
    }

    @Test
    void aMonthEndsOnItsLastDayIncludingLeapFebruary() {
      assertEquals(LocalDate.of(2024, 2, 29), Period.month(2024, 2).end());
      assertEquals(LocalDate.of(2022, 12, 31), Period.year(2022).end());
    }
  }

  @Nested
  class Amounts {
    @Test
    void aNegativeAmountIsNegativeAmountWrittenPlainly() {
      assertInvalid(Rule.NEGATIVE_AMOUNT, "amount", "-0.01", () -> Money.of("-0.01", "USD"));
      assertInvalid(Rule.NEGATIVE_AMOUNT, "amount", "-1000", () -> new Money(new BigDecimal("-1E+3"), "USD"));
    }

    @ParameterizedTest(name = "\"{0}\" is not a currency")
    @ValueSource(strings = {"usd", "XXX1", "ABC", "US", "", "U$D"})
    void aCodeThatIsNotIso4217IsAnInvalidCurrency(String currency) {
      assertInvalid(Rule.INVALID_CURRENCY, "currency", currency, () -> Money.of("10", currency));
    }

    @ParameterizedTest(name = "\"{0}\" is a currency")
    @ValueSource(strings = {"USD", "EUR", "COP", "XXX"})
    void anIso4217CodeIsAccepted(String currency) {
      // XXX ("no currency") is in ISO 4217, and java.util.Currency knows it.
      assertEquals(currency, Money.of("10", currency).currency());
      assertTrue(Money.isIsoCurrency(currency));
    }

    @Test
    void theCurrencyIsCheckedBeforeTheSign() {
      assertInvalid(Rule.INVALID_CURRENCY, "currency", "usd", () -> Money.of("-1", "usd"));
    }

    @Test
    void zeroMoneyIsValid() {
      Money zero = Money.zero("USD");
      assertTrue(zero.isZero());
      assertEquals(Money.of("0.00", "USD"), zero);
    }
  }

  @Nested
  class AgeBands {
    @ParameterizedTest(name = "\"{0}\" is not an age band")
    @CsvSource({
        "17-0, 17-0",
        "abc, abc",
        "0-, 0-",
        "+, +",
        "-5-3, -5-3",
        "18-151, 18-151",
    })
    void aMalformedOrImpossibleBandIsAnInvalidValue(String text, String reportedValue) {
      assertInvalid(Rule.INVALID_VALUE, "ageBand", reportedValue, () -> AgeBand.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" starts outside 0..150")
    @ValueSource(strings = {"-1+", "151+"})
    void anOpenBandStartingOutsideZeroTo150IsAnInvalidValue(String text) {
      InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> AgeBand.parse(text));
      assertEquals(Rule.INVALID_VALUE, e.rule());
      assertEquals("ageBand", e.field());
      assertTrue(e.getMessage().startsWith("invalid-value: ageBand must be written as from-to"), e.getMessage());
      assertTrue(e.getMessage().endsWith("but was: " + text), e.getMessage());
    }

    @Test
    void aRejectedBandReportsTheTextAsWritten() {
      assertInvalid(Rule.INVALID_VALUE, "ageBand", "-1+", () -> AgeBand.parse("-1+"));
      assertInvalid(Rule.INVALID_VALUE, "ageBand", "151+", () -> AgeBand.parse("151+"));
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}+{2}")
    @CsvSource({
        "0-17, 0, 17",
        "18-59, 18, 59",
        "5-5, 5, 5",
        "0-150, 0, 150",
    })
    void aClosedBandParsesAndIsWrittenBackTheSame(String text, int from, int to) {
      AgeBand band = AgeBand.parse(text);
      assertEquals(new AgeBand(from, to), band);
      assertEquals(text, band.toString());
    }

    @Test
    void anOpenBandHasNoEnd() {
      AgeBand band = AgeBand.parse("60+");
      assertEquals(60, band.fromYears());
      assertNull(band.toYears());
      assertFalse(band.to().isPresent());
      assertEquals("60+", band.toString());
      assertEquals(AgeBand.CHILDREN, AgeBand.parse("0-17"));
      assertEquals(AgeBand.ADULTS, AgeBand.parse("18+"));
    }
  }

  @Nested
  class RequiredAttributes {
    @Test
    void aPlanWithoutNameCannotBeBuilt() {
      InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> Plan.builder().id("x").build());
      assertEquals(Rule.REQUIRED_FIELD, e.rule());
      assertNull(e.value());
      assertTrue(e.getMessage().contains("[name]"), e.getMessage());
    }

    @Test
    void aSectorWithoutCodeCannotBeBuilt() {
      InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> Sector.builder().id("s").build());
      assertEquals(Rule.REQUIRED_FIELD, e.rule());
      assertTrue(e.getMessage().contains("[code]"), e.getMessage());
    }

    @Test
    void aContributionWithoutDonorOrAmountNamesBoth() {
      InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> Contribution.builder().build());
      assertEquals(Rule.REQUIRED_FIELD, e.rule());
      assertTrue(e.getMessage().contains("donor"), e.getMessage());
      assertTrue(e.getMessage().contains("amount"), e.getMessage());
    }
  }
}
