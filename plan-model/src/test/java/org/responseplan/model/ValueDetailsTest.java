package org.responseplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.JsonPointer;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;
import org.responseplan.model.validation.ValidationReport;

/** The small contracts of the value types and report helpers that other modules rely on. */
class ValueDetailsTest {
  private static Finding finding(Rule rule, Severity severity, String path) {
    return new Finding(rule, severity, path, "v", "m", 0, 0);
  }

  @Test
  void aReportCountsAndFiltersBySeverityAndRule() {
    Finding error = finding(Rule.NEGATIVE_COUNT, Severity.ERROR, "/a");
    Finding warning = finding(Rule.MIXED_CURRENCY, Severity.WARNING, "/b");
    Finding info = finding(Rule.NEGATIVE_AMOUNT, Severity.INFO, "/c");
    ValidationReport report = ValidationReport.of(List.of(warning, error, info));
    assertEquals(List.of(error), report.errors());
    assertEquals(List.of(warning), report.warnings());
    assertEquals(1, report.errorCount());
    assertEquals(1, report.warningCount());
    assertFalse(report.isValid());
    assertTrue(report.has(Rule.MIXED_CURRENCY));
    assertFalse(report.has(Rule.DUPLICATE_ID));
    assertEquals(List.of(info), report.of(Rule.NEGATIVE_AMOUNT));
    assertEquals(List.of(), report.of(Rule.DUPLICATE_ID));
    assertEquals("warning mixed-currency at /b: m\nerror negative-count at /a: m\ninfo negative-amount at /c: m\n"
        + "1 error(s), 1 warning(s), 1 info(s)\n", report.toText());

    ValidationReport quiet = ValidationReport.of(List.of(warning, info));
    assertTrue(quiet.isValid());
    assertEquals(List.of(), quiet.errors());
    assertEquals(0, quiet.errorCount());
    assertEquals("0 error(s), 0 warning(s), 0 info(s)\n", ValidationReport.of(List.of()).toText());
  }

  @Test
  void aFindingNamesItsPlaceAndLineOnlyWhenKnown() {
    Finding f = finding(Rule.NEGATIVE_COUNT, Severity.ERROR, "");
    assertEquals("error negative-count at /: m", f.toString());
    assertEquals("error negative-count at / (line 3, column 7): m", f.at(3, 7).toString());
    assertEquals(Severity.WARNING, f.withSeverity(Severity.WARNING).severity());
  }

  @Test
  void pointerTokensAreEscapedAsRfc6901Says() {
    assertEquals("/objectives/2", JsonPointer.append("/objectives", 2));
    assertEquals("/a", JsonPointer.append("", "a"));
    assertEquals("/x/a~1b", JsonPointer.append("/x", "a/b"));
    assertEquals("/x/a~0b", JsonPointer.append("/x", "a~b"));
    assertEquals("/x/~01~1", JsonPointer.append("/x", "~1/"));
  }

  @Test
  void rawStringsAreEscapedTheWayTheReaderKeepsThem() {
    assertEquals("\"plain\"", RawJson.string("plain").json());
    assertEquals("\"q\\\"b\\\\n\\nr\\rt\\tb\\bf\\f\"", RawJson.string("q\"b\\n\nr\rt\tb\bf\f").json());
    assertEquals("\"\\u0001\\u001F \u00e9\"", RawJson.string("\u0001\u001f \u00e9").json());
    assertEquals("[1]", RawJson.of("[1]").toString());
  }

  @Test
  void aLocationIsWithinTheSameOrAWiderPlace() {
    Location country = Location.country("COL");
    Location admin1 = Location.builder().country("COL").admin1Code("CO11").build();
    Location admin2 = Location.builder().country("COL").admin1Code("CO11").admin2Code("CO11001").build();
    Location otherAdmin1 = Location.builder().country("COL").admin1Code("CO05").build();
    Location otherAdmin2 = Location.builder().country("COL").admin1Code("CO11").admin2Code("CO11002").build();
    assertTrue(admin2.isWithin(admin2));
    assertTrue(admin2.isWithin(admin1));
    assertTrue(admin2.isWithin(country));
    assertTrue(admin1.isWithin(country));
    assertFalse(country.isWithin(admin1));
    assertFalse(admin1.isWithin(otherAdmin1));
    assertFalse(admin2.isWithin(otherAdmin2));
    assertFalse(admin1.isWithin(admin2));
    assertFalse(admin1.isWithin(Location.country("PER")));
    assertEquals("COL", country.toString());
    assertEquals("COL/CO11/CO11001", admin2.toString());
  }

  @Test
  void currencyCodesAreThreeCapitalLettersThatIso4217Defines() {
    assertTrue(Money.isIsoCurrency("USD"));
    for (String bad : List.of("US", "USDD", "usd", "@SD", "[SD", "U@D", "US[", "`SD", "{SD", "QQQ")) {
      assertFalse(Money.isIsoCurrency(bad), bad);
    }
    assertTrue(Money.isIsoCurrency("XAF"));
    assertTrue(Money.isIsoCurrency("ZAR"));
  }

  @Test
  void equalAmountsHashAlikeWhateverTheirScale() {
    assertEquals(Money.of("100", "USD"), Money.of("100.00", "USD"));
    assertEquals(Money.of("100", "USD").hashCode(), Money.of("100.00", "USD").hashCode());
    assertNotEquals(Money.of("100", "USD").hashCode(), Money.of("100", "EUR").hashCode());
    assertNotEquals(Money.of("100", "USD").hashCode(), Money.of("101", "USD").hashCode());
    assertEquals("100.50 USD", Money.of("100.50", "USD").toString());
    assertTrue(Money.zero("EUR").isZero());
    assertFalse(Money.of("0.01", "EUR").isZero());
  }
}
