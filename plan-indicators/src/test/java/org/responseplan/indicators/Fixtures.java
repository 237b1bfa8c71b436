package org.responseplan.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Code;
import org.responseplan.model.Funding;
import org.responseplan.model.Location;
import org.responseplan.model.Money;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Vocabularies;

/** Small builders and assertions shared by the indicator tests. Every figure is given by the test that uses it. */
final class Fixtures {
  private Fixtures() {}

  static final Code REFUGEES = Code.of(Vocabularies.POPULATION_GROUP, "refugees");
  static final Code HOST = Code.of(Vocabularies.POPULATION_GROUP, "host-community");
  static final Code MIGRANTS = Code.of(Vocabularies.POPULATION_GROUP, "migrants");

  static Money usd(long amount) {
    return Money.of(amount, "USD");
  }

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  static Optional<Money> someUsd(long amount) {
    return Optional.of(usd(amount));
  }

  static Optional<Money> someUsd(String amount) {
    return Optional.of(usd(amount));
  }

  static Funding fundingTotal(Money total) {
    return Funding.ofTotal(total);
  }

  static Code sector(String code) {
    return Code.of(Vocabularies.IASC_CLUSTER, code);
  }

  static Location adm1(String country, String admin1) {
    return Location.builder().country(country).admin1Code(admin1).build();
  }

  /** A cell by location and population group; a null figure is not reported. */
  static PeopleCell cell(Location where, Code group, @Nullable Long inNeed, @Nullable Long targeted,
      @Nullable Long reached) {
    PeopleCell.Builder b = PeopleCell.builder().location(where).populationGroup(group);
    if (inNeed != null) {
      b.inNeed(inNeed);
    }
    if (targeted != null) {
      b.targeted(targeted);
    }
    if (reached != null) {
      b.reached(reached);
    }
    return b.build();
  }

  /** A 5W report with the fields the aggregator groups by; organisations and activity are fixed. */
  static ActivityReport report(String sector, String country, String adm1, String adm2, String group,
      YearMonth month, @Nullable Long newBeneficiaries, @Nullable Long totalMonthly) {
    return ActivityReport.builder()
        .reportingOrganisation("org-a").implementingOrganisation("org-a")
        .sector(sector).activity("activity")
        .location(country, adm1, adm2).populationGroup(group).month(month)
        .newBeneficiaries(newBeneficiaries).totalMonthlyBeneficiaries(totalMonthly)
        .build();
  }

  /** Requirements and funding, by name (each may be not reported). */
  static FundingFigures money(Optional<Money> requirements, Optional<Money> funding) {
    return FundingFigures.builder().requirements(requirements.orElse(null)).funding(funding.orElse(null)).build();
  }

  /** People in need, targeted and reached, by name (each may be not reported). */
  static PeopleFigures people(OptionalLong inNeed, OptionalLong targeted, OptionalLong reached) {
    return PeopleFigures.builder().inNeed(inNeed).targeted(targeted).reached(reached).build();
  }

  /** Numeric equality regardless of scale ({@code 30} equals {@code 3E+1}); fails on null or a non-decimal. */
  static void assertDecimal(String expected, @Nullable Object actual) {
    assertNotNull(actual, () -> "expected " + expected + " but the value is missing");
    assertTrue(actual instanceof BigDecimal, () -> "expected a BigDecimal but was " + actual.getClass());
    BigDecimal a = (BigDecimal) actual;
    assertEquals(0, new BigDecimal(expected).compareTo(a),
        () -> "expected " + expected + " but was " + a.toPlainString());
  }

  /** Equality including the scale: {@code 12.50} is not {@code 12.5}. Used for published (rounded) figures. */
  static void assertScaled(String expected, @Nullable Object actual) {
    assertEquals(new BigDecimal(expected), actual);
  }
}
