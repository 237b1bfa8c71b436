package org.responseplan.jackson2;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Activity;
import org.responseplan.model.Code;
import org.responseplan.model.Contribution;
import org.responseplan.model.Funding;
import org.responseplan.model.Indicator;
import org.responseplan.model.Location;
import org.responseplan.model.Measurement;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabulary;

/** The example plans, and a value of every one of {@link PlanJson#VALUE_TYPES} taken from them. */
public final class TestPlans {
  public static final Path SEED = Path.of("../examples/plans/iom-venezuela-rmrp-2022.json");
  public static final Path INTERAGENCY = Path.of("../examples/plans/interagency-example-2023.json");

  private TestPlans() {}

  public static Plan read(Path file) {
    return PlanJson.reader().read(file).plan().orElseThrow();
  }

  public static Plan seed() {
    return read(SEED);
  }

  /** One value of each type of {@link PlanJson#VALUE_TYPES}, keyed by its type. */
  public static Map<Class<?>, Object> oneOfEachValueType() {
    Plan seed = seed();
    Plan inter = read(INTERAGENCY);
    Objective objective = inter.getObjectives().get(0);
    Sector sector = objective.getSectors().get(0);
    PeopleFigures people = inter.getPeople().orElseThrow();
    Indicator indicator = inter.getIndicators().get(0);
    Activity activity = seed.getObjectives().stream().flatMap(o -> o.getSectors().stream())
        .flatMap(s -> s.getActivities().stream()).findFirst().orElseThrow();
    Map<Class<?>, Object> values = new LinkedHashMap<>();
    values.put(Plan.class, inter);
    values.put(Objective.class, objective);
    values.put(Sector.class, sector);
    values.put(Activity.class, activity);
    values.put(PeopleFigures.class, people);
    values.put(PeopleCell.class, people.getBreakdown().get(0));
    values.put(Funding.class, inter.getFunding().orElseThrow());
    values.put(Contribution.class, sector.getFunding().orElseThrow().getContributions().get(0));
    values.put(Indicator.class, indicator);
    values.put(Measurement.class, indicator.getMeasurements().get(0));
    values.put(Vocabulary.class, Vocabulary.builder().id("donor-type").name("Donor type")
        .putCodes("gov", "Government").putCodes("pool", "Pooled fund").build());
    values.put(Location.class, seed.getOperationalPresence().get(0));
    values.put(Code.class, seed.getPlanType().orElseThrow());
    values.put(Money.class, inter.getRequirements().orElseThrow());
    values.put(Period.class, inter.getPeriod().orElseThrow());
    return values;
  }
}
