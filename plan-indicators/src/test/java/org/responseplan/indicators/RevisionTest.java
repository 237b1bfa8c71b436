package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.indicators.Fixtures.usd;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.responseplan.model.Code;
import org.responseplan.model.Money;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;

/** The relative change of a figure between two versions, and the revision of requirements. */
class RevisionTest {
  @Test
  void theChangeIsAfterMinusBeforeOverBefore() {
    Calculation c = Calculators.relativeChange(Revision.from(usd(128_450_000)).to(usd(140_000_000)));
    assertEquals(new BigDecimal("8.99"), c.percent(Rounding.FTS).orElseThrow());
    assertEquals("(after - before) / before", c.formula());
    assertEquals("140000000 USD", c.inputs().get("after"));
    Calculation down = Calculators.relativeChange(Revision.from(new BigDecimal("200")).to(new BigDecimal("150")));
    assertEquals(new BigDecimal("-25.00"), down.percent(Rounding.FTS).orElseThrow());
  }

  @Test
  void undefinedForNothingReportedZeroOrAnotherCurrency() {
    assertEquals(Optional.of(Undefined.DENOMINATOR_NOT_REPORTED),
        Calculators.relativeChange(Revision.from(Optional.empty()).to(usd(1))).reasonCode());
    assertEquals(Optional.of(Undefined.NUMERATOR_NOT_REPORTED),
        Calculators.relativeChange(Revision.from(usd(1)).to(Optional.empty())).reasonCode());
    assertEquals(Optional.of(Undefined.DENOMINATOR_ZERO),
        Calculators.relativeChange(Revision.from(Money.zero("USD")).to(usd(5))).reasonCode());
    Revision eur = Revision.from(usd(1)).to(Money.of(1, "EUR"));
    assertFalse(eur.isComparable());
    assertEquals(Optional.of(Undefined.CURRENCIES_DIFFER), Calculators.relativeChange(eur).reasonCode());
  }

  @Test
  void requirementsOfAPlanAndASectorGoFromOriginalToRevised() {
    Plan plan = Plan.builder().id("p").name("P").requirements(usd(1_131_050_820L))
        .originalRequirements(usd(732_600_000L)).build();
    Revision r = Revision.of(plan);
    assertTrue(r.isComparable());
    assertEquals(Optional.of(new BigDecimal("732600000")), r.before());
    assertEquals("USD", r.unit());
    assertEquals(new BigDecimal("54.39"), Calculators.relativeChange(r).percent(Rounding.FTS).orElseThrow());
    Sector added = Sector.builder().id("s").code(Code.of("iasc-cluster", "HEA")).requirements(usd(5)).build();
    assertTrue(Revision.of(added).before().isEmpty(), "added in a revision: no original, never 0");
  }
}
