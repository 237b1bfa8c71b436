package org.responseplan.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Activity;
import org.responseplan.model.Extensible;
import org.responseplan.model.Funding;
import org.responseplan.model.Indicator;
import org.responseplan.model.Location;
import org.responseplan.model.Measurement;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleCounts;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.PeopleMetric;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabulary;
import org.responseplan.model.validation.JsonPointer;

/**
 * Walks two versions of a plan side by side and collects their differences for {@link PlanDiff}. The member names and
 * their nesting are those of the plan JSON format ({@code docs/json-format.md}); pointers are built with {@link
 * JsonPointer}, as the validator's findings are.
 */
final class DiffWalker {
  /** The two pointers of one matched value, in the old and the new document. */
  record Where(String oldPath, String newPath) {
    Where member(String name) {
      return new Where(JsonPointer.append(oldPath, name), JsonPointer.append(newPath, name));
    }
  }

  private final List<PlanChange> changes = new ArrayList<>();

  List<PlanChange> changes() {
    return changes;
  }

  void plan(Plan a, Plan b) {
    Where w = new Where("", "");
    String it = "Plan";
    value(it + " id", w.member("id"), Optional.of(a.getId()), Optional.of(b.getId()));
    value(it + " code", w.member("code"), a.getCode(), b.getCode());
    value(it + " name", w.member("name"), Optional.of(a.getName()), Optional.of(b.getName()));
    value(it + " plan type", w.member("planType"), a.getPlanType(), b.getPlanType());
    list(it + " appealing organisations", w.member("appealingOrganisations"), a.getAppealingOrganisations(),
        b.getAppealingOrganisations());
    value(it + " period", w.member("period"), a.getPeriod(), b.getPeriod());
    value(it + " last updated", w.member("lastUpdated"), a.getLastUpdated(), b.getLastUpdated());
    value(it + " figures as of", w.member("figuresAsOf"), a.getFiguresAsOf(), b.getFiguresAsOf());
    value(it + " vision", w.member("vision"), a.getVision(), b.getVision());
    keyed(w.member("operationalPresence"), a.getOperationalPresence(), b.getOperationalPresence(),
        Location::toString, l -> "Operational presence " + PlanDiffText.location(l),
        (x, y, ww) -> location("Operational presence " + PlanDiffText.location(y), x, y, ww));
    money(it + " requirements", w.member("requirements"), a.getRequirements(), b.getRequirements());
    money(it + " original requirements", w.member("originalRequirements"), a.getOriginalRequirements(),
        b.getOriginalRequirements());
    people(it, w.member("people"), a.getPeople(), b.getPeople());
    funding(it, w.member("funding"), a.getFunding(), b.getFunding());
    keyed(w.member("objectives"), a.getObjectives(), b.getObjectives(), Objective::getId,
        o -> objectiveName(b, a, o), (x, y, ww) -> objective(objectiveName(b, a, y), x, y, ww));
    sectors("", w.member("sectors"), a.getSectors(), b.getSectors());
    indicators(it, w.member("indicators"), a.getIndicators(), b.getIndicators());
    list(it + " donors", w.member("donors"), a.getDonors(), b.getDonors());
    keyed(w.member("vocabularies"), a.getVocabularies(), b.getVocabularies(), Vocabulary::getId,
        v -> "Vocabulary \"" + v.getId() + "\"", this::vocabulary);
    extensions(it, w, a, b);
  }

  /** {@code Objective 2 "Title"}: its position in the new plan (else the old one), and its title. */
  private static String objectiveName(Plan newPlan, Plan oldPlan, Objective o) {
    int i = indexOfId(newPlan.getObjectives(), o.getId());
    if (i < 0) {
      i = indexOfId(oldPlan.getObjectives(), o.getId());
    }
    return "Objective " + (i + 1) + " \"" + PlanDiffText.shorten(o.getTitle()) + "\"";
  }

  private static int indexOfId(List<Objective> objectives, String id) {
    for (int i = 0; i < objectives.size(); i++) {
      if (objectives.get(i).getId().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private void objective(String it, Objective a, Objective b, Where w) {
    value(it + " id", w.member("id"), Optional.of(a.getId()), Optional.of(b.getId()));
    value(it + " title", w.member("title"), Optional.of(a.getTitle()), Optional.of(b.getTitle()));
    value(it + " description", w.member("description"), a.getDescription(), b.getDescription());
    list(it + " target groups", w.member("targetGroups"), a.getTargetGroups(), b.getTargetGroups());
    money(it + " requirements", w.member("requirements"), a.getRequirements(), b.getRequirements());
    funding(it, w.member("funding"), a.getFunding(), b.getFunding());
    people(it, w.member("people"), a.getPeople(), b.getPeople());
    sectors(it + ", ", w.member("sectors"), a.getSectors(), b.getSectors());
    indicators(it, w.member("indicators"), a.getIndicators(), b.getIndicators());
    extensions(it, w, a, b);
  }

  private void sectors(String owner, Where w, List<Sector> a, List<Sector> b) {
    Function<Sector, String> name = s -> owner + (owner.isEmpty() ? "Sector" : "sector") + " \""
        + PlanDiffText.name(s.getCode()) + "\"";
    keyed(w, a, b, Sector::getId, name, (x, y, ww) -> sector(name.apply(y), x, y, ww));
  }

  private void sector(String it, Sector a, Sector b, Where w) {
    value(it + " id", w.member("id"), Optional.of(a.getId()), Optional.of(b.getId()));
    value(it + " code", w.member("code"), Optional.of(a.getCode()), Optional.of(b.getCode()));
    value(it + " description", w.member("description"), a.getDescription(), b.getDescription());
    Function<Activity, String> name = x -> it + ", activity \"" + PlanDiffText.shorten(x.getDescription()) + "\"";
    keyed(w.member("activities"), a.getActivities(), b.getActivities(), Activity::getId, name,
        (x, y, ww) -> activity(name.apply(y), x, y, ww));
    money(it + " requirements", w.member("requirements"), a.getRequirements(), b.getRequirements());
    money(it + " original requirements", w.member("originalRequirements"), a.getOriginalRequirements(),
        b.getOriginalRequirements());
    funding(it, w.member("funding"), a.getFunding(), b.getFunding());
    people(it, w.member("people"), a.getPeople(), b.getPeople());
    list(it + " plan types", w.member("planTypes"), a.getPlanTypes(), b.getPlanTypes());
    indicators(it, w.member("indicators"), a.getIndicators(), b.getIndicators());
    extensions(it, w, a, b);
  }

  private void activity(String it, Activity a, Activity b, Where w) {
    value(it + " id", w.member("id"), Optional.of(a.getId()), Optional.of(b.getId()));
    value(it + " description", w.member("description"), Optional.of(a.getDescription()),
        Optional.of(b.getDescription()));
    list(it + " modalities", w.member("modalities"), a.getModalities().stream().map(m -> m.jsonName()).toList(),
        b.getModalities().stream().map(m -> m.jsonName()).toList());
    money(it + " requirements", w.member("requirements"), a.getRequirements(), b.getRequirements());
    people(it, w.member("people"), a.getPeople(), b.getPeople());
    extensions(it, w, a, b);
  }

  private void location(String it, Location a, Location b, Where w) {
    value(it + " country", w.member("country"), Optional.of(a.getCountry()), Optional.of(b.getCountry()));
    value(it + " admin-1 code", w.member("admin1Code"), a.getAdmin1Code(), b.getAdmin1Code());
    value(it + " admin-1 name", w.member("admin1Name"), a.getAdmin1Name(), b.getAdmin1Name());
    value(it + " admin-2 code", w.member("admin2Code"), a.getAdmin2Code(), b.getAdmin2Code());
    value(it + " admin-2 name", w.member("admin2Name"), a.getAdmin2Name(), b.getAdmin2Name());
    extensions(it, w, a, b);
  }

  private void people(String owner, Where w, Optional<PeopleFigures> a, Optional<PeopleFigures> b) {
    if (a.isEmpty() || b.isEmpty()) {
      value(owner + " people figures", w, a, b);
      return;
    }
    PeopleFigures x = a.get();
    PeopleFigures y = b.get();
    String it = owner + " people";
    counts(it, "", w, x, y);
    Set<PeopleMetric> labelled = new LinkedHashSet<>(x.getLabels().keySet());
    labelled.addAll(y.getLabels().keySet());
    for (PeopleMetric m : PeopleMetric.values()) {
      if (labelled.contains(m)) {
        value(it + " " + PlanDiffText.metric(m) + " given as text", w.member("labels").member(m.jsonName()),
            x.label(m), y.label(m));
      }
    }
    keyed(w.member("breakdown"), x.getBreakdown(), y.getBreakdown(), PeopleCell::getKey,
        c -> it + " (" + PlanDiffText.cell(c) + ")", (p, q, ww) -> {
          String where = " (" + PlanDiffText.cell(q) + ")";
          String cell = it + where;
          counts(it, where, ww, p, q);
          if (p.getLocation().isPresent() && q.getLocation().isPresent()) {
            location(cell + " place", p.getLocation().get(), q.getLocation().get(), ww.member("location"));
          }
          extensions(cell, ww, p, q);
        });
    extensions(it, w, x, y);
  }

  private void counts(String it, String suffix, Where w, PeopleCounts a, PeopleCounts b) {
    for (PeopleMetric m : PeopleMetric.values()) {
      count(it + " " + PlanDiffText.metric(m) + suffix, w.member(m.jsonName()), m.of(a), m.of(b));
    }
  }

  private void funding(String owner, Where w, Optional<Funding> a, Optional<Funding> b) {
    if (a.isEmpty() || b.isEmpty()) {
      value(owner + " funding", w, a, b);
      return;
    }
    money(owner + " funding", w.member("total"), a.get().getTotal(), b.get().getTotal());
    // Contributions carry no identifier of their own in the format yet: the list is compared as a whole.
    list(owner + " contributions", w.member("contributions"), a.get().getContributions(),
        b.get().getContributions());
    extensions(owner + " funding", w, a.get(), b.get());
  }

  private void indicators(String owner, Where w, List<Indicator> a, List<Indicator> b) {
    Function<Indicator, String> name = i -> owner + " indicator \"" + PlanDiffText.shorten(i.getName()) + "\"";
    keyed(w, a, b, Indicator::getId, name, (x, y, ww) -> {
      String it = name.apply(y);
      value(it + " id", ww.member("id"), Optional.of(x.getId()), Optional.of(y.getId()));
      value(it + " code", ww.member("code"), x.getCode(), y.getCode());
      value(it + " name", ww.member("name"), Optional.of(x.getName()), Optional.of(y.getName()));
      value(it + " unit", ww.member("unit"), Optional.of(x.getUnit()), Optional.of(y.getUnit()));
      value(it + " period aggregation", ww.member("periodAggregation"),
          Optional.of(x.getPeriodAggregation().jsonName()), Optional.of(y.getPeriodAggregation().jsonName()));
      value(it + " location aggregation", ww.member("locationAggregation"),
          Optional.of(x.getLocationAggregation().jsonName()), Optional.of(y.getLocationAggregation().jsonName()));
      decimal(it + " baseline", ww.member("baseline"), x.getBaseline(), y.getBaseline(), y.getUnit());
      decimal(it + " target", ww.member("target"), x.getTarget(), y.getTarget(), y.getUnit());
      Function<Measurement, String> mName = m -> it + " measurement " + PlanDiffText.measurement(m);
      keyed(ww.member("measurements"), x.getMeasurements(), y.getMeasurements(), PlanDiffText::measurementKey,
          mName, (p, q, mw) -> {
            decimal(mName.apply(q), mw.member("value"), Optional.of(p.getValue()), Optional.of(q.getValue()),
                y.getUnit());
            extensions(mName.apply(q), mw, p, q);
          });
      extensions(it, ww, x, y);
    });
  }

  private void vocabulary(Vocabulary a, Vocabulary b, Where w) {
    String it = "Vocabulary \"" + b.getId() + "\"";
    value(it + " id", w.member("id"), Optional.of(a.getId()), Optional.of(b.getId()));
    value(it + " name", w.member("name"), Optional.of(a.getName()), Optional.of(b.getName()));
    Set<String> codes = new LinkedHashSet<>(a.getCodes().keySet());
    codes.addAll(b.getCodes().keySet());
    for (String code : codes) {
      value(it + " code " + code, w.member("codes").member(code), Optional.ofNullable(a.getCodes().get(code)),
          Optional.ofNullable(b.getCodes().get(code)));
    }
    extensions(it, w, a, b);
  }

  private void extensions(String it, Where w, Extensible a, Extensible b) {
    Set<String> names = new LinkedHashSet<>(a.getExtensions().keySet());
    names.addAll(b.getExtensions().keySet());
    for (String name : names) {
      value(it + " " + name, w.member(name), Optional.ofNullable(a.getExtensions().get(name)),
          Optional.ofNullable(b.getExtensions().get(name)));
    }
  }

  // ---- matching ----

  /** Compares two matched elements of a list; {@code w} holds their pointers in the two documents. */
  interface Matched<T> {
    void compare(T before, T after, Where w);
  }

  /**
   * Elements matched by key, wherever they stand (a reordering is no change); an element whose key is met again in
   * the same list (an invalid plan) is matched by its key and its occurrence. Unmatched elements are added or removed
   * as a whole; removals come first, in the old order, then additions and changes in the new order.
   */
  private <T> void keyed(Where list, List<T> a, List<T> b, Function<T, String> key, Function<T, String> name,
      Matched<T> compare) {
    Map<String, Integer> oldIndex = index(a, key);
    Map<String, Integer> newIndex = index(b, key);
    for (Map.Entry<String, Integer> e : oldIndex.entrySet()) {
      if (!newIndex.containsKey(e.getKey())) {
        T gone = a.get(e.getValue());
        removed(name.apply(gone), JsonPointer.append(list.oldPath(), e.getValue()), gone);
      }
    }
    for (Map.Entry<String, Integer> e : newIndex.entrySet()) {
      T now = b.get(e.getValue());
      String newPath = JsonPointer.append(list.newPath(), e.getValue());
      Integer i = oldIndex.get(e.getKey());
      if (i == null) {
        added(name.apply(now), newPath, now);
      } else {
        compare.compare(a.get(i), now, new Where(JsonPointer.append(list.oldPath(), i), newPath));
      }
    }
  }

  private static <T> Map<String, Integer> index(List<T> values, Function<T, String> key) {
    Map<String, Integer> index = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String k = key.apply(values.get(i));
      int n = seen.merge(k, 1, Integer::sum);
      index.put(n == 1 ? k : k + "\u0000" + n, i);
    }
    return index;
  }

  // ---- values ----

  /** A value compared with {@code equals}: absent on one side is an addition or a removal. */
  private void value(String what, Where w, Optional<?> a, Optional<?> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return;
    }
    if (a.isEmpty()) {
      added(what, w.newPath(), b.get());
    } else if (b.isEmpty()) {
      removed(what, w.oldPath(), a.get());
    } else if (!a.get().equals(b.get())) {
      changes.add(new PlanChange(PlanChange.Kind.CHANGED, what, Optional.of(w.oldPath()), Optional.of(w.newPath()),
          Optional.of(a.get()), Optional.of(b.get()), "", Optional.empty(), Optional.empty()));
    }
  }

  /** A list compared as a whole, in order; an empty list is absent from the document. */
  private void list(String what, Where w, List<?> a, List<?> b) {
    value(what, w, a.isEmpty() ? Optional.empty() : Optional.of(a), b.isEmpty() ? Optional.empty() : Optional.of(b));
  }

  private void money(String what, Where w, Optional<Money> a, Optional<Money> b) {
    if (a.isPresent() && b.isPresent() && !a.equals(b)) {
      Money x = a.get();
      Money y = b.get();
      boolean same = x.currency().equals(y.currency());
      figure(what, w, x, y, same ? y.currency() : "", same ? Optional.of(y.amount().subtract(x.amount()))
          : Optional.empty(), Calculators.relativeChange(Revision.from(a).to(b)));
    } else {
      value(what, w, a, b);
    }
  }

  private void count(String what, Where w, OptionalLong a, OptionalLong b) {
    if (a.isPresent() && b.isPresent()) {
      if (a.getAsLong() != b.getAsLong()) {
        BigDecimal x = BigDecimal.valueOf(a.getAsLong());
        BigDecimal y = BigDecimal.valueOf(b.getAsLong());
        figure(what, w, a.getAsLong(), b.getAsLong(), "people", Optional.of(y.subtract(x)),
            Calculators.relativeChange(Revision.from(x).to(y)));
      }
      return;
    }
    value(what, w, boxed(a), boxed(b));
  }

  private void decimal(String what, Where w, Optional<BigDecimal> a, Optional<BigDecimal> b, String unit) {
    if (a.isPresent() && b.isPresent()) {
      if (a.get().compareTo(b.get()) != 0) {
        figure(what, w, a.get(), b.get(), unit, Optional.of(b.get().subtract(a.get())),
            Calculators.relativeChange(Revision.from(a.get()).to(b.get())));
      }
      return;
    }
    value(what, w, a, b);
  }

  private void figure(String what, Where w, Object a, Object b, String unit, Optional<BigDecimal> change,
      Calculation relative) {
    changes.add(new PlanChange(PlanChange.Kind.CHANGED, what, Optional.of(w.oldPath()), Optional.of(w.newPath()),
        Optional.of(a), Optional.of(b), unit, change, Optional.of(relative)));
  }

  private static Optional<Object> boxed(OptionalLong v) {
    return v.isPresent() ? Optional.of(v.getAsLong()) : Optional.empty();
  }

  private void added(String what, String newPath, Object value) {
    changes.add(new PlanChange(PlanChange.Kind.ADDED, what, Optional.empty(), Optional.of(newPath), Optional.empty(),
        Optional.of(value), unitOf(value), Optional.empty(), Optional.empty()));
  }

  private void removed(String what, String oldPath, Object value) {
    changes.add(new PlanChange(PlanChange.Kind.REMOVED, what, Optional.of(oldPath), Optional.empty(),
        Optional.of(value), Optional.empty(), unitOf(value), Optional.empty(), Optional.empty()));
  }

  private static String unitOf(@Nullable Object value) {
    if (value instanceof Money m) {
      return m.currency();
    }
    return value instanceof Long ? "people" : "";
  }
}
