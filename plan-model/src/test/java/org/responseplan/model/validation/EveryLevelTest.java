package org.responseplan.model.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.responseplan.model.Activity;
import org.responseplan.model.AggregationRule;
import org.responseplan.model.Code;
import org.responseplan.model.Contribution;
import org.responseplan.model.Funding;
import org.responseplan.model.Indicator;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.TestPlans;
import org.responseplan.model.Vocabulary;

/**
 * Each group of checks runs at every level it is documented for: one plan breaks the same rules on an objective, on a
 * sector inside it, on an activity, on a plan-level sector and on a vocabulary, and every one of those places is
 * reported. (The rules themselves are tested one by one in {@link PlanValidatorTest}.)
 */
class EveryLevelTest {
  private static final Money EUR = Money.of(10, "EUR");
  private static final PeopleFigures TOO_MANY_TARGETED = PeopleFigures.builder().inNeed(10).targeted(11).build();

  private static Funding badFunding() {
    return Funding.builder().total(Money.of(1, "USD"))
        .addContributions(Contribution.builder().donor(" ").amount(Money.of(5, "EUR")).build())
        .build();
  }

  private static Indicator summedPercent() {
    return Indicator.builder().from(TestPlans.indicator()).unit("percent")
        .periodAggregation(AggregationRule.SUM).locationAggregation(AggregationRule.AVERAGE).build();
  }

  private static Sector badSector(String id) {
    Activity activity = Activity.builder().id(" ").description(" ").requirements(EUR)
        .people(PeopleFigures.builder().inNeed(10).targeted(11).build()).build();
    return Sector.builder().id(id).code(Code.of("no-such-vocabulary", "x"))
        .addPlanTypes(Code.of("no-such-vocabulary", "y"))
        .requirements(EUR).funding(badFunding()).people(TOO_MANY_TARGETED)
        .addActivities(activity).addIndicators(summedPercent()).build();
  }

  @Test
  void everyLevelIsChecked() {
    Objective objective = Objective.builder().id(" ").title(" ")
        .addTargetGroups(Code.of("no-such-vocabulary", "z"))
        .requirements(EUR).funding(badFunding()).people(TOO_MANY_TARGETED)
        .addSectors(badSector("s-1"), badSector("s-1"))
        .addIndicators(summedPercent()).build();
    Plan plan = Plan.builder().id(" ").name(" ").requirements(Money.of(1000, "USD"))
        .people(TOO_MANY_TARGETED).funding(badFunding())
        .addObjectives(objective)
        .addSectors(badSector("s-2"))
        .addVocabularies(Vocabulary.builder().id(" ").name(" ").build())
        .build();
    Set<String> found = PlanValidator.create().validate(plan).findings().stream()
        .map(f -> f.rule().code() + " " + f.path()).collect(Collectors.toSet());

    List<String> expected = new java.util.ArrayList<>(List.of(
        "required-field /id", "required-field /name",
        "targeted-exceeds-in-need /people/targeted",
        "required-field /funding/contributions/0/donor", "mixed-currency /funding/contributions/0/amount/currency",
        "required-field /vocabularies/0/id", "required-field /vocabularies/0/name",
        "required-field /objectives/0/id", "required-field /objectives/0/title",
        "unknown-vocabulary /objectives/0/targetGroups/0/vocabulary",
        "mixed-currency /objectives/0/requirements/currency",
        "targeted-exceeds-in-need /objectives/0/people/targeted",
        "required-field /objectives/0/funding/contributions/0/donor",
        "mixed-currency /objectives/0/funding/contributions/0/amount/currency",
        "ratio-summed /objectives/0/indicators/0/periodAggregation",
        "duplicate-id /objectives/0/sectors/1/id", "requirements-exceed-parent /objectives/0/requirements"));
    for (String sector : List.of("/objectives/0/sectors/0", "/objectives/0/sectors/1", "/sectors/0")) {
      expected.addAll(List.of(
          "unknown-vocabulary " + sector + "/code/vocabulary",
          "unknown-vocabulary " + sector + "/planTypes/0/vocabulary",
          "mixed-currency " + sector + "/requirements/currency",
          "mixed-currency " + sector + "/funding/contributions/0/amount/currency",
          "required-field " + sector + "/funding/contributions/0/donor",
          "targeted-exceeds-in-need " + sector + "/people/targeted",
          "required-field " + sector + "/activities/0/id",
          "required-field " + sector + "/activities/0/description",
          "mixed-currency " + sector + "/activities/0/requirements/currency",
          "targeted-exceeds-in-need " + sector + "/activities/0/people/targeted",
          "ratio-summed " + sector + "/indicators/0/periodAggregation"));
    }
    for (String e : expected) {
      assertTrue(found.contains(e), () -> "missing: " + e + "\nfound: " + new java.util.TreeSet<>(found));
    }
  }
}
