package org.responseplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.responseplan.model.validation.Rule;

class MoneyTest {

  @Test
  void equalityIgnoresTheScaleOfTheAmount() {
    Money oneDotZero = Money.of("1.0", "USD");
    Money oneDotZeroZero = Money.of("1.00", "USD");

    assertEquals(oneDotZero, oneDotZeroZero);
    assertEquals(oneDotZero.hashCode(), oneDotZeroZero.hashCode());
  }

  @Test
  void equalAmountsWrittenDifferentlyHaveTheSameHashCode() {
    assertEquals(Money.of("1000", "USD"), new Money(new BigDecimal("1E+3"), "USD"));
    assertEquals(Money.of("1000", "USD").hashCode(), new Money(new BigDecimal("1E+3"), "USD").hashCode());
    assertEquals(Money.zero("USD").hashCode(), Money.of("0.00", "USD").hashCode());
  }

  @Test
  void theAmountKeepsTheScaleItWasGiven() {
    Money m = Money.of("1.50", "USD");
    assertEquals(2, m.amount().scale());
    assertEquals("1.50 USD", m.toString());
  }

  @Test
  void theSameAmountInAnotherCurrencyIsNotEqual() {
    assertNotEquals(Money.of("1", "USD"), Money.of("1", "EUR"));
  }

  @Test
  void differentAmountsAreNotEqual() {
    assertNotEquals(Money.of("1.00", "USD"), Money.of("1.01", "USD"));
  }

  @Test
  void plusAddsExactlyWithoutBinaryRounding() {
    Money sum = Money.of("0.1", "USD").plus(Money.of("0.2", "USD"));
    assertEquals(Money.of("0.3", "USD"), sum);
    assertEquals("0.3 USD", sum.toString());
  }

  @Test
  void plusKeepsTheLargerScale() {
    assertEquals("191672875.50 USD", Money.of("191672875", "USD").plus(Money.of("0.50", "USD")).toString());
  }

  @Test
  void plusAcrossCurrenciesIsMixedCurrency() {
    InvalidPlanException e = assertThrows(InvalidPlanException.class,
        () -> Money.of("10", "USD").plus(Money.of("5", "EUR")));
    assertEquals(Rule.MIXED_CURRENCY, e.rule());
    assertEquals("currency", e.field());
    assertEquals("EUR", e.value());
    assertTrue(e.getMessage().contains("must match USD"), e.getMessage());
  }

  @Test
  void compareToOrdersByAmountIgnoringScale() {
    assertTrue(Money.of("2", "USD").compareTo(Money.of("1.50", "USD")) > 0);
    assertTrue(Money.of("1.49", "USD").compareTo(Money.of("1.5", "USD")) < 0);
    assertEquals(0, Money.of("1.0", "USD").compareTo(Money.of("1.00", "USD")));
  }

  @Test
  void compareToAcrossCurrenciesIsMixedCurrency() {
    InvalidPlanException e = assertThrows(InvalidPlanException.class,
        () -> Money.of("1", "USD").compareTo(Money.of("1", "COP")));
    assertEquals(Rule.MIXED_CURRENCY, e.rule());
    assertEquals("COP", e.value());
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource({
      "1E+3, 1000 USD",
      "1E-6, 0.000001 USD",
      "191672875, 191672875 USD",
      "0.00, 0.00 USD",
  })
  void toStringIsThePlainAmountAndTheCurrency(String amount, String written) {
    assertEquals(written, new Money(new BigDecimal(amount), "USD").toString());
  }

  @Test
  void zeroIsZeroAndOneCentIsNot() {
    assertTrue(Money.zero("EUR").isZero());
    assertTrue(Money.of("0.000", "EUR").isZero());
    assertFalse(Money.of("0.01", "EUR").isZero());
  }

  @Test
  void ofLongAndOfStringAgree() {
    assertEquals(Money.of("250", "USD"), Money.of(250L, "USD"));
  }
}
