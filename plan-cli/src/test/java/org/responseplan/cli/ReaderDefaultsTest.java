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
    String[] outErr = run(args);
    assertEquals("", outErr[1]);
    return outErr[0];
  }

  /** Standard output and standard error of a run on {@link #DOC}. */
  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main.run(args, new ByteArrayInputStream(DOC.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {out.toString(StandardCharsets.UTF_8).strip(), err.toString(StandardCharsets.UTF_8).strip()};
  }

  @Test
  void aLanguageWithoutMessagesGivesEnglishAndSaysSo() {
    String[] french = run("validate", "--format", "json", "--lang", "fr", "-");
    assertEquals(validate("validate", "--format", "json", "--lang", "en", "-"), french[0]);
    assertEquals("responseplan: there are no messages in \"fr\"; they are in English (languages: en, es)", french[1]);
    assertEquals("", run("validate", "--lang", "es-VE", "-")[1]);
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
