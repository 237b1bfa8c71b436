package org.responseplan.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule catalogue: stable codes, a message in every language, and a row in docs/validation-rules.md. */
class RuleCatalogueTest {
  /** Relative to the module directory, where the tests run. */
  private static final Path RULES_DOC = Path.of("../docs/validation-rules.md");
  private static final Pattern KEBAB_CASE = Pattern.compile("[a-z]+(-[a-z]+)*");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  /** One messages file, read as it is on the class path (UTF-8, as ResourceBundle reads it). */
  private static Properties messages(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Rule.class.getResourceAsStream(file)) {
      assertNotNull(in, file);
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<String> codes() {
    return Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void codesAreUnique() {
    assertEquals(Rule.values().length, codes().size());
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void aCodeIsLowerCaseKebabCaseAndFindsItsRule(Rule rule) {
    assertTrue(KEBAB_CASE.matcher(rule.code()).matches(), rule.code());
    assertEquals(Optional.of(rule), Rule.fromCode(rule.code()));
  }

  @Test
  void anUnknownCodeFindsNoRule() {
    assertEquals(Optional.empty(), Rule.fromCode("NEGATIVE_COUNT"));
    assertEquals(Optional.empty(), Rule.fromCode(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages.properties", "messages_es.properties"})
  void eachMessagesFileHasANonBlankMessageForEveryRuleAndNothingElse(String file) throws IOException {
    Properties p = messages(file);
    for (Rule rule : Rule.values()) {
      String message = p.getProperty(rule.code());
      assertNotNull(message, () -> file + " has no message for " + rule.code());
      assertFalse(message.isBlank(), () -> file + " has a blank message for " + rule.code());
    }
    assertEquals(codes(), p.stringPropertyNames());
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void englishAndSpanishMessagesUseTheSameArguments(Rule rule) throws IOException {
    String english = messages("messages.properties").getProperty(rule.code());
    String spanish = messages("messages_es.properties").getProperty(rule.code());
    assertEquals(arguments(english), arguments(spanish), rule.code());
    assertFalse(english.equals(spanish), () -> rule.code() + " is not translated");
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void findingMessageFindsTheRulesMessageInBothLanguages(Rule rule) {
    // The fallback for a missing message is "code: value"; a real message never starts so.
    String english = Finding.message(rule, Locale.ROOT, "v", "d1", "d2");
    String spanish = Finding.message(rule, Locale.forLanguageTag("es"), "v", "d1", "d2");
    assertFalse(english.startsWith(rule.code() + ":"), english);
    assertFalse(spanish.startsWith(rule.code() + ":"), spanish);
    assertFalse(english.isBlank());
    assertFalse(spanish.isBlank());
  }

  @Test
  void aMessageShowsItsValueAndDetails() {
    assertEquals("The code \"HEALTH\" is not in the vocabulary \"iasc-cluster\".",
        Finding.message(Rule.UNKNOWN_CODE, Locale.ROOT, "HEALTH", "iasc-cluster"));
    assertEquals("El código \"HEALTH\" no está en el vocabulario \"iasc-cluster\".",
        Finding.message(Rule.UNKNOWN_CODE, Locale.forLanguageTag("es"), "HEALTH", "iasc-cluster"));
  }

  @Test
  void anApostropheInAMessageIsWrittenOnce() {
    // MessageFormat needs '' in the file for one ' in the text.
    assertEquals("The country ECU is not in the plan's operational presence.",
        Finding.message(Rule.LOCATION_OUTSIDE_PRESENCE, Locale.ROOT, "ECU"));
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyCodeIsDocumentedInBackticks(Rule rule) throws IOException {
    String doc = Files.readString(RULES_DOC, StandardCharsets.UTF_8);
    assertTrue(doc.contains("`" + rule.code() + "`"), () -> rule.code() + " is not in " + RULES_DOC);
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void theDocumentedSeverityIsTheRulesSeverity(Rule rule) throws IOException {
    List<String> rows = Files.readAllLines(RULES_DOC, StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith("| `" + rule.code() + "` |"))
        .toList();
    assertEquals(1, rows.size(), () -> "table rows for " + rule.code() + ": " + rows);
    String severityCell = rows.get(0).split("\\|")[2].trim();
    assertEquals(rule.severity().jsonName(), severityCell, rows.get(0));
  }
}
