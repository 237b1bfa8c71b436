package org.responseplan.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.responseplan.io.json.PlanJson;
import org.responseplan.jackson2.UserPojos.Envelope;
import org.responseplan.jackson2.UserPojos.Message;
import org.responseplan.jackson2.UserPojos.Pledge;
import org.responseplan.jackson2.UserPojos.Submission;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.Plan;
import org.responseplan.model.RawJson;
import org.responseplan.model.validation.Finding;

/** The plan format through a Jackson 2 {@code ObjectMapper} with {@link ResponsePlanJackson2Module}. */
class ResponsePlanJackson2ModuleTest {
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new ResponsePlanJackson2Module());
  static final ObjectMapper LENIENT = new ObjectMapper().registerModule(ResponsePlanJackson2Module.lenient());

  @Test
  void everyValueTypeRoundTripsOnItsOwn() throws IOException {
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
    Plan expected = TestPlans.seed();
    assertEquals(expected, MAPPER.readValue(Files.readAllBytes(TestPlans.SEED), Plan.class));
    assertEquals(expected, MAPPER.readValue(TestPlans.SEED.toFile(), Plan.class));
    assertEquals(expected, MAPPER.readValue(Files.readString(TestPlans.SEED), Plan.class));
    assertEquals(expected, MAPPER.readerFor(Plan.class).readValue(Files.newBufferedReader(TestPlans.SEED)));
  }

  @Test
  void writesCompactJsonThatThePlanReaderReadsBack() throws IOException {
    Plan plan = TestPlans.seed();
    String compact = MAPPER.writeValueAsString(plan);
    assertFalse(compact.contains("\n"), "the default mapper writes compact JSON");
    assertTrue(compact.startsWith("{\"id\":\"iom-crp-venezuela-rmrp-2022\",\"name\":"), compact.substring(0, 80));
    assertEquals(plan, PlanJson.reader().read(compact).plan().orElseThrow());
    assertEquals(plan, MAPPER.readValue(compact, Plan.class));
  }

  @Test
  void prettyPrintingIsTheMappersOwn() throws IOException {
    Plan plan = TestPlans.seed();
    String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(plan);
    assertTrue(pretty.startsWith("{\n  \"id\" : \"iom-crp-venezuela-rmrp-2022\",\n"), pretty.substring(0, 60));
    assertEquals(plan, MAPPER.readValue(pretty, Plan.class));
    assertEquals(plan, PlanJson.reader().read(pretty).plan().orElseThrow());
    ObjectMapper indenting = new ObjectMapper().registerModule(new ResponsePlanJackson2Module())
        .enable(SerializationFeature.INDENT_OUTPUT);
    assertEquals(pretty, indenting.writeValueAsString(plan));
  }

  @Test
  void theSameMembersInTheSameOrderAsTheCanonicalForm() throws IOException {
    Plan plan = TestPlans.seed();
    JsonNode canonical = MAPPER.readTree(PlanJson.writer().toBytes(plan));
    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsBytes(plan));
    assertEquals(canonical, written);
    List<String> canonicalNames = iterate(canonical.fieldNames());
    assertEquals(canonicalNames, iterate(written.fieldNames()));
  }

  private static List<String> iterate(java.util.Iterator<String> names) {
    List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  @Test
  void aPlanInsideTheUsersOwnBeanRoundTrips() throws IOException {
    Envelope envelope = new Envelope();
    envelope.setSource("fts");
    envelope.setPlan(TestPlans.seed());
    String json = MAPPER.writeValueAsString(envelope);
    Envelope read = MAPPER.readValue(json, Envelope.class);
    assertEquals("fts", read.getSource());
    assertEquals(envelope.getPlan(), read.getPlan());

    Envelope empty = MAPPER.readValue("{\"source\":\"none\",\"plan\":null}", Envelope.class);
    assertNull(empty.getPlan());
  }

  @Test
  void aPlanInsideTheUsersCreatorClassRoundTripsPrettyOrNot() throws IOException {
    Plan plan = TestPlans.seed();
    Submission submission = new Submission("IOM", plan, plan.getObjectives().subList(0, 2));
    for (String json : List.of(MAPPER.writeValueAsString(submission),
        MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(submission))) {
      assertEquals(submission, MAPPER.readValue(json, Submission.class));
    }
    // Members in another order than the creator's parameters.
    String reordered = "{\"highlights\":[],\"plan\":{\"id\":\"p\",\"name\":\"P\"},\"agency\":\"IOM\"}";
    assertEquals("p", MAPPER.readValue(reordered, Submission.class).getPlan().getId());
  }

  @Test
  void aListOfObjectivesAndAMoneyRoundTrip() throws IOException {
    List<Objective> objectives = TestPlans.seed().getObjectives();
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
  void decimalsAreExactWhateverTheMappersFloatSetting() throws IOException {
    String json = "{\"amount\":12345678901234567890.10,\"currency\":\"USD\"}";
    BigDecimal exact = new BigDecimal("12345678901234567890.10");
    assertEquals(exact, MAPPER.readValue(json, Money.class).amount());
    ObjectMapper bigDecimals = new ObjectMapper().registerModule(new ResponsePlanJackson2Module())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    assertEquals(exact, bigDecimals.readValue(json, Money.class).amount());
    assertEquals(json, MAPPER.writeValueAsString(Money.of("12345678901234567890.10", "USD")));
  }

  @Test
  void aValueBufferedByJacksonKeepsItsExactAmount() throws IOException {
    String json = "{\"amount\":{\"amount\":12345678901234567890.10,\"currency\":\"USD\"},\"kind\":\"pledge\"}";
    Message read = MAPPER.readValue(json, Message.class);
    Pledge pledge = assertInstanceOf(Pledge.class, read);
    assertEquals(new BigDecimal("12345678901234567890.10"), pledge.getAmount().amount());
  }

  @Test
  void aTreeConvertsToAValueAndBack() throws IOException {
    Plan plan = TestPlans.seed();
    JsonNode tree = MAPPER.valueToTree(plan);
    assertEquals("iom-crp-venezuela-rmrp-2022", tree.get("id").asText());
    assertEquals(plan, MAPPER.treeToValue(tree, Plan.class));
    assertEquals(plan, MAPPER.convertValue(plan, Plan.class));
    Money money = Money.of("191672875.50", "USD");
    assertEquals(new BigDecimal("191672875.50"), MAPPER.convertValue(money, Money.class).amount());
    assertEquals(money, MAPPER.treeToValue(MAPPER.valueToTree(money), Money.class));
  }

  @Test
  void amountsAreWrittenAsPlainDecimals() throws IOException {
    assertEquals("{\"amount\":0.0000001,\"currency\":\"USD\"}",
        MAPPER.writeValueAsString(Money.of("0.0000001", "USD")));
    assertEquals("{\"amount\":100000000000,\"currency\":\"USD\"}",
        MAPPER.writeValueAsString(Money.of("1E+11", "USD")));
  }

  @Test
  void moneyOfEqualAmountsInAnotherScaleStaysEqual() throws IOException {
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
    assertTrue(e.getMessage().contains("negative-count at /people/inNeed: "), e.getMessage());
    assertEquals(Plan.class, e.getTargetType());
    assertEquals(1, e.getLocation().getLineNr(), "where the plan starts");
    PlanInputException p = assertInstanceOf(PlanInputException.class, e);
    assertEquals(List.of("negative-count"), p.findings().stream().map(f -> f.rule().code()).toList());
  }

  @Test
  void anUnknownCurrencyFailsWithTheRuleAndThePointer() {
    String json = "{\"source\":\"x\",\"plan\":{\"id\":\"p\",\"name\":\"P\","
        + "\"requirements\":{\"amount\":10,\"currency\":\"XQQ\"}}}";
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue(json, Envelope.class));
    assertTrue(e.getMessage().contains("invalid-currency at /plan/requirements/currency"), e.getMessage());
    assertTrue(e.getMessage().contains("XQQ"), e.getMessage());
    assertEquals("plan", e.getPath().get(0).getFieldName());
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
  void anUnknownMemberFailsWhenStrictAndIsKeptWhenLenient() throws IOException {
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
  void countsFollowThePlanReaderThroughTheJackson2Copy() {
    // Whole numbers written with a fraction or an exponent are counts (JSON Schema agrees); a fraction is not.
    for (String count : List.of("1e0", "5.0", "1E+3")) {
      String json = "{\"id\":\"p\",\"name\":\"P\",\"people\":{\"inNeed\":" + count + "}}";
      long expected = PlanJson.reader().read(json).plan().orElseThrow().getPeople().orElseThrow().getInNeed()
          .getAsLong();
      assertEquals(new java.math.BigDecimal(count).longValueExact(), expected, count);
      assertEquals(expected, assertDoesNotThrow(() -> MAPPER.readValue(json, Plan.class)).getPeople().orElseThrow()
          .getInNeed().getAsLong(), count);
    }
    String fraction = "{\"id\":\"p\",\"name\":\"P\",\"people\":{\"inNeed\":1.5}}";
    assertTrue(PlanJson.reader().read(fraction).plan().isEmpty());
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(fraction, Plan.class));
    assertTrue(e.getMessage().contains("wrong-type at /people/inNeed"), e.getMessage());
  }

  @Test
  void malformedJsonFailsWithTheMappersException() {
    String json = "{\"id\":\"p\",\"name\":\"P\",\"requirements\":{\"amount\":10,\"currency\":}}";
    assertThrows(JsonProcessingException.class, () -> MAPPER.readValue(json, Plan.class));
  }

  @Test
  void aWrongTypeForAPlanMemberIsReportedAtItsPointer() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"source\":\"x\",\"plan\":[1]}", Envelope.class));
    assertTrue(e.getMessage().contains("wrong-type at /plan"), e.getMessage());
  }
}
