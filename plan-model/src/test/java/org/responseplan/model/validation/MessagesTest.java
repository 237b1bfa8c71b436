package org.responseplan.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every message and every phrase rendered in English and Spanish with arguments like those the reader and the
 * validator pass: nothing missing, no argument left unreplaced, no English words in the Spanish text, and the singular
 * where a count is one.
 */
class MessagesTest {
  private static final Locale ES = Locale.forLanguageTag("es");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
  /** English words that have a Spanish one; none may appear in a Spanish message outside quotes. */
  private static final Set<String> ENGLISH = Set.of("the", "is", "of", "and", "or", "an", "to", "in", "at", "on",
      "people", "person", "value", "field", "more", "than", "not", "must", "with", "found", "expected", "number",
      "whole", "text", "date", "such", "as", "objectives", "sectors", "activities", "age", "band", "group",
      "location", "sex", "one", "target", "targeted", "reached", "need", "requirements", "funding", "amount", "cell",
      "breakdown", "document", "empty", "content", "after", "end", "characters", "object", "array", "code", "name",
      "display", "digits", "below", "extension", "string", "here", "but", "was");

  /** The value ({0}) and details ({1}, ...) of each rule, as its callers give them. */
  private static Map<Rule, Object[]> samples() {
    Map<Rule, Object[]> m = new EnumMap<>(Rule.class);
    m.put(Rule.UNREADABLE, new Object[] {"NoSuchFile plan.json"});
    m.put(Rule.JSON_SYNTAX, new Object[] {Phrase.of("the-document-is-empty")});
    m.put(Rule.JSON_LIMIT, new Object[] {Phrase.of("an-extension-longer-than", 20)});
    m.put(Rule.AGGREGATION_LIMIT, new Object[] {"1048576", "country"});
    m.put(Rule.WRONG_TYPE, new Object[] {Phrase.of("the-text", "mucho"), Phrase.of("a-whole-number-of-people")});
    m.put(Rule.DUPLICATE_KEY, new Object[] {"id"});
    m.put(Rule.UNKNOWN_FIELD, new Object[] {"colour"});
    m.put(Rule.EXTENSION_KEPT, new Object[] {"colour"});
    m.put(Rule.FIELD_DROPPED, new Object[] {"rate"});
    m.put(Rule.REQUIRED_FIELD, new Object[] {null});
    m.put(Rule.INVALID_VALUE, new Object[] {"2022-13-01", Phrase.of("a-date-such-as", "2022-01-31")});
    m.put(Rule.NEGATIVE_COUNT, new Object[] {"-5"});
    m.put(Rule.NEGATIVE_AMOUNT, new Object[] {"-1.50"});
    m.put(Rule.INVALID_CURRENCY, new Object[] {"XYZ"});
    m.put(Rule.INVALID_COUNTRY, new Object[] {"ZZZ"});
    m.put(Rule.PERIOD_ORDER, new Object[] {"2022-01-01", "2022-12-31"});
    m.put(Rule.CELL_WITHOUT_DIMENSION, new Object[] {"{}"});
    m.put(Rule.CELL_EXCEEDS_TOTAL, new Object[] {"9", "5"});
    m.put(Rule.DUPLICATE_ID, new Object[] {"o1", "/objectives/0/id"});
    m.put(Rule.UNKNOWN_VOCABULARY, new Object[] {"clusters-2022"});
    m.put(Rule.UNKNOWN_CODE, new Object[] {"HEALTH", "iasc-cluster"});
    m.put(Rule.FIGURE_LABEL, new Object[] {"At risk communities", Phrase.of("figure.targeted")});
    m.put(Rule.MIXED_CURRENCY, new Object[] {"EUR", "USD", "/requirements"});
    m.put(Rule.REQUIREMENTS_EXCEED_PARENT, new Object[] {"100 USD", "120 USD", Phrase.of("sectors")});
    m.put(Rule.CONTRIBUTIONS_EXCEED_TOTAL, new Object[] {"100 USD", "120 USD"});
    m.put(Rule.PEOPLE_EXCEED_PARENT, new Object[] {"9", "5"});
    m.put(Rule.TARGETED_EXCEEDS_IN_NEED, new Object[] {"9", "5"});
    m.put(Rule.REACHED_EXCEEDS_TARGETED, new Object[] {"9", "5"});
    m.put(Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL, new Object[] {"5", "9",
        Phrase.of("list-2", Phrase.of("sex"), Phrase.of("age-band"))});
    m.put(Rule.DUPLICATE_BREAKDOWN_CELL, new Object[] {"female/0-17", "/people/breakdown/0"});
    m.put(Rule.LOCATION_OUTSIDE_PRESENCE, new Object[] {"ECU"});
    m.put(Rule.MEASUREMENT_OUTSIDE_PERIOD, new Object[] {"2021-01-01/2021-12-31", "2022-01-01/2022-12-31"});
    m.put(Rule.DUPLICATE_MEASUREMENT, new Object[] {"2022-01-01/2022-12-31", "/indicators/0/measurements/0"});
    m.put(Rule.RATIO_SUMMED, new Object[] {"sum", "%"});
    // The CSV readers name the limit and its value (their words are English, as plan-import's other details).
    m.put(Rule.CSV_LIMIT, new Object[] {"CsvLimits.maxCellsPerRow = 10000"});
    return m;
  }

  private static String render(Rule rule, Locale locale, Object[] args) {
    return Finding.message(rule, locale, args[0], Arrays.copyOfRange(args, 1, args.length));
  }

  private static Properties bundle(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Rule.class.getResourceAsStream(file)) {
      assertNotNull(in, file);
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /**
   * The words of a Spanish text that are English, leaving out quoted text and JSON Pointers (the document's values
   * and names).
   */
  private static List<String> englishWords(String spanish) {
    List<String> found = new ArrayList<>();
    String prose = spanish.replaceAll("\"[^\"]*\"", " ").replaceAll("/[^\\s),;]*", " ");
    for (String word : prose.split("[^\\p{L}]+", -1)) {
      if (ENGLISH.contains(word.toLowerCase(Locale.ROOT))) {
        found.add(word);
      }
    }
    return found;
  }

  @Test
  void everyRuleHasASample() {
    assertEquals(EnumSet.allOf(Rule.class), samples().keySet());
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyMessageRendersInBothLanguagesWithNoPlaceholderLeftAndNoEnglishInTheSpanish(Rule rule) {
    Object[] args = samples().get(rule);
    String english = render(rule, Locale.ENGLISH, args);
    String spanish = render(rule, ES, args);
    for (String m : List.of(english, spanish)) {
      assertFalse(m.isBlank(), rule.code());
      assertFalse(m.startsWith(rule.code() + ":"), () -> "no message for " + rule.code() + ": " + m);
      assertFalse(PLACEHOLDER.matcher(m).find(), () -> "an argument left in: " + m);
      assertFalse(m.contains("choice"), m);
    }
    assertNotEquals(english, spanish, rule.code());
    assertEquals(List.of(), englishWords(spanish), spanish);
  }

  @Test
  void everyPhraseIsInBothLanguagesWithTheSameArgumentsAndNoEnglishInTheSpanish() throws IOException {
    Properties en = bundle("phrases.properties");
    Properties es = bundle("phrases_es.properties");
    assertEquals(en.stringPropertyNames(), es.stringPropertyNames());
    assertEquals(Set.of(), bundle("phrases_en.properties").stringPropertyNames(), "English is phrases.properties");
    for (String key : en.stringPropertyNames()) {
      assertEquals(arguments(en.getProperty(key)), arguments(es.getProperty(key)), key);
      Object[] args = {"7", "8", "9", "10", "11"};
      Phrase phrase = Phrase.of(key, args);
      String english = phrase.in(Locale.ENGLISH);
      String spanish = phrase.in(ES);
      assertFalse(PLACEHOLDER.matcher(english).find() || PLACEHOLDER.matcher(spanish).find(), key);
      assertNotEquals(english, spanish, key);
      assertEquals(List.of(), englishWords(spanish), spanish);
      assertEquals(english, phrase.toString(), "a phrase's text (and a finding's value) is its English");
    }
  }

  @Test
  void aPhraseIsShownInTheFindingsLanguageAndItsValueStaysEnglish() {
    Finding f = Finding.of(Rule.WRONG_TYPE, "/people/inNeed", Phrase.of("the-text", "mucho"), ES,
        Phrase.of("a-whole-number-of-people"));
    assertEquals("Aquí se esperaba un número entero de personas, pero se encontró el texto \"mucho\".", f.message());
    assertEquals("the text \"mucho\"", f.value());
    assertEquals("The breakdown cells by sex and age band add up to 9, more than the total of 5.",
        render(Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL, Locale.ENGLISH, samples().get(Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL)));
    assertEquals("Las celdas del desglose por sexo y grupo de edad suman 9, más que el total (5).",
        render(Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL, ES, samples().get(Rule.BREAKDOWN_SUM_EXCEEDS_TOTAL)));
  }

  @Test
  void countsOfOneTakeTheSingular() {
    assertEquals("La meta (1 persona) supera el número de personas con necesidades (0).",
        Finding.message(Rule.TARGETED_EXCEEDS_IN_NEED, ES, "1", "0"));
    assertEquals("La meta (9 personas) supera el número de personas con necesidades (5).",
        Finding.message(Rule.TARGETED_EXCEEDS_IN_NEED, ES, "9", "5"));
    assertEquals("1 person targeted is more than the 0 people in need.",
        Finding.message(Rule.TARGETED_EXCEEDS_IN_NEED, Locale.ENGLISH, "1", "0"));
    assertEquals("9 people targeted is more than the 1 person in need.",
        Finding.message(Rule.TARGETED_EXCEEDS_IN_NEED, Locale.ENGLISH, "9", "1"));
    assertEquals("un valor de extensión de más de 1 carácter", Phrase.of("an-extension-longer-than", 1).in(ES));
    Pattern wrongEnglish = Pattern.compile("\\b1 people\\b|\\b(?:[02-9]|\\d\\d+) person\\b");
    Pattern wrongSpanish = Pattern.compile("\\b1 personas\\b|\\b(?:[02-9]|\\d\\d+) persona\\b");
    for (Rule rule : Rule.values()) {
      for (String n : List.of("0", "1", "2", "9", "1500")) {
        Object[] args = samples().get(rule).clone();
        for (int i = 0; i < args.length; i++) {
          if (args[i] instanceof String s && s.matches("\\d+")) {
            args[i] = n;
          }
        }
        String english = render(rule, Locale.ENGLISH, args);
        String spanish = render(rule, ES, args);
        assertFalse(wrongEnglish.matcher(english).find(), english);
        assertFalse(wrongSpanish.matcher(spanish).find(), spanish);
      }
    }
  }

  @Test
  void noMessageWritesACountBeforeAFixedPlural() throws IOException {
    Pattern fixed = Pattern.compile("\\{\\d+\\} (people|person|personas|persona)\\b");
    for (String file : List.of("messages.properties", "messages_es.properties")) {
      Properties p = bundle(file);
      for (String key : p.stringPropertyNames()) {
        assertFalse(fixed.matcher(p.getProperty(key)).find(), file + " " + key + ": use {n,choice,...}");
      }
    }
  }

  @Test
  void theSupportedLanguagesAreEnglishAndSpanishAndAnyOtherGetsEnglish() {
    assertEquals(List.of(Locale.ENGLISH, ES), Finding.supportedLocales());
    assertEquals(Locale.ENGLISH, Finding.messageLocale(Locale.FRENCH));
    assertEquals(Locale.ENGLISH, Finding.messageLocale(Locale.ROOT));
    assertEquals(Locale.forLanguageTag("es-VE"), Finding.messageLocale(Locale.forLanguageTag("es-VE")));
    for (Rule rule : Rule.values()) {
      Object[] args = samples().get(rule);
      assertEquals(render(rule, Locale.ENGLISH, args), render(rule, Locale.FRENCH, args), rule.code());
      assertEquals(render(rule, ES, args), render(rule, Locale.forLanguageTag("es-VE"), args), rule.code());
    }
  }

  private static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
