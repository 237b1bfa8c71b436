package org.responseplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.responseplan.model.TestPlans.COLOMBIA;
import static org.responseplan.model.TestPlans.PERU;
import static org.responseplan.model.TestPlans.usd;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.PlanValidator;
import org.responseplan.model.validation.Rule;

/**
 * Every Jakarta constraint of the model fires, at the property path that leads to it through the cascades
 * ({@code @Valid} on lists and optionals), and PlanValidator reports the same problem at the matching JSON Pointer.
 */
class JakartaConstraintsTest {

  /**
   * One constraint, shown on the valid plan with exactly that value broken.
   *
   * @param type and {@code property}: where the constraint is declared
   * @param plan the valid plan with the one broken value
   * @param propertyPath where Jakarta Validation reports it
   * @param pointer where PlanValidator reports it
   * @param rule what PlanValidator reports
   */
  record Case(Class<?> type, String property, Plan plan, String propertyPath, String pointer, Rule rule) {
    String constraint() {
      return type.getSimpleName() + "." + property;
    }

    @Override
    public String toString() {
      return constraint() + " at " + propertyPath;
    }
  }

  /** One case per constrained (type, property): blank text, or a country that is not three capital letters. */
  static List<Case> constraints() {
    return List.of(
        new Case(Plan.class, "id",
            TestPlans.planBuilder().id(" ").build(),
            "id", "/id", Rule.REQUIRED_FIELD),
        new Case(Plan.class, "name",
            TestPlans.planBuilder().name("").build(),
            "name", "/name", Rule.REQUIRED_FIELD),
        new Case(Objective.class, "id",
            TestPlans.withObjective(Objective.builder().from(TestPlans.objective()).id("").build()),
            "objectives[0].id", "/objectives/0/id", Rule.REQUIRED_FIELD),
        new Case(Objective.class, "title",
            TestPlans.withObjective(Objective.builder().from(TestPlans.objective()).title("  ").build()),
            "objectives[0].title", "/objectives/0/title", Rule.REQUIRED_FIELD),
        new Case(Sector.class, "id",
            TestPlans.withObjective(Objective.builder().from(TestPlans.objective())
                .sectors(List.of(TestPlans.health(), Sector.builder().from(TestPlans.shelter()).id("").build()))
                .build()),
            "objectives[0].sectors[1].id", "/objectives/0/sectors/1/id", Rule.REQUIRED_FIELD),
        new Case(Code.class, "vocabulary",
            TestPlans.withHealthSector(Sector.builder().from(TestPlans.health()).code(Code.of("", "HEA")).build()),
            "objectives[0].sectors[0].code.vocabulary", "/objectives/0/sectors/0/code/vocabulary",
            Rule.REQUIRED_FIELD),
        new Case(Code.class, "code",
            TestPlans.planBuilder().planType(Code.of(Vocabularies.PLAN_TYPE, " ")).build(),
            "planType.code", "/planType/code", Rule.REQUIRED_FIELD),
        new Case(Activity.class, "id",
            TestPlans.withHealthActivities(Activity.builder().from(TestPlans.clinics()).id(" ").build()),
            "objectives[0].sectors[0].activities[0].id", "/objectives/0/sectors/0/activities/0/id",
            Rule.REQUIRED_FIELD),
        new Case(Activity.class, "description",
            TestPlans.withHealthActivities(Activity.builder().from(TestPlans.clinics()).description("").build()),
            "objectives[0].sectors[0].activities[0].description",
            "/objectives/0/sectors/0/activities/0/description", Rule.REQUIRED_FIELD),
        new Case(Contribution.class, "donor",
            TestPlans.planBuilder().funding(Funding.builder().total(usd(400))
                .addContributions(Contribution.builder().donor("ECHO").amount(usd(250)).build())
                .addContributions(Contribution.builder().donor(" ").amount(usd(150)).build())
                .build()).build(),
            "funding.contributions[1].donor", "/funding/contributions/1/donor", Rule.REQUIRED_FIELD),
        new Case(Indicator.class, "id",
            TestPlans.withIndicator(Indicator.builder().from(TestPlans.indicator()).id("").build()),
            "indicators[0].id", "/indicators/0/id", Rule.REQUIRED_FIELD),
        new Case(Indicator.class, "name",
            TestPlans.withIndicator(Indicator.builder().from(TestPlans.indicator()).name(" ").build()),
            "indicators[0].name", "/indicators/0/name", Rule.REQUIRED_FIELD),
        new Case(Indicator.class, "unit",
            TestPlans.withIndicator(Indicator.builder().from(TestPlans.indicator()).unit("").build()),
            "indicators[0].unit", "/indicators/0/unit", Rule.REQUIRED_FIELD),
        new Case(Vocabulary.class, "id",
            TestPlans.planBuilder().addVocabularies(Vocabulary.builder().id(" ").name("Local partners").build())
                .build(),
            "vocabularies[0].id", "/vocabularies/0/id", Rule.REQUIRED_FIELD),
        new Case(Vocabulary.class, "name",
            TestPlans.planBuilder().addVocabularies(Vocabulary.builder().id("x-partners").name("").build())
                .build(),
            "vocabularies[0].name", "/vocabularies/0/name", Rule.REQUIRED_FIELD),
        new Case(Location.class, "country",
            TestPlans.planBuilder().operationalPresence(List.of(Location.country("co"), COLOMBIA, PERU)).build(),
            "operationalPresence[0].country", "/operationalPresence/0/country", Rule.INVALID_COUNTRY));
  }

  /** The same constraints reached through further cascades: optional people, breakdown lists, measurements. */
  static List<Case> deeperCascades() {
    PeopleFigures withBadCell = PeopleFigures.builder().from(TestPlans.planPeople())
        .breakdown(List.of(
            TestPlans.sexCell(Sex.FEMALE, 500, 300, 200),
            PeopleCell.builder().sex(Sex.MALE).location(Location.country("col")).inNeed(400).build()))
        .build();
    PeopleFigures withBlankGroup = PeopleFigures.builder().from(TestPlans.planPeople())
        .addBreakdown(PeopleCell.builder()
            .populationGroup(Code.of(Vocabularies.POPULATION_GROUP, "")).inNeed(100).build())
        .build();
    Indicator withBadMeasurement = Indicator.builder().from(TestPlans.indicator())
        .measurements(List.of(
            TestPlans.measurement(Period.month(2022, 1), COLOMBIA, 120),
            TestPlans.measurement(Period.month(2022, 2), Location.country("Col"), 150)))
        .build();
    return List.of(
        new Case(Location.class, "country",
            TestPlans.planBuilder().people(withBadCell).build(),
            "people.breakdown[1].location.country", "/people/breakdown/1/location/country", Rule.INVALID_COUNTRY),
        new Case(Code.class, "code",
            TestPlans.planBuilder().people(withBlankGroup).build(),
            "people.breakdown[2].populationGroup.code", "/people/breakdown/2/populationGroup/code",
            Rule.REQUIRED_FIELD),
        new Case(Location.class, "country",
            TestPlans.withIndicator(withBadMeasurement),
            "indicators[0].measurements[1].location.country", "/indicators/0/measurements/1/location/country",
            Rule.INVALID_COUNTRY),
        new Case(Code.class, "code",
            TestPlans.withObjective(Objective.builder().from(TestPlans.objective())
                .targetGroups(List.of(Code.of(Vocabularies.POPULATION_GROUP, " "))).build()),
            "objectives[0].targetGroups[0].code", "/objectives/0/targetGroups/0/code", Rule.REQUIRED_FIELD));
  }

  static Stream<Case> allCases() {
    return Stream.concat(constraints().stream(), deeperCascades().stream());
  }

  /** The public types of package org.responseplan.model, named one by one. */
  static final List<Class<?>> MODEL_TYPES = List.of(
      Activity.class, AgeBand.class, AggregationRule.class, Code.class, Contribution.class, ContributionStatus.class,
      Extensible.class, Funding.class, Indicator.class, InvalidPlanException.class, Location.class,
      Measurement.class, Modality.class, Money.class, Objective.class, PeopleCell.class, PeopleCounts.class,
      PeopleFigures.class, PeopleMetric.class, Period.class, Plan.class, PlanStyle.class, RawJson.class,
      Sector.class, Sex.class, Vocabularies.class, Vocabulary.class);

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startValidation() {
    // The default provider (Hibernate Validator) with its default, Expression Language based interpolator (Expressly).
    // The test module reads Hibernate Validator only through the Jakarta API, so no provider class is named here.
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stopValidation() {
    factory.close();
  }

  @Test
  void theSharedValidPlanHasNoViolations() {
    assertEquals(Set.of(), validator.validate(TestPlans.plan()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void eachConstraintFiresOnceAtItsPropertyPath(Case c) {
    Set<ConstraintViolation<Plan>> violations = validator.validate(c.plan());

    assertEquals(1, violations.size(), () -> c + ": " + violations);
    ConstraintViolation<Plan> v = violations.iterator().next();
    assertEquals(c.propertyPath(), v.getPropertyPath().toString());
    assertEquals(c.type(), v.getLeafBean().getClass().getSuperclass());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void planValidatorReportsTheSameProblemAtTheMatchingPointer(Case c) {
    List<Finding> findings = PlanValidator.create().validate(c.plan()).findings();

    assertEquals(1, findings.size(), () -> c + ": " + findings);
    assertEquals(c.rule(), findings.get(0).rule());
    assertEquals(c.pointer(), findings.get(0).path());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void bothMechanismsPointAtTheSameValue(Case c) {
    // Jakarta's objectives[0].sectors[1].id is PlanValidator's /objectives/0/sectors/1/id.
    String propertyPath = validator.validate(c.plan()).iterator().next().getPropertyPath().toString();
    String pointer = PlanValidator.create().validate(c.plan()).findings().get(0).path();
    assertEquals(pointer, "/" + propertyPath.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'));
  }

  @Test
  void aLowerCaseCountryBreaksThePatternWithItsMessage() {
    Set<ConstraintViolation<Location>> violations = validator.validate(Location.country("co"));
    assertEquals(1, violations.size());
    ConstraintViolation<Location> v = violations.iterator().next();
    assertEquals("country", v.getPropertyPath().toString());
    assertEquals("co", v.getInvalidValue());
    assertEquals("must be an ISO 3166-1 alpha-3 country code (three capital letters)", v.getMessage());
  }

  @Test
  void aWellFormedButUnknownCountryPassesThePatternButNotThePlanValidator() {
    Plan plan = TestPlans.planBuilder().operationalPresence(List.of(Location.country("ZZZ"), COLOMBIA)).build();
    assertEquals(Set.of(), validator.validate(plan));
    List<Finding> findings = PlanValidator.create().validate(plan).findings();
    assertEquals(1, findings.size(), findings::toString);
    Finding only = findings.get(0);
    assertEquals(Rule.INVALID_COUNTRY, only.rule());
    assertEquals("/operationalPresence/0/country", only.path());
    assertEquals("ZZZ", only.value());
  }

  @Test
  void everyConstraintOfTheModelHasACase() {
    Set<String> declared = new TreeSet<>();
    for (Class<?> type : MODEL_TYPES) {
      declared.addAll(constrainedProperties(type));
    }
    Set<String> covered = constraints().stream().map(Case::constraint).collect(Collectors.toCollection(TreeSet::new));

    assertEquals(declared, covered);
  }

  @Test
  void theConstraintScanLooksAtEveryPublicTypeOfThePackage() throws IOException, URISyntaxException {
    Path classes = Path.of(Plan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> publicTypes = new TreeSet<>();
    try (Stream<Path> files = Files.list(classes.resolve("org/responseplan/model"))) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          Class<?> type = Class.forName("org.responseplan.model." + name.substring(0, name.length() - 6));
          if (Modifier.isPublic(type.getModifiers())) {
            publicTypes.add(type.getSimpleName());
          }
        }
      }
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    Set<String> listed = MODEL_TYPES.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));

    assertFalse(publicTypes.isEmpty());
    assertEquals(publicTypes, listed);
  }

  /** "Plan.id" for each getter, field or type of {@code type} that carries a constraint, also inside List<...>. */
  private static Set<String> constrainedProperties(Class<?> type) {
    Set<String> found = new TreeSet<>();
    if (hasConstraint(type.getDeclaredAnnotations())) {
      found.add(type.getSimpleName());
    }
    for (Method m : type.getDeclaredMethods()) {
      if (hasConstraint(m.getDeclaredAnnotations()) || hasConstraint(m.getAnnotatedReturnType())) {
        found.add(type.getSimpleName() + "." + property(m.getName()));
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (hasConstraint(f.getDeclaredAnnotations()) || hasConstraint(f.getAnnotatedType())) {
        found.add(type.getSimpleName() + "." + f.getName());
      }
    }
    return found;
  }

  private static String property(String getter) {
    String bare = getter.startsWith("get") ? getter.substring(3) : getter.startsWith("is") ? getter.substring(2) : getter;
    return bare.isEmpty() ? getter : bare.substring(0, 1).toLowerCase(Locale.ROOT) + bare.substring(1);
  }

  private static boolean hasConstraint(AnnotatedType t) {
    if (hasConstraint(t.getDeclaredAnnotations())) {
      return true;
    }
    List<AnnotatedType> inner = new ArrayList<>();
    if (t instanceof AnnotatedParameterizedType p) {
      inner.addAll(List.of(p.getAnnotatedActualTypeArguments()));
    }
    if (t instanceof AnnotatedArrayType a) {
      inner.add(a.getAnnotatedGenericComponentType());
    }
    return inner.stream().anyMatch(JakartaConstraintsTest::hasConstraint);
  }

  private static boolean hasConstraint(Annotation[] annotations) {
    for (Annotation a : annotations) {
      Class<? extends Annotation> k = a.annotationType();
      if (k.getPackageName().equals("jakarta.validation.constraints") || k.isAnnotationPresent(Constraint.class)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theScanFindsTheConstraintsItIsMeantToFind() {
    // A guard on the scan itself: it must see method constraints and skip @Valid, which is no constraint.
    assertEquals(Set.of("Location.country"), constrainedProperties(Location.class));
    assertEquals(Set.of("Sector.id"), constrainedProperties(Sector.class));
    assertEquals(Set.of(), constrainedProperties(Measurement.class));
    assertTrue(constrainedProperties(Indicator.class).containsAll(Set.of("Indicator.id", "Indicator.unit")));
  }
}
