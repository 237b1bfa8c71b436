package org.responseplan.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.responseplan.imports.SourceValues.Kind;
import org.responseplan.imports.SourceValues.Result;
import org.responseplan.model.validation.Rule;

/** The shared value rules (docs/formats/values.md), case by case and as properties. */
class SourceValuesTest {
  private static TrickyCounts.Outcome outcome(Result<Long> r) {
    if (r.problem() != null) {
      return TrickyCounts.Outcome.problem(r.problem().rule().code());
    }
    return r.value() == null ? TrickyCounts.Outcome.blank() : TrickyCounts.Outcome.count(r.value());
  }

  @Test
  void everyTrickyCountReadsAsTheTableSays() {
    for (TrickyCounts.Case c : TrickyCounts.CASES) {
      assertEquals(c.expected(), outcome(SourceValues.count(c.input())), "\"" + c.input() + "\"");
    }
  }

  @Test
  void problemsTellFractionsNegativesAndRangeApart() {
    assertEquals(Kind.FRACTIONAL, SourceValues.count("1.5").problem().kind());
    assertEquals(Kind.FRACTIONAL, SourceValues.count("-1.5").problem().kind());
    assertEquals(new BigDecimal("2114.982659"), SourceValues.count("2114.982659").problem().number());
    assertEquals("a whole number of people", SourceValues.count("1.5").problem().expected());
    assertEquals(Kind.NEGATIVE, SourceValues.count("-1,234").problem().kind());
    assertEquals(Rule.NEGATIVE_COUNT, SourceValues.count("-1,234").problem().rule());
    assertEquals("-1234", SourceValues.count("-1,234").problem().number().toPlainString());
    assertEquals(Kind.TOO_LARGE, SourceValues.count("9223372036854775808").problem().kind());
    assertEquals(Rule.INVALID_VALUE, SourceValues.count("9223372036854775808").problem().rule());
    assertEquals(Kind.INVALID, SourceValues.count("1,23").problem().kind());
    assertNull(SourceValues.count("1,23").problem().number());
    assertEquals(SourceValues.COUNT_EXPECTED, SourceValues.count("abc").problem().expected());
  }

  @Test
  void jsonNumbersFollowTheSameRuleAsText() {
    assertEquals(1L, SourceValues.count(new BigDecimal("1.0")).value());
    assertEquals(100000L, SourceValues.count(new BigDecimal("1E+5")).value());
    assertEquals(Kind.FRACTIONAL, SourceValues.count(new BigDecimal("1.5")).problem().kind());
    assertEquals(Kind.NEGATIVE, SourceValues.count(new BigDecimal("-5")).problem().kind());
    assertEquals(0L, SourceValues.count(new BigDecimal("0E+3")).value());
  }

  @Test
  void blankIsNotReportedAndNeverZero() {
    for (String blank : List.of("", " ", "\t\n")) {
      Result<Long> r = SourceValues.count(blank);
      assertTrue(r.isBlank());
      assertFalse(r.isProblem());
      assertTrue(r.optional().isEmpty());
      assertTrue(SourceValues.decimal(blank).isBlank());
      assertTrue(SourceValues.date(blank).isBlank());
      assertTrue(SourceValues.month(blank).isBlank());
    }
  }

  @Test
  void decimalsAreExactAndBounded() {
    assertEquals(new BigDecimal("12.50"), SourceValues.decimal(" 12.50 ").value());
    assertEquals(new BigDecimal("1200"), SourceValues.decimal("1,200").value());
    assertEquals(0, new BigDecimal("12000000").compareTo(SourceValues.decimal("1.2E+07").value()));
    assertEquals(new BigDecimal("-12.5"), SourceValues.decimal("-12.5").value());
    String forty = "9".repeat(40);
    assertEquals(new BigDecimal(forty + "." + forty), SourceValues.decimal(forty + "." + forty).value());
    for (String bad : List.of("9".repeat(41), "0." + "0".repeat(40) + "1", "1e41", "1e-41", "1,23", "1.", ".5",
        "12,5", "$12", "12 USD", "NaN")) {
      Result<BigDecimal> r = SourceValues.decimal(bad);
      assertEquals(Rule.INVALID_VALUE, r.problem() == null ? null : r.problem().rule(), bad);
    }
    assertEquals(SourceValues.DIGITS_EXPECTED, SourceValues.decimal("1e41").problem().expected());
    assertEquals(SourceValues.NUMBER_EXPECTED, SourceValues.decimal("12,5").problem().expected());
    assertTrue(SourceValues.decimal(new BigDecimal("1E+41")).isProblem());
    assertEquals(new BigDecimal("0.125"), SourceValues.decimal("0.125").value());
    assertEquals(SourceValues.NUMBER_EXPECTED, SourceValues.decimal("0,125").problem().expected(),
        "a decimal comma is not a thousands separator");
  }

  @Test
  void textsThatOtherCountriesWriteAreNeverGuessed() {
    assertEquals(7L, SourceValues.count("007").value(), "leading zeros of plain digits");
    assertEquals(1000L, SourceValues.count("1,000.000").value(), "after commas, the point is a decimal point");
    assertEquals(1000L, SourceValues.count("1000.000").value(), "four digits before the point: not a separator");
    assertEquals(0L, SourceValues.count("0.000").value(), "zero either way");
    for (String s : List.of("1.000", "12.000", "999.000", "+1.000", "-1.000")) {
      Result<Long> r = SourceValues.count(s);
      assertEquals(Kind.INVALID, r.problem() == null ? null : r.problem().kind(), s);
      assertEquals(SourceValues.POINT_THOUSANDS_EXPECTED, r.problem().expected(), s);
    }
    assertEquals(1L, SourceValues.count(new BigDecimal("1.000")).value(), "a JSON number has no separators");
    for (String s : List.of("0,125", "0,500", "-0,125", "00,125", "1.500.000", "1\u00A0234", "1\u202F234",
        "\u00A01234", "\uFF11\uFF12\uFF13", "1".repeat(121))) {
      Result<Long> r = SourceValues.count(s);
      assertEquals(SourceValues.COUNT_EXPECTED, r.problem() == null ? null : r.problem().expected(), s);
    }
    assertEquals(Kind.TOO_LARGE, SourceValues.count("1".repeat(120)).problem().kind());
  }

  @Test
  void dates() {
    LocalDate jan31 = LocalDate.of(2020, 1, 31);
    for (String s : List.of("2020-01-31", " 2020-01-31 ", "2020-01-31T00:00:00Z", "2020-01-31T10:00:00.000+02:00",
        "2020-01-31 10:00", "31/01/2020")) {
      assertEquals(jan31, SourceValues.date(s).value(), s);
    }
    assertEquals(LocalDate.of(2024, 12, 17), SourceValues.date("17/12/2024").value());
    assertEquals(LocalDate.of(2020, 3, 2), SourceValues.date("02/03/2020").value(), "day first");
    for (String s : List.of("2020-02-30", "31/02/2020", "2020-1-5", "2020/01/31", "1/2/2020", "01/31/2020",
        "Jan 31, 2020", "+12020-01-01", "2020-01-31Tnoon")) {
      assertEquals(Kind.INVALID, SourceValues.date(s).problem() == null ? null : SourceValues.date(s).problem().kind(),
          s);
    }
  }

  @Test
  void months() {
    YearMonth march = YearMonth.of(2022, 3);
    for (String s : List.of("2022-03", "2022-3", " 2022-03 ", "2022-03-31", "2022-03-01T10:00",
        "2022-03-01 00:00:00")) {
      assertEquals(march, SourceValues.month(s).value(), s);
    }
    for (String s : List.of("2022-13", "2022-00", "2022-02-30", "99999-01", "03/2022", "1 March 2015", "March",
        "2022-0a", "2022-03-01Tnoon", "2022-03-01 garbage", "2022-03-1", "2024/01", "Jan-2024", "01-2024",
        "\uFF12\uFF10\uFF12\uFF12-03")) {
      assertEquals(SourceValues.MONTH_EXPECTED, SourceValues.month(s).problem() == null ? null
          : SourceValues.month(s).problem().expected(), s);
    }
  }

  @Test
  void kebabCodesAndCountries() {
    assertEquals("caseload-custom-ref", SourceValues.kebab("caseloadCustomRef"));
    assertEquals("is-for-hpc-projects", SourceValues.kebab("isForHPCProjects"));
    assertEquals("hpc-id", SourceValues.kebab("HPCId"));
    assertEquals("percent-funded", SourceValues.kebab("percent_funded"));
    assertEquals("plan-type-group", SourceValues.kebab("planType.group"));
    assertEquals("iso3", SourceValues.kebab("iso3"));
    assertEquals("a-b", SourceValues.kebab("a__b-"));
    assertEquals("field", SourceValues.kebab(""));
    assertEquals("field", SourceValues.kebab("__"));
    assertEquals("not-specified", SourceValues.code("Not specified"));
    assertEquals("food-security", SourceValues.code("Food Security"));
    assertEquals("and-2", SourceValues.code("\u00d1and\u00fa 2"));
    assertEquals("unnamed", SourceValues.code("\u00bf?"));
    assertTrue(SourceValues.isCountry("COL"));
    assertTrue(SourceValues.isCountry("XKX"));
    assertFalse(SourceValues.isCountry("col"));
    assertFalse(SourceValues.isCountry("XXX"));
    assertFalse(SourceValues.isCountry("CO"));
  }

  @Test
  void anyCountWrittenPlainlyWithSeparatorsOrAsAWholeDecimalReadsBackToItself() {
    qt().forAll(longs().between(0, Long.MAX_VALUE), integers().between(0, 3)).checkAssert((n, zeros) -> {
      assertEquals(n, SourceValues.count(Long.toString(n)).value());
      assertEquals(n, SourceValues.count(String.format(java.util.Locale.ROOT, "%,d", n)).value());
      assertEquals(n, SourceValues.count(n + "." + "0".repeat(zeros + 1)).value());
      assertEquals(n, SourceValues.count(" " + n + " ").value());
      assertEquals(n, SourceValues.count(new BigDecimal(n).setScale(zeros)).value());
    });
  }

  @Test
  void anyCountInExponentFormReadsBackToItself() {
    qt().forAll(longs().between(0, 999_999_999L), integers().between(0, 9)).checkAssert((n, exp) -> {
      String written = new BigDecimal(n).scaleByPowerOfTen(-3).toString() + "E+" + (exp + 3);
      long expected = new BigDecimal(n).scaleByPowerOfTen(exp).longValueExact();
      assertEquals(expected, SourceValues.count(written).value(), written);
    });
  }

  @Test
  void anyNegativeIsNegativeAndAnyFractionIsFractional() {
    qt().forAll(longs().between(1, Long.MAX_VALUE), integers().between(1, 9)).checkAssert((n, d) -> {
      assertEquals(Kind.NEGATIVE, SourceValues.count("-" + n).problem().kind());
      assertEquals(Kind.FRACTIONAL, SourceValues.count(n + "." + d).problem().kind());
      assertEquals(Kind.FRACTIONAL, SourceValues.count("-" + n + "." + d).problem().kind());
    });
  }

  @Test
  void anyDecimalWrittenPlainlyOrWithSeparatorsReadsBackExactly() {
    qt().forAll(longs().between(Long.MIN_VALUE + 1, Long.MAX_VALUE), integers().between(0, 6)).checkAssert(
        (unscaled, scale) -> {
          BigDecimal d = BigDecimal.valueOf(unscaled, scale);
          assertEquals(d, SourceValues.decimal(d.toPlainString()).value());
          String grouped = String.format(java.util.Locale.ROOT, "%,." + scale + "f", d);
          assertEquals(d, SourceValues.decimal(grouped).value(), grouped);
          assertEquals(0, d.compareTo(SourceValues.decimal(d.toString()).value()), d.toString());
        });
  }
}
