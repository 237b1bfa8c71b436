package org.responseplan.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.responseplan.io.json.PlanJson;
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
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;
import org.responseplan.model.Vocabularies;

/**
 * Deterministic corpora of plan JSON documents: realistic regional plans (objectives, sectors of IASC clusters,
 * activities, people figures broken down by country, admin-1 area, sex and age and population group, funding with
 * contributions, indicators with monthly measurements by country), each valid under the plan validator and the
 * schema, written in the canonical form by {@link PlanJson#writer()}. The same seed always gives the same bytes.
 */
public final class PlanCorpus {
  /** Drawn from by index: the first three of each. */
  private static final Modality[] MODALITIES = Modality.values();
  private static final ContributionStatus[] STATUSES = ContributionStatus.values();

  static final String[] COUNTRIES = FiveW.COUNTRIES;
  private static final String[] CLUSTERS = {"CCM", "EDU", "ERY", "FSC", "HEA", "LOG", "NUT", "PRO", "PRO-CPN",
      "PRO-GBV", "PRO-MIN", "SHL", "WSH", "TEL", "CSS", "MS"};
  private static final String[] GROUPS = {"refugees", "migrants", "host-community", "in-transit", "in-destination",
      "pendular"};
  private static final String[] PLAN_TYPES = {"hrp", "rmrp", "flash-appeal", "crp", "regional-plan"};
  private static final String[] DONORS = {"United States of America", "European Commission", "Germany",
      "United Kingdom", "Canada", "Japan", "Norway", "Sweden", "Switzerland", "Netherlands", "Central Emergency "
      + "Response Fund", "Private donors", "Spain", "Italy", "Denmark", "Australia"};
  private static final String[] WORDS = ("refugees migrants host communities access safe water hygiene kits "
      + "emergency shelter protection monitoring case management cash assistance health services vaccination "
      + "nutrition screening education learning spaces transport legal orientation documentation integration "
      + "livelihoods mental health psychosocial support gender based violence prevention child protection").split(" ");

  private PlanCorpus() {}

  /** Documents of about {@code targetBytes} in all (the last plan may go past it). */
  public static List<byte[]> generate(long targetBytes, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<byte[]> docs = new ArrayList<>();
    long total = 0;
    for (int i = 0; total < targetBytes; i++) {
      byte[] json = PlanJson.writer().toBytes(plan(r, seed, i));
      docs.add(json);
      total += json.length;
    }
    return docs;
  }

  /** Writes each document to {@code dir} as plan-NNNNN.json. */
  public static void write(List<byte[]> docs, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < docs.size(); i++) {
      Files.write(dir.resolve(String.format("plan-%05d.json", i)), docs.get(i));
    }
  }

  public static long bytes(List<byte[]> docs) {
    long n = 0;
    for (byte[] d : docs) {
      n += d.length;
    }
    return n;
  }

  static Plan plan(SplittableRandom r, long seed, int index) {
    int year = 2020 + r.nextInt(6);
    String id = "plan-" + seed + "-" + index;
    List<String> presence = pick(r, COUNTRIES, 4 + r.nextInt(9));
    long requirements = 50_000_000L + r.nextLong(900_000_000L);
    long inNeed = 1_000_000L + r.nextLong(8_000_000L);
    PeopleFigures people = people(r, inNeed, presence, true);
    long targeted = people.getTargeted().orElseThrow();
    Plan.Builder b = Plan.builder()
        .id(id)
        .code("H" + COUNTRIES[index % COUNTRIES.length].substring(0, 2) + (year % 100))
        .name(sentence(r, 6) + " response plan " + year)
        .planType(Code.of(Vocabularies.PLAN_TYPE, PLAN_TYPES[r.nextInt(PLAN_TYPES.length)]))
        .addAppealingOrganisations("IOM", "UNHCR")
        .period(Period.year(year))
        .lastUpdated(LocalDate.of(year, 1, 1 + r.nextInt(28)))
        .vision(sentence(r, 60))
        .requirements(Money.of(requirements, "USD"))
        .people(people)
        .funding(funding(r, requirements, year));
    for (String c : presence) {
      b.addOperationalPresence(Location.country(c));
    }
    int objectives = 3 + r.nextInt(2);
    long[] objectiveMoney = split(r, requirements, objectives);
    for (int o = 0; o < objectives; o++) {
      b.addObjectives(objective(r, id, o, objectiveMoney[o], targeted, presence, year));
    }
    b.addIndicators(indicator(r, id + "-ind", presence, year));
    return b.build();
  }

  private static Objective objective(SplittableRandom r, String planId, int o, long money, long parentTargeted,
      List<String> presence, int year) {
    String id = planId + "-so" + (o + 1);
    long inNeed = parentTargeted / 2 + r.nextLong(Math.max(1, parentTargeted / 2));
    PeopleFigures people = people(r, Math.min(inNeed, parentTargeted), presence, false);
    Objective.Builder b = Objective.builder()
        .id(id)
        .title(sentence(r, 8))
        .description(sentence(r, 40))
        .requirements(Money.of(money, "USD"))
        .funding(Funding.ofTotal(Money.of(money / (2 + r.nextInt(3)), "USD")))
        .people(people);
    for (String g : pick(r, GROUPS, 2 + r.nextInt(3))) {
      b.addTargetGroups(Code.of(Vocabularies.POPULATION_GROUP, g));
    }
    List<String> clusters = pick(r, CLUSTERS, 3 + r.nextInt(3));
    long[] sectorMoney = split(r, money, clusters.size());
    for (int s = 0; s < clusters.size(); s++) {
      b.addSectors(sector(r, id + "-" + clusters.get(s).toLowerCase(java.util.Locale.ROOT), clusters.get(s),
          sectorMoney[s], people.getTargeted().orElseThrow(), presence, year));
    }
    return b.build();
  }

  private static Sector sector(SplittableRandom r, String id, String cluster, long money, long parentTargeted,
      List<String> presence, int year) {
    PeopleFigures people = people(r, Math.max(1, parentTargeted / (1 + r.nextInt(3))), presence, false);
    Sector.Builder b = Sector.builder()
        .id(id)
        .code(Code.of(Vocabularies.IASC_CLUSTER, cluster))
        .description(sentence(r, 25))
        .requirements(Money.of(money, "USD"))
        .funding(Funding.ofTotal(Money.of(money / (2 + r.nextInt(4)), "USD")))
        .people(people);
    int activities = 2 + r.nextInt(4);
    long[] activityMoney = split(r, money, activities);
    long sectorTargeted = people.getTargeted().orElseThrow();
    for (int a = 0; a < activities; a++) {
      long t = Math.max(1, sectorTargeted / (1 + r.nextInt(4)));
      b.addActivities(Activity.builder()
          .id(id + "-a" + (a + 1))
          .description(sentence(r, 14))
          .addModalities(MODALITIES[r.nextInt(3)])
          .requirements(Money.of(activityMoney[a], "USD"))
          .people(PeopleFigures.builder().targeted(t).reached(t / 3).build())
          .build());
    }
    int indicators = 1 + r.nextInt(2);
    for (int i = 0; i < indicators; i++) {
      b.addIndicators(indicator(r, id + "-ind" + (i + 1), presence, year));
    }
    return b.build();
  }

  /** An indicator of people reached, measured monthly in a few countries. */
  private static Indicator indicator(SplittableRandom r, String id, List<String> presence, int year) {
    boolean percent = r.nextInt(4) == 0;
    Indicator.Builder b = Indicator.builder()
        .id(id)
        .name("# of people " + sentence(r, 6))
        .unit(percent ? "percent" : "people")
        .periodAggregation(percent ? AggregationRule.LATEST : AggregationRule.SUM)
        .locationAggregation(percent ? AggregationRule.AVERAGE : AggregationRule.SUM)
        .baseline(BigDecimal.valueOf(r.nextInt(1000)))
        .target(BigDecimal.valueOf(1000 + r.nextInt(100_000)));
    List<String> where = pick(r, presence.toArray(new String[0]), Math.min(presence.size(), 1 + r.nextInt(3)));
    for (int m = 1; m <= 12; m++) {
      for (String c : where) {
        b.addMeasurements(Measurement.builder()
            .period(Period.month(year, m))
            .location(Location.country(c))
            .value(percent ? BigDecimal.valueOf(r.nextInt(10_000), 2) : BigDecimal.valueOf(r.nextInt(20_000)))
            .build());
      }
    }
    return b.build();
  }

  /** Figures with inNeed, targeted and reached, broken down by country (and admin-1), sex and age, and group. */
  private static PeopleFigures people(SplittableRandom r, long inNeed, List<String> presence, boolean admin1) {
    long targeted = inNeed / 2 + r.nextLong(Math.max(1, inNeed / 2));
    long reached = targeted / 3;
    PeopleFigures.Builder b = PeopleFigures.builder().inNeed(inNeed).targeted(targeted).reached(reached);
    long[] byCountryNeed = split(r, inNeed, presence.size());
    for (int i = 0; i < presence.size(); i++) {
      long need = byCountryNeed[i];
      if (!admin1) {
        b.addBreakdown(PeopleCell.builder().location(Location.country(presence.get(i))).inNeed(need)
            .targeted(need / 2).build());
      } else {
        int areas = 2 + r.nextInt(4);
        long[] byArea = split(r, need, areas);
        for (int a = 0; a < areas; a++) {
          b.addBreakdown(PeopleCell.builder()
              .location(Location.builder().country(presence.get(i))
                  .admin1Code(presence.get(i) + String.format("%02d", a + 1))
                  .admin1Name(sentence(r, 2)).build())
              .inNeed(byArea[a]).targeted(byArea[a] / 2).build());
        }
      }
    }
    Sex[] sexes = {Sex.FEMALE, Sex.MALE};
    AgeBand[] ages = {AgeBand.CHILDREN, AgeBand.ADULTS};
    long[] bySexAge = split(r, targeted, 4);
    for (int i = 0; i < 4; i++) {
      b.addBreakdown(PeopleCell.builder().sex(sexes[i / 2]).ageBand(ages[i % 2]).targeted(bySexAge[i]).build());
    }
    List<String> groups = pick(r, GROUPS, 3);
    long[] byGroup = split(r, inNeed, groups.size());
    for (int i = 0; i < groups.size(); i++) {
      b.addBreakdown(PeopleCell.builder().populationGroup(Code.of(Vocabularies.POPULATION_GROUP, groups.get(i)))
          .inNeed(byGroup[i]).build());
    }
    return b.build();
  }

  private static Funding funding(SplittableRandom r, long requirements, int year) {
    long total = requirements / (2 + r.nextInt(3));
    Funding.Builder b = Funding.builder().total(Money.of(total, "USD"));
    int n = 5 + r.nextInt(10);
    long[] amounts = split(r, total, n);
    List<String> donors = pick(r, DONORS, Math.min(n, DONORS.length));
    for (int i = 0; i < n; i++) {
      b.addContributions(Contribution.builder()
          .donor(donors.get(i % donors.size()))
          .amount(Money.of(amounts[i], "USD"))
          .date(LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)))
          .status(STATUSES[r.nextInt(3)])
          .build());
    }
    return b.build();
  }

  /** {@code total} in {@code n} parts that add up to at most {@code total}. */
  private static long[] split(SplittableRandom r, long total, int n) {
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = 0.2 + r.nextDouble();
      sum += w[i];
    }
    long[] parts = new long[n];
    for (int i = 0; i < n; i++) {
      parts[i] = (long) Math.floor(total * (w[i] / sum) * 0.999);
    }
    return parts;
  }

  private static List<String> pick(SplittableRandom r, String[] from, int n) {
    List<String> all = new ArrayList<>(List.of(from));
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n && !all.isEmpty(); i++) {
      out.add(all.remove(r.nextInt(all.size())));
    }
    return out;
  }

  private static String sentence(SplittableRandom r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(WORDS[r.nextInt(WORDS.length)]);
    }
    b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    return b.toString();
  }
}
