package org.responseplan.model.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.responseplan.model.Activity;
import org.responseplan.model.Funding;
import org.responseplan.model.Indicator;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabulary;

/**
 * Checks a plan against every structural and consistency rule of the {@link Rule} catalogue and reports every
 * finding at once. It never throws on bad data and never stops at the first finding.
 *
 * <pre>{@code
 * ValidationReport report = PlanValidator.create(Locale.forLanguageTag("es")).validate(plan);
 * report.findings().forEach(System.out::println);
 * }</pre>
 *
 * <p>The validator walks the plan once; each rule's logic lives in one method of the package-private check classes
 * ({@code TextChecks}, {@code CodeChecks}, {@code MoneyChecks}, {@code PeopleChecks}, {@code IndicatorChecks}).
 * Instances are immutable and thread-safe.
 */
public final class PlanValidator {
  private final Locale locale;

  private PlanValidator(Locale locale) {
    this.locale = locale;
  }

  /** {@return a validator whose messages are in English} */
  public static PlanValidator create() {
    return new PlanValidator(Locale.ENGLISH);
  }

  /**
   * A validator whose messages are in {@code locale}: English or Spanish ({@link Finding#supportedLocales()}); a
   * locale of any other language gets English messages ({@link Finding#messageLocale(Locale)}).
   *
   * @param locale the language of the messages
   * @return the validator
   */
  public static PlanValidator create(Locale locale) {
    return new PlanValidator(locale);
  }

  /** {@return the locale asked for at creation; messages are in its language when supported, else English} */
  public Locale locale() {
    return locale;
  }

  /**
   * Checks a plan against every rule that applies to a built plan (the rules marked {@code validate} in {@code
   * docs/validation-rules.md}: required text, codes and vocabularies, countries, currencies, unique identifiers, parts
   * within their parent, people figures and breakdowns, indicators and measurements).
   *
   * <p>Never throws on bad data and never stops at the first finding.
   *
   * @param plan the plan, as built or read
   * @return every finding, in the order the plan is walked (objectives, then plan-level sectors, then indicators and
   *     vocabularies); {@link ValidationReport#isValid()} tells whether any is an error
   */
  public ValidationReport validate(Plan plan) {
    Context c = new Context(plan, locale);
    Pointer root = Pointer.ROOT;
    TextChecks.required(c, root, "/id", plan.getId());
    TextChecks.required(c, root, "/name", plan.getName());
    plan.getPlanType().ifPresent(t -> CodeChecks.code(c, root, "/planType", -1, t));
    for (int i = 0; i < plan.getOperationalPresence().size(); i++) {
      CodeChecks.country(c, root, "/operationalPresence/", i, plan.getOperationalPresence().get(i));
    }
    money(c, root, "/requirements", plan.getRequirements());
    money(c, root, "/originalRequirements", plan.getOriginalRequirements());
    people(c, root, plan.getPeople());
    funding(c, root, plan.getFunding());
    MoneyChecks.partsWithinParent(c, root, plan.getRequirements(), plan.getObjectives(),
        Objective::getRequirements, Phrase.of("objectives"));

    for (int i = 0; i < plan.getObjectives().size(); i++) {
      objective(c, root.plus("/objectives/", i), plan.getObjectives().get(i), plan.getPeople());
    }
    MoneyChecks.partsWithinParent(c, root, plan.getRequirements(), plan.getSectors(), Sector::getRequirements,
        Phrase.of("sectors"));
    for (int i = 0; i < plan.getSectors().size(); i++) {
      sector(c, root.plus("/sectors/", i), plan.getSectors().get(i), plan.getPeople());
    }
    indicators(c, root, plan.getIndicators());
    for (int i = 0; i < plan.getVocabularies().size(); i++) {
      Vocabulary v = plan.getVocabularies().get(i);
      Pointer path = root.plus("/vocabularies/", i);
      TextChecks.required(c, path, "/id", v.getId());
      TextChecks.required(c, path, "/name", v.getName());
      CodeChecks.uniqueId(c, "vocabulary", path, v.getId());
    }
    return ValidationReport.of(c.findings);
  }

  private static void objective(Context c, Pointer path, Objective o, Optional<PeopleFigures> parentPeople) {
    TextChecks.required(c, path, "/id", o.getId());
    TextChecks.required(c, path, "/title", o.getTitle());
    CodeChecks.uniqueId(c, "objective", path, o.getId());
    for (int i = 0; i < o.getTargetGroups().size(); i++) {
      CodeChecks.code(c, path, "/targetGroups/", i, o.getTargetGroups().get(i));
    }
    money(c, path, "/requirements", o.getRequirements());
    funding(c, path, o.getFunding());
    people(c, path, o.getPeople());
    PeopleChecks.withinParent(c, path, o.getPeople(), parentPeople);
    MoneyChecks.partsWithinParent(c, path, o.getRequirements(), o.getSectors(), Sector::getRequirements,
        Phrase.of("sectors"));
    for (int i = 0; i < o.getSectors().size(); i++) {
      sector(c, path.plus("/sectors/", i), o.getSectors().get(i), o.getPeople());
    }
    indicators(c, path, o.getIndicators());
  }

  private static void sector(Context c, Pointer path, Sector s, Optional<PeopleFigures> parentPeople) {
    TextChecks.required(c, path, "/id", s.getId());
    CodeChecks.uniqueId(c, "sector", path, s.getId());
    CodeChecks.code(c, path, "/code", -1, s.getCode());
    for (int i = 0; i < s.getPlanTypes().size(); i++) {
      CodeChecks.code(c, path, "/planTypes/", i, s.getPlanTypes().get(i));
    }
    money(c, path, "/requirements", s.getRequirements());
    money(c, path, "/originalRequirements", s.getOriginalRequirements());
    funding(c, path, s.getFunding());
    people(c, path, s.getPeople());
    PeopleChecks.withinParent(c, path, s.getPeople(), parentPeople);
    MoneyChecks.partsWithinParent(c, path, s.getRequirements(), s.getActivities(), Activity::getRequirements,
        Phrase.of("activities"));
    for (int i = 0; i < s.getActivities().size(); i++) {
      Activity a = s.getActivities().get(i);
      Pointer ap = path.plus("/activities/", i);
      TextChecks.required(c, ap, "/id", a.getId());
      TextChecks.required(c, ap, "/description", a.getDescription());
      CodeChecks.uniqueId(c, "activity", ap, a.getId());
      money(c, ap, "/requirements", a.getRequirements());
      people(c, ap, a.getPeople());
      PeopleChecks.withinParent(c, ap, a.getPeople(), s.getPeople());
    }
    indicators(c, path, s.getIndicators());
  }

  private static void money(Context c, Pointer owner, String field, Optional<Money> money) {
    if (money.isPresent()) {
      MoneyChecks.currency(c, owner, field, money.get());
    }
  }

  /** Funding at {@code owner + "/funding"}. */
  private static void funding(Context c, Pointer owner, Optional<Funding> funding) {
    if (funding.isEmpty()) {
      return;
    }
    Funding f = funding.get();
    Pointer path = owner.plus("/funding");
    money(c, path, "/total", f.getTotal());
    for (int i = 0; i < f.getContributions().size(); i++) {
      Pointer cp = path.plus("/contributions/", i);
      TextChecks.required(c, cp, "/donor", f.getContributions().get(i).getDonor());
      MoneyChecks.currency(c, cp, "/amount", f.getContributions().get(i).getAmount());
    }
    MoneyChecks.contributionsWithinTotal(c, path, f);
  }

  /** People figures at {@code owner + "/people"}. */
  private static void people(Context c, Pointer owner, Optional<PeopleFigures> people) {
    if (people.isPresent()) {
      PeopleChecks.figures(c, owner.plus("/people"), people.get());
    }
  }

  private static void indicators(Context c, Pointer owner, List<Indicator> indicators) {
    for (int i = 0; i < indicators.size(); i++) {
      IndicatorChecks.indicator(c, owner.plus("/indicators/", i), indicators.get(i));
    }
  }
}
