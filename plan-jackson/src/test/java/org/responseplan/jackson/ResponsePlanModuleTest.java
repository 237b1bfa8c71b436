package org.responseplan.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.responseplan.jackson.UserTypes.Budget;
import org.responseplan.jackson.UserTypes.Envelope;
import org.responseplan.jackson.UserTypes.Message;
import org.responseplan.io.json.PlanJson;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.validation.Finding;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The plan format through a Jackson 3 {@code JsonMapper} with {@link ResponsePlanModule}. */
class ResponsePlanModuleTest {
  static final Path SEED = TestPlans.SEED;

  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new ResponsePlanModule()).build();
  static final JsonMapper LENIENT = JsonMapper.builder().addModule(ResponsePlanModule.lenient()).build();

  static Plan seed() {
    return TestPlans.seed();
  }

  static Plan minimal(String json) {
    return PlanJson.reader().read(json).plan().orElseThrow();
  }

  @Test
  void everyValueTypeRoundTripsOnItsOwn() {
    Map<Class<?>, Object> values = TestPlans.oneOfEachValueType();
    assertEquals(PlanJson.VALUE_TYPES, values.keySet());
    for (Map.Entry<Class<?>, Object> e : values.entrySet()) {
      String json = MAPPER.writeValueAsString(e.getValue());
      assertEquals(e.getValue(), MAPPER.readValue(json, e.getKey()), json);
      assertEquals(e.getValue(), PlanJson.reader().readValue(json, e.getKey()).value().orElseThrow(), json);
    }
  }

  @Test
  void readsTheExamplePlanLikeThePlanReader() throws IOException {
    Plan expected = seed();
    assertEquals(expected, MAPPER.readValue(Files.readAllBytes(SEED), Plan.class));
    assertEquals(expected, MAPPER.readValue(SEED.toFile(), Plan.class));
    assertEquals(expected, MAPPER.readValue(Files.readString(SEED), Plan.class));
  }

  @Test
  void writesCompactJsonThatThePlanReaderReadsBack() {
    Plan plan = seed();
    String compact = MAPPER.writeValueAsString(plan);
    assertFalse(compact.contains("\n"), "the default mapper writes compact JSON");
    assertTrue(compact.startsWith("{\"id\":\"iom-crp-venezuela-rmrp-2022\",\"name\":"), compact.substring(0, 80));
    assertEquals(plan, PlanJson.reader().read(compact).plan().orElseThrow());
    assertEquals(plan, MAPPER.readValue(compact, Plan.class));
  }

  @Test
  void prettyPrintingIsTheMappersOwn() {
    Plan plan = seed();
    String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(plan);
    assertTrue(pretty.startsWith("{\n  \"id\""), pretty.substring(0, 60));
    assertEquals(plan, MAPPER.readValue(pretty, Plan.class));
    // The mapper's own setting indents the same way as its pretty writer: the layout is the mapper's, not the module's.
    JsonMapper indenting = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    assertEquals(pretty, indenting.writeValueAsString(plan));
  }

  @Test
  void theSameMembersInTheSameOrderAsTheCanonicalForm() {
    Plan plan = seed();
    JsonNode canonical = MAPPER.readTree(PlanJson.writer().toBytes(plan));
    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsBytes(plan));
    assertEquals(canonical, written);
    assertEquals(canonical.propertyNames(), written.propertyNames());
  }

  @Test
  void aPlanInsideTheUsersOwnRecordRoundTrips() {
    Envelope envelope = new Envelope("fts", seed());
    String json = MAPPER.writeValueAsString(envelope);
    assertTrue(json.startsWith("{\"source\":\"fts\",\"plan\":{\"id\":"), json.substring(0, 60));
    assertEquals(envelope, MAPPER.readValue(json, Envelope.class));
  }

  @Test
  void aNullPlanInsideTheUsersRecordIsNull() {
    Envelope read = MAPPER.readValue("{\"source\":\"none\",\"plan\":null}", Envelope.class);
    assertNull(read.plan());
  }

  @Test
  void aListOfObjectivesAndAMoneyRoundTrip() {
    List<Objective> objectives = seed().getObjectives();
    String json = MAPPER.writeValueAsString(objectives);
    assertTrue(json.startsWith("[{\"id\":"), json.substring(0, 20));
    assertEquals(objectives, MAPPER.readValue(json, new TypeReference<List<Objective>>() {}));

    Money money = Money.of("191672875.50", "USD");
    String m = MAPPER.writeValueAsString(money);
    assertEquals("{\"amount\":191672875.50,\"currency\":\"USD\"}", m);
    Money back = MAPPER.readValue(m, Money.class);
    assertEquals(money, back);
    assertEquals(new BigDecimal("191672875.50"), back.amount(), "the scale is kept");

    Map<String, Money> byDonor = Map.of("ECHO", Money.of(1_000_000, "EUR"));
    assertEquals(byDonor, MAPPER.readValue(MAPPER.writeValueAsString(byDonor),
        new TypeReference<Map<String, Money>>() {}));
  }

  @Test
  void aValueBufferedByJacksonKeepsItsExactAmount() {
    Budget budget = new Budget(Money.of("12345678901234567890.10", "USD"),
        new Period(java.time.LocalDate.of(2022, 1, 1), java.time.LocalDate.of(2022, 12, 31)));
    String json = "{\"amount\":{\"amount\":12345678901234567890.10,\"currency\":\"USD\"},"
        + "\"period\":{\"start\":\"2022-01-01\",\"end\":\"2022-12-31\"},\"kind\":\"budget\"}";
    Message read = MAPPER.readValue(json, Message.class);
    assertEquals(budget, read);
    assertEquals(new BigDecimal("12345678901234567890.10"), ((Budget) read).amount().amount());
    assertEquals(budget, MAPPER.readValue(MAPPER.writeValueAsString(budget), Message.class));
  }

  @Test
  void aTreeConvertsToAValueAndBack() {
    Plan plan = seed();
    JsonNode tree = MAPPER.valueToTree(plan);
    assertEquals("iom-crp-venezuela-rmrp-2022", tree.get("id").asString());
    assertEquals(plan, MAPPER.treeToValue(tree, Plan.class));
    assertEquals(plan, MAPPER.convertValue(plan, Plan.class));
    Money money = Money.of("191672875.50", "USD");
    JsonNode moneyTree = MAPPER.valueToTree(money);
    assertEquals(new BigDecimal("191672875.50"), moneyTree.get("amount").decimalValue());
    assertEquals(new BigDecimal("191672875.50"), MAPPER.treeToValue(moneyTree, Money.class).amount());
    assertEquals(new BigDecimal("191672875.50"), MAPPER.convertValue(money, Money.class).amount());
  }

  @Test
  void amountsAreWrittenAsPlainDecimals() {
    assertEquals("{\"amount\":0.0000001,\"currency\":\"USD\"}",
        MAPPER.writeValueAsString(Money.of("0.0000001", "USD")));
    assertEquals("{\"amount\":100000000000,\"currency\":\"USD\"}",
        MAPPER.writeValueAsString(Money.of("1E+11", "USD")));
  }

  @Test
  void moneyOfEqualAmountsInAnotherScaleStaysEqual() {
    Money one = Money.of("1.0", "USD");
    Money oneHundredths = Money.of("1.00", "USD");
    assertEquals(one, oneHundredths);
    Money oneBack = MAPPER.readValue(MAPPER.writeValueAsString(one), Money.class);
    Money hundredthsBack = MAPPER.readValue(MAPPER.writeValueAsString(oneHundredths), Money.class);
    assertEquals(oneBack, hundredthsBack);
    assertEquals(one, oneBack);
    assertEquals(1, oneBack.amount().scale());
    assertEquals(2, hundredthsBack.amount().scale());
  }

  @Test
  void aNegativeCountFailsWithTheRuleAndThePointer() {
    String json = "{\"id\":\"p\",\"name\":\"P\",\n\"people\":{\"inNeed\":-5}}";
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(json, Plan.class));
    assertTrue(e.getMessage().contains("negative-count at /people/inNeed (line 2, column"), e.getMessage());
    assertEquals(Plan.class, e.getTargetType());
    PlanInputException p = assertInstanceOf(PlanInputException.class, e);
    assertEquals(List.of("negative-count"), p.findings().stream().map(f -> f.rule().code()).toList());
  }

  @Test
  void anUnknownCurrencyFailsWithTheRuleAndThePointer() {
    String json = "{\"source\":\"x\",\"plan\":{\"id\":\"p\",\"name\":\"P\","
        + "\"requirements\":{\"amount\":10,\"currency\":\"XQQ\"}}}";
    DatabindException e = assertThrows(DatabindException.class, () -> MAPPER.readValue(json, Envelope.class));
    assertTrue(e.getMessage().contains("invalid-currency at /plan/requirements/currency"), e.getMessage());
    assertTrue(e.getMessage().contains("XQQ"), e.getMessage());
  }

  @Test
  void everyFindingIsListed() {
    String json = "{\"id\":\"p\",\"people\":{\"inNeed\":-5},\"requirements\":{\"amount\":-1,\"currency\":\"USD\"},"
        + "\"foo\":true}";
    PlanInputException e = assertThrows(PlanInputException.class, () -> MAPPER.readValue(json, Plan.class));
    Set<String> listed = e.findings().stream().map(f -> f.rule().code() + " " + f.path())
        .collect(Collectors.toSet());
    assertEquals(Set.of("negative-count /people/inNeed", "negative-amount /requirements/amount",
        "unknown-field /foo", "required-field /name"), listed);
    for (Finding f : e.findings()) {
      assertTrue(e.getMessage().contains(f.rule().code() + " at " + f.path()), e.getMessage());
      assertTrue(e.getMessage().contains(f.message()), e.getMessage());
    }
  }

  @Test
  void anUnknownMemberFailsWhenStrictAndIsKeptWhenLenient() {
    String json = "{\"id\":\"p\",\"name\":\"P\",\"fundingSource\":{\"name\":\"FTS\"}}";
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(json, Plan.class));
    assertTrue(e.getMessage().contains("unknown-field at /fundingSource"), e.getMessage());

    Plan plan = LENIENT.readValue(json, Plan.class);
    assertEquals(Map.of("fundingSource", RawJson.of("{\"name\":\"FTS\"}")), plan.getExtensions());
    String written = LENIENT.writeValueAsString(plan);
    assertTrue(written.endsWith(",\"fundingSource\":{\"name\":\"FTS\"}}"), written);
    assertEquals(plan, LENIENT.readValue(written, Plan.class));
  }

  @Test
  void malformedJsonInsideAValueFails() {
    String json = "{\"id\":\"p\",\"name\":\"P\",\"requirements\":{\"amount\":10,\"currency\":}}";
    PlanInputException e = assertThrows(PlanInputException.class, () -> MAPPER.readValue(json, Plan.class));
    assertTrue(e.getMessage().contains("json-syntax at / (line 1, column"), e.getMessage());
  }

  @Test
  void aWrongTypeForAPlanMemberIsReportedAtItsPointer() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"source\":\"x\",\"plan\":[1]}", Envelope.class));
    assertTrue(e.getMessage().contains("wrong-type at /plan"), e.getMessage());
  }

  @Test
  void minimalPlanRoundTrips() {
    Plan plan = minimal("{\"id\":\"p\",\"name\":\"P\"}");
    byte[] json = MAPPER.writeValueAsBytes(plan);
    assertEquals("{\"id\":\"p\",\"name\":\"P\"}", new String(json, StandardCharsets.UTF_8));
    assertEquals(plan, MAPPER.readValue(json, Plan.class));
  }
}
