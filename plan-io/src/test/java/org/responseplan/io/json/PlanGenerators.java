package org.responseplan.io.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.responseplan.model.Activity;
import org.responseplan.model.AgeBand;
import org.responseplan.model.AggregationRule;
import org.responseplan.model.Code;
import org.responseplan.model.Contribution;
import org.responseplan.model.ContributionStatus;
import org.responseplan.model.Funding;
import org.responseplan.model.Indicator;
import org.responseplan.model.Location;
import org.responseplan.model.Measurement;
import org.responseplan.model.Modality;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;
import org.responseplan.model.Vocabulary;

/**
 * QuickTheories generators of buildable plans: every part of the model appears, with text of any Unicode character
 * (outside surrogates), amounts of any scale, and extensions in the compact form the reader produces.
 */
final class PlanGenerators {
  private PlanGenerators() {}

  private static final Gen<String> TEXT = strings().betweenCodePoints(1, 0xD7FF).ofLengthBetween(1, 24);
  private static final Gen<String> ID = strings().basicLatinAlphabet().ofLengthBetween(1, 8);
  private static final Gen<Integer> SMALL = integers().between(0, 3);
  private static final Gen<Long> COUNT = longs().between(0, 50_000_000L);
  private static final List<String> COUNTRIES = List.of("COL", "PER", "ECU", "BRA", "ABW", "CUW");
  private static final List<String> CURRENCIES = List.of("USD", "EUR", "COP");

  static Gen<Plan> plans() {
    return PlanGenerators::plan;
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(integers().between(0, values.size() - 1).generate(in));
  }

  private static boolean flip(RandomnessSource in) {
    return integers().between(0, 1).generate(in) == 1;
  }

  private static Plan plan(RandomnessSource in) {
    String currency = pick(in, CURRENCIES);
    Plan.Builder b = Plan.builder().id(ID.generate(in)).name(TEXT.generate(in));
    if (flip(in)) {
      b.code(ID.generate(in)).vision(TEXT.generate(in)).planType(Code.of("plan-type", "hrp"));
    }
    int year = integers().between(1990, 2100).generate(in);
    b.period(Period.year(year)).lastUpdated(LocalDate.of(year, 1, 13)).figuresAsOf(LocalDate.of(year - 1, 12, 31));
    b.addAppealingOrganisations(TEXT.generate(in));
    for (int i = 0, n = SMALL.generate(in); i < n; i++) {
      b.addOperationalPresence(location(in));
    }
    money(in, currency).ifPresent(b::requirements);
    money(in, currency).ifPresent(b::originalRequirements);
    people(in).ifPresent(b::people);
    funding(in, currency).ifPresent(b::funding);
    for (int i = 0, n = SMALL.generate(in); i < n; i++) {
      b.addObjectives(objective(in, currency, i));
    }
    if (flip(in)) {
      b.addSectors(sector(in, currency, "ps" + SMALL.generate(in)));
    }
    if (flip(in)) {
      b.addIndicators(indicator(in, "p"));
      b.addDonors(TEXT.generate(in));
      b.addVocabularies(Vocabulary.builder().id("x-" + ID.generate(in)).name(TEXT.generate(in))
          .putCodes(ID.generate(in), TEXT.generate(in)).build());
    }
    extensions(in, b::putExtensions);
    return b.build();
  }

  private static Objective objective(RandomnessSource in, String currency, int index) {
    Objective.Builder b = Objective.builder().id("o" + index).title(TEXT.generate(in));
    if (flip(in)) {
      b.description(TEXT.generate(in)).addTargetGroups(Code.of("population-group", "refugees", TEXT.generate(in)));
    }
    money(in, currency).ifPresent(b::requirements);
    funding(in, currency).ifPresent(b::funding);
    people(in).ifPresent(b::people);
    for (int i = 0, n = SMALL.generate(in); i < n; i++) {
      b.addSectors(sector(in, currency, "o" + index + "s" + i));
    }
    extensions(in, b::putExtensions);
    return b.build();
  }

  private static Sector sector(RandomnessSource in, String currency, String id) {
    Sector.Builder b = Sector.builder().id(id)
        .code(pick(in, List.of(Code.of("iasc-cluster", "HEA"), Code.of("r4v-sector", "wash"),
            Code.of("iom-activity-area", "basic-needs", "Basic needs"))));
    if (flip(in)) {
      b.description(TEXT.generate(in)).addPlanTypes(Code.of("plan-type", "rmrp"));
    }
    for (int i = 0, n = SMALL.generate(in); i < n; i++) {
      Activity.Builder a = Activity.builder().id(id + "a" + i).description(TEXT.generate(in));
      for (Modality m : Modality.values()) {
        if (flip(in)) {
          a.addModalities(m);
        }
      }
      money(in, currency).ifPresent(a::requirements);
      extensions(in, a::putExtensions);
      b.addActivities(a.build());
    }
    money(in, currency).ifPresent(b::requirements);
    money(in, currency).ifPresent(b::originalRequirements);
    funding(in, currency).ifPresent(b::funding);
    people(in).ifPresent(b::people);
    if (flip(in)) {
      b.addIndicators(indicator(in, id));
    }
    return b.build();
  }

  private static Indicator indicator(RandomnessSource in, String owner) {
    Indicator.Builder b = Indicator.builder().id(owner + "-i").name(TEXT.generate(in)).unit("people")
        .periodAggregation(pick(in, List.of(AggregationRule.values())))
        .locationAggregation(pick(in, List.of(AggregationRule.values())));
    if (flip(in)) {
      b.baseline(decimal(in)).target(decimal(in)).code(ID.generate(in));
    }
    for (int i = 0, n = SMALL.generate(in); i < n; i++) {
      Measurement.Builder m = Measurement.builder().period(Period.month(2022, i + 1)).value(decimal(in));
      if (flip(in)) {
        m.location(location(in));
      }
      b.addMeasurements(m.build());
    }
    return b.build();
  }

  private static Location location(RandomnessSource in) {
    Location.Builder b = Location.builder().country(pick(in, COUNTRIES));
    if (flip(in)) {
      b.admin1Code(ID.generate(in)).admin1Name(TEXT.generate(in));
      if (flip(in)) {
        b.admin2Code(ID.generate(in)).admin2Name(TEXT.generate(in));
      }
    }
    return b.build();
  }

  private static Optional<PeopleFigures> people(RandomnessSource in) {
    if (!flip(in)) {
      return Optional.empty();
    }
    long inNeed = COUNT.generate(in);
    long targeted = longs().between(0, inNeed).generate(in);
    PeopleFigures.Builder b = PeopleFigures.builder().inNeed(inNeed).targeted(targeted);
    if (flip(in)) {
      b.reached(longs().between(0, targeted).generate(in)).affected(inNeed).totalPopulation(inNeed);
      b.expectedReach(targeted);
    }
    if (flip(in)) {
      // Figures given as text, with or without a number beside them; never blank (that cannot be built).
      for (int i = 0, n = 1 + SMALL.generate(in); i < n; i++) {
        b.label(pick(in, List.of(PeopleMetric.values())), "~" + TEXT.generate(in));
      }
    }
    for (int i = 0, n = SMALL.generate(in); i < n; i++) {
      PeopleCell.Builder c = PeopleCell.builder().inNeed(longs().between(0, inNeed).generate(in));
      switch (i) {
        case 0 -> c.sex(pick(in, List.of(Sex.values())));
        case 1 -> c.ageBand(pick(in, List.of(AgeBand.CHILDREN, AgeBand.ADULTS, new AgeBand(60, null))));
        default -> c.populationGroup(Code.of("population-group", "migrants")).location(location(in));
      }
      b.addBreakdown(c.build());
    }
    return Optional.of(b.build());
  }

  private static Optional<Funding> funding(RandomnessSource in, String currency) {
    if (!flip(in)) {
      return Optional.empty();
    }
    Funding.Builder b = Funding.builder();
    money(in, currency).ifPresent(b::total);
    for (int i = 0, n = SMALL.generate(in); i < n; i++) {
      Contribution.Builder c = Contribution.builder().donor(TEXT.generate(in))
          .amount(new Money(decimal(in).abs(), currency));
      if (flip(in)) {
        c.date(LocalDate.of(2022, 3, 1 + i)).status(pick(in, List.of(ContributionStatus.values())));
      }
      b.addContributions(c.build());
    }
    return Optional.of(b.build());
  }

  private static Optional<Money> money(RandomnessSource in, String currency) {
    return flip(in) ? Optional.of(new Money(decimal(in).abs(), currency)) : Optional.empty();
  }

  /** Any decimal with up to 4 places, including values such as 1E+3 that must be written plainly. */
  private static BigDecimal decimal(RandomnessSource in) {
    long unscaled = longs().between(-1_000_000_000_000L, 1_000_000_000_000L).generate(in);
    int scale = integers().between(-3, 4).generate(in);
    return BigDecimal.valueOf(unscaled, scale);
  }

  private interface Put {
    void put(String key, RawJson value);
  }

  /** Extension values in the compact form the reader keeps. */
  private static void extensions(RandomnessSource in, Put put) {
    if (!flip(in)) {
      return;
    }
    put.put("x-text", RawJson.string(TEXT.generate(in)));
    put.put("x-number", RawJson.of(decimal(in).toPlainString()));
    put.put("x-nested", RawJson.of("{\"a\":[1,2.50,null,true],\"b\":" + RawJson.string(TEXT.generate(in)) + "}"));
  }
}
