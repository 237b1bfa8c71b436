package org.responseplan.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.responseplan.model.Plan;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage-guided fuzzing of the Jackson 3 module ({@code docs/testing.md}): whatever the bytes, a mapper with the
 * strict or the lenient module reads a plan or fails with a {@link JacksonException} (a {@link PlanInputException}
 * with at least one finding when the plan format is at fault), never with another exception; a plan that was read
 * is written and read back unchanged. Without {@code JAZZER_FUZZ} JUnit runs it on the inputs under
 * {@code ResponsePlanModuleFuzzTestInputs/readPlan/}.
 */
class ResponsePlanModuleFuzzTest {
  private static final JsonMapper STRICT = JsonMapper.builder().addModule(new ResponsePlanModule()).build();
  private static final JsonMapper LENIENT = JsonMapper.builder().addModule(ResponsePlanModule.lenient()).build();

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readPlan(byte[] json) {
    checkRead(STRICT, json);
    checkRead(LENIENT, json);
  }

  private static void checkRead(JsonMapper mapper, byte[] json) {
    Plan plan;
    try {
      plan = mapper.readValue(json, Plan.class);
    } catch (PlanInputException e) {
      assertFalse(e.findings().isEmpty(), "PlanInputException without findings");
      return;
    } catch (JacksonException e) {
      return; // not JSON, or JSON the mapper itself refuses: a documented outcome
    }
    if (plan == null) {
      return; // the document is the JSON literal null
    }
    byte[] written = mapper.writeValueAsBytes(plan);
    assertEquals(plan, mapper.readValue(written, Plan.class), "written plan reads back differently");
  }
}
