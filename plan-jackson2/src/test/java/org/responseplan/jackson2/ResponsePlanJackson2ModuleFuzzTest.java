package org.responseplan.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.responseplan.model.Plan;

/**
 * Coverage-guided fuzzing of the Jackson 2 module ({@code docs/testing.md}): whatever the bytes, a mapper with the
 * strict or the lenient module reads a plan or fails with an {@link IOException}, as {@code readValue} declares
 * (a {@link JsonProcessingException}, a {@link PlanInputException} with at least one finding when the plan format is
 * at fault, or a {@code CharConversionException} of Jackson's encoding detection), never with another exception; a plan that was read is written and read back unchanged. Without {@code JAZZER_FUZZ} JUnit runs it on
 * the inputs under {@code ResponsePlanJackson2ModuleFuzzTestInputs/readPlan/}.
 */
class ResponsePlanJackson2ModuleFuzzTest {
  private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new ResponsePlanJackson2Module());
  private static final ObjectMapper LENIENT = new ObjectMapper().registerModule(ResponsePlanJackson2Module.lenient());

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readPlan(byte[] json) throws IOException {
    checkRead(STRICT, json);
    checkRead(LENIENT, json);
  }

  private static void checkRead(ObjectMapper mapper, byte[] json) throws IOException {
    Plan plan;
    try {
      plan = mapper.readValue(json, Plan.class);
    } catch (PlanInputException e) {
      assertFalse(e.findings().isEmpty(), "PlanInputException without findings");
      return;
    } catch (IOException e) {
      // Not JSON, or JSON the mapper itself refuses: a documented outcome. Mostly a JsonProcessingException, but
      // Jackson 2's encoding detection throws a plain CharConversionException for bytes it takes for broken UTF-32
      // (regression input crash-a90d47c3...).
      return;
    }
    if (plan == null) {
      return; // the document is the JSON literal null
    }
    byte[] written = mapper.writeValueAsBytes(plan);
    assertEquals(plan, mapper.readValue(written, Plan.class), "written plan reads back differently");
  }
}
