package org.responseplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.responseplan.indicators.PlanChange;
import org.responseplan.indicators.PlanDiff;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Activity;
import org.responseplan.model.AgeBand;
import org.responseplan.model.Code;
import org.responseplan.model.Funding;
import org.responseplan.model.Location;
import org.responseplan.model.Modality;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.Sector;
import org.responseplan.model.Sex;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The laws of {@link PlanDiff}, on pairs of plans drawn from small pools of identifiers and values (so that most
 * elements match and many values are equal): a plan against itself, or against its own elements reordered, is
 * identical; every reported pointer holds the reported value in the written JSON document; and applying the reported
 * changes to the old document gives the new document's values.
 */
class PlanDiffLawsTest {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final List<Optional<Money>> AMOUNTS = List.of(Optional.empty(), Optional.of(Money.zero("USD")),
      Optional.of(Money.of(100, "USD")), Optional.of(Money.of("150.50", "USD")), Optional.of(Money.of(100, "EUR")));
  private static final List<Location> PLACES = List.of(Location.country("COL"), Location.country("PER"),
      Location.builder().country("COL").admin1Code("CO11").admin1Name("Bogotá").build(),
      Location.builder().country("COL").admin1Code("CO11").admin1Name("Bogotá D.C.").build());

  private static Gen<Plan> plans() {
    return PlanDiffLawsTest::plan;
  }

  private static int pick(RandomnessSource in, int n) {
    return integers().between(0, n - 1).generate(in);
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(pick(in, values.size()));
  }

  private static boolean flip(RandomnessSource in) {
    return pick(in, 2) == 1;
  }

  /** A plan whose elements come from fixed pools of identifiers, in a random order, with values from small sets. */
  private static Plan plan(RandomnessSource in) {
    Plan.Builder b = Plan.builder().id("p").name(pick(in, List.of("Plan", "Plan (revised)")));
    pick(in, AMOUNTS).ifPresent(b::requirements);
    pick(in, AMOUNTS).ifPresent(b::originalRequirements);
    if (flip(in)) {
      b.funding(Funding.builder().total(pick(in, AMOUNTS)).build());
    }
    for (Location l : subset(in, PLACES.subList(0, 3))) {
      b.addOperationalPresence(l);
    }
    if (flip(in)) {
      b.people(people(in));
    }
    for (String o : subset(in, List.of("so1", "so2", "so3"))) {
      Objective.Builder ob = Objective.builder().id(o).title(pick(in, List.of("Save lives", "Protect")));
      pick(in, AMOUNTS).ifPresent(ob::requirements);
      for (String s : subset(in, List.of(o + "-health", o + "-wash", o + "-shelter"))) {
        ob.addSectors(sector(in, s));
      }
      b.addObjectives(ob.build());
    }
    for (String s : subset(in, List.of("hea", "edu"))) {
      b.addSectors(sector(in, s));
    }
    if (flip(in)) {
      b.addDonors(pick(in, List.of("ECHO", "USAID")));
    }
    if (flip(in)) {
      b.putExtensions("x-note", RawJson.of(pick(in, List.of("\"draft\"", "{\"a\":[1,2]}"))));
    }
    return b.build();
  }

  private static Sector sector(RandomnessSource in, String id) {
    Sector.Builder b = Sector.builder().id(id).code(Code.of("iasc-cluster", pick(in, List.of("HEA", "WSH"))));
    pick(in, AMOUNTS).ifPresent(b::requirements);
    pick(in, AMOUNTS).ifPresent(b::originalRequirements);
    for (String a : subset(in, List.of(id + "-a1", id + "-a2"))) {
      Activity.Builder ab = Activity.builder().id(a).description(pick(in, List.of("Food kits", "Vouchers")));
      if (flip(in)) {
        ab.addModalities(pick(in, List.of(Modality.IN_KIND, Modality.CASH_OR_VOUCHER)));
      }
      pick(in, AMOUNTS).ifPresent(ab::requirements);
      b.addActivities(ab.build());
    }
    if (flip(in)) {
      b.people(people(in));
    }
    return b.build();
  }

  private static PeopleFigures people(RandomnessSource in) {
    PeopleFigures.Builder b = PeopleFigures.builder();
    List<Long> totals = List.of(-1L, 20L, 50L);
    long inNeed = pick(in, totals);
    if (inNeed >= 0) {
      b.inNeed(inNeed);
    }
    long targeted = pick(in, totals);
    if (targeted >= 0) {
      b.targeted(targeted);
    }
    List<PeopleCell.Builder> cells = List.of(PeopleCell.builder().sex(Sex.FEMALE),
        PeopleCell.builder().sex(Sex.MALE).ageBand(AgeBand.CHILDREN),
        PeopleCell.builder().location(pick(in, PLACES.subList(2, 4))),
        PeopleCell.builder().populationGroup(Code.of("population-group", "refugees")).location(PLACES.get(0)));
    for (PeopleCell.Builder c : subset(in, cells)) {
      long v = pick(in, List.of(-1L, 0L, 10L, 20L));
      if (v >= 0) {
        c.inNeed(v);
      }
      b.addBreakdown(c.build());
    }
    return b.build();
  }

  /** Some of the values, in a random order. */
  private static <T> List<T> subset(RandomnessSource in, List<T> pool) {
    List<T> out = new ArrayList<>();
    for (T t : pool) {
      if (flip(in)) {
        out.add(t);
      }
    }
    Collections.shuffle(out, new Random(pick(in, 1000)));
    return out;
  }

  @Test
  void aPlanAgainstItselfIsIdentical() {
    qt().withExamples(300).forAll(plans()).checkAssert(p -> {
      PlanDiff d = PlanDiff.between(p, p);
      assertTrue(d.isIdentical(), d.toText());
      assertEquals("{\"identical\":true,\"changes\":[]}", PlanDiffJson.toJson(d));
    });
  }

  @Test
  void everyPointerHoldsItsValueAndApplyingTheChangesGivesTheNewPlan() {
    qt().withExamples(500).forAll(plans(), plans()).checkAssert((before, after) -> {
      PlanDiff d = PlanDiff.between(before, after);
      Object oldDoc = parse(PlanJson.writer().toJson(before));
      Object newDoc = parse(PlanJson.writer().toJson(after));
      Object applied = keyed(oldDoc);
      for (PlanChange c : d.changes()) {
        c.oldPath().ifPresent(p -> assertEquals(json(c.oldValue().orElseThrow()), at(oldDoc, p), c.toString()));
        c.newPath().ifPresent(p -> assertEquals(json(c.newValue().orElseThrow()), at(newDoc, p), c.toString()));
        switch (c.kind()) {
          case REMOVED -> remove(applied, keyedPath(oldDoc, c.oldPath().orElseThrow()));
          case ADDED -> put(applied, keyedPath(newDoc, c.newPath().orElseThrow()), json(c.newValue().orElseThrow()));
          case CHANGED -> {
            List<String> where = keyedPath(oldDoc, c.oldPath().orElseThrow());
            assertEquals(where, keyedPath(newDoc, c.newPath().orElseThrow()), "one thing, two pointers: " + c);
            put(applied, where, json(c.newValue().orElseThrow()));
          }
        }
      }
      assertEquals(withoutEmptyKeyed(keyed(newDoc)), withoutEmptyKeyed(applied), d.toText());
    });
  }

  // ---- a small JSON tree (maps, lists, and scalars as their JSON text) ----

  private static Object parse(String json) {
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      return node(p);
    }
  }

  private static Object node(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> m = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        m.put(name, node(p));
      }
      return m;
    }
    if (t == JsonToken.START_ARRAY) {
      List<Object> l = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        l.add(node(p));
      }
      return l;
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return "#" + p.getDecimalValue().stripTrailingZeros().toPlainString();
    }
    return t == JsonToken.VALUE_STRING ? "\"" + p.getString() : p.getString();
  }

  /** A value of a change as the tree the format would hold. */
  private static Object json(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      PlanDiffJson.value(g, value);
    }
    return parse(out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static List<String> tokens(String pointer) {
    List<String> out = new ArrayList<>();
    for (String t : pointer.substring(1).split("/", -1)) {
      out.add(t.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Object at(Object doc, String pointer) {
    Object n = doc;
    for (String t : tokens(pointer)) {
      n = n instanceof List<?> l ? l.get(Integer.parseInt(t)) : ((Map<String, Object>) n).get(t);
    }
    return n;
  }

  /** Arrays whose elements have an identity, by member name. */
  private static boolean isKeyed(String member) {
    return List.of("objectives", "sectors", "activities", "operationalPresence", "breakdown", "indicators",
        "measurements", "vocabularies").contains(member);
  }

  /** The identity of an element of a keyed array: its id, else its codes and dimensions (never its names). */
  @SuppressWarnings("unchecked")
  private static String key(Object element) {
    Map<String, Object> m = (Map<String, Object>) element;
    if (m.containsKey("id")) {
      return "id " + m.get("id");
    }
    StringBuilder b = new StringBuilder();
    for (String k : List.of("sex", "ageBand", "populationGroup", "location", "subset", "period", "country",
        "admin1Code", "admin2Code")) {
      Object v = m.get(k);
      if (v instanceof Map<?, ?> inner) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) inner);
        copy.remove("name");
        copy.remove("admin1Name");
        copy.remove("admin2Name");
        v = copy;
      }
      b.append(k).append('=').append(v).append(';');
    }
    return b.toString();
  }

  /** Keyed arrays as maps by key (in a class of their own, so that empty ones can be told apart). */
  private static final class KeyedMap extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
  }

  @SuppressWarnings("unchecked")
  private static Object keyed(Object n) {
    if (n instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
        if (isKeyed(e.getKey()) && e.getValue() instanceof List<?> l) {
          KeyedMap k = new KeyedMap();
          l.forEach(x -> k.put(key(x), keyed(x)));
          out.put(e.getKey(), k);
        } else {
          out.put(e.getKey(), keyed(e.getValue()));
        }
      }
      return out;
    }
    if (n instanceof List<?> l) {
      return l.stream().map(PlanDiffLawsTest::keyed).toList();
    }
    return n;
  }

  /** A pointer into {@code doc} with each index of a keyed array replaced by the element's key. */
  @SuppressWarnings("unchecked")
  private static List<String> keyedPath(Object doc, String pointer) {
    List<String> out = new ArrayList<>();
    Object n = doc;
    String member = "";
    for (String t : tokens(pointer)) {
      if (n instanceof List<?> l) {
        n = l.get(Integer.parseInt(t));
        out.add(isKeyed(member) ? key(n) : t);
      } else {
        n = ((Map<String, Object>) n).get(t);
        out.add(t);
      }
      member = t;
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void put(Object tree, List<String> path, Object value) {
    Object n = tree;
    for (int i = 0; i < path.size() - 1; i++) {
      String t = path.get(i);
      Map<String, Object> m = (Map<String, Object>) n;
      n = m.computeIfAbsent(t, x -> isKeyed(x) ? new KeyedMap() : new LinkedHashMap<String, Object>());
    }
    String last = path.get(path.size() - 1);
    ((Map<String, Object>) n).put(last, ((Map<String, Object>) keyed(Map.of(last, value))).get(last));
  }

  @SuppressWarnings("unchecked")
  private static void remove(Object tree, List<String> path) {
    Object n = tree;
    for (int i = 0; i < path.size() - 1; i++) {
      n = ((Map<String, Object>) n).get(path.get(i));
    }
    assertTrue(((Map<String, Object>) n).containsKey(path.get(path.size() - 1)), "removed what was there: " + path);
    ((Map<String, Object>) n).remove(path.get(path.size() - 1));
  }

  @SuppressWarnings("unchecked")
  private static Object withoutEmptyKeyed(Object n) {
    if (n instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
        if (!(e.getValue() instanceof KeyedMap k && k.isEmpty())) {
          out.put(e.getKey(), withoutEmptyKeyed(e.getValue()));
        }
      }
      return out;
    }
    if (n instanceof List<?> l) {
      return l.stream().map(PlanDiffLawsTest::withoutEmptyKeyed).toList();
    }
    return n;
  }
}
