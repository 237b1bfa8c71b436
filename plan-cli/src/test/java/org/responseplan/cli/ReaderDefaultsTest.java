package org.responseplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.ReportJson;
import org.responseplan.model.validation.ValidationReport;

/** The command line reads plans the way {@code PlanJson.reader()} does, so both give the same findings. */
class ReaderDefaultsTest {
  /** An unknown member, a warning and an error: leniency, validation and messages all show in the findings. */
  private static final String DOC = "{\"id\": \"p\", \"name\": \"x\", \"colour\": \"blue\",\n"
      + " \"people\": {\"inNeed\": 5, \"targeted\": 9}, \"requirements\": {\"amount\": 1, \"currency\": \"US\"}}";

  private static String validate(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main.run(args, new ByteArrayInputStream(DOC.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8).strip();
  }

  @Test
  void validateGivesTheFindingsOfTheDefaultReader() {
    for (String lang : List.of("en", "es")) {
      ValidationReport library = PlanJson.reader().withLocale(Locale.forLanguageTag(lang)).read(DOC).validate();
      assertEquals(ReportJson.toJson("-", library), validate("validate", "--format", "json", "--lang", lang, "-"));
      assertTrue(library.findings().stream().anyMatch(f -> f.rule().code().equals("extension-kept")),
          library.findings().toString());
    }
  }

  @Test
  void strictOnTheCommandLineIsTheStrictReader() {
    ValidationReport library = PlanJson.reader().strict().read(DOC).validate();
    String cli = validate("validate", "--strict", "--format", "json", "-");
    assertTrue(library.findings().stream().anyMatch(f -> f.rule().code().equals("unknown-field")));
    // --strict also counts warnings as errors; the findings are otherwise the strict reader's.
    assertEquals(ReportJson.toJson("-", library).replace("\"severity\":\"warning\"", "\"severity\":\"error\"")
        .replace("\"errors\":2,\"warnings\":1", "\"errors\":3,\"warnings\":0"), cli);
  }
}
