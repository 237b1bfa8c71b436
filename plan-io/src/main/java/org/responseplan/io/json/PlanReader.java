package org.responseplan.io.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads plan JSON into the model. It never throws on bad input (a document it is given): every problem becomes a
 * {@link Finding} with the rule,
 * a JSON Pointer, the line and column, and the value. A document with any error gives no {@linkplain
 * PlanReadResult#plan() plan}; unless it cannot be parsed at all, the values that were valid still give a {@linkplain
 * PlanReadResult#partialPlan() partial plan}, which {@link PlanReadResult#validate()} checks, so that one pass reports
 * the reading's and the validator's findings.
 *
 * <p>Lenient (the default, and what the command line uses) keeps members the format does not define as extensions,
 * reports each as an {@code extension-kept} info finding, and the writer writes them back unchanged. {@link #strict()}
 * rejects them instead ({@code unknown-field} errors, so no plan), except extension members named {@code x-...},
 * which both keep. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * PlanReadResult result = PlanJson.reader().read(Path.of("plan.json"));
 * result.plan().ifPresent(plan -> System.out.println(plan.getName()));
 * result.validate().findings().forEach(System.out::println);
 * }</pre>
 */
public final class PlanReader {
  private final ReadLimits limits;
  private final JsonFactory factory;
  private final boolean strict;
  private final Locale locale;

  PlanReader(ReadLimits limits, boolean strict, Locale locale) {
    this.limits = limits;
    this.factory = PlanJson.jsonFactory(limits);
    this.strict = strict;
    this.locale = locale;
  }

  /**
   * A lenient reader with English messages and the {@linkplain ReadLimits#DEFAULT default limits}; configure copies
   * of it with {@link #strict()}, {@link #withLocale(Locale)} and {@link #withLimits(ReadLimits)}.
   *
   * @return the default reader (immutable and thread-safe)
   */
  public static PlanReader create() {
    return new PlanReader(ReadLimits.DEFAULT, false, Locale.ENGLISH);
  }

  /**
   * A reader that rejects unknown members with an {@code unknown-field} error (extension members {@code x-...}
   * excepted), so that a document with one gives no plan. Use it to check that a document keeps to the format.
   *
   * @return a copy of this reader that is strict
   */
  public PlanReader strict() {
    return new PlanReader(limits, true, locale);
  }

  /**
   * A reader that keeps unknown members as extensions and reports each as an {@code extension-kept} info: the
   * default, so this is only needed to undo {@link #strict()}.
   *
   * @return a copy of this reader that is lenient
   */
  public PlanReader lenient() {
    return new PlanReader(limits, false, locale);
  }

  /**
   * A reader whose messages are in {@code newLocale}. Messages are written in English and Spanish
   * ({@link Finding#supportedLocales()}); a locale of any other language, such as French, silently gets English
   * messages ({@link Finding#messageLocale(Locale)} tells which language a locale gets). {@link #locale()} stays the
   * locale given.
   *
   * @param newLocale the language of the messages
   * @return a copy of this reader with that locale
   */
  public PlanReader withLocale(Locale newLocale) {
    return new PlanReader(limits, strict, newLocale);
  }

  /**
   * A reader with other read limits.
   *
   * @param newLimits the limits the copy applies
   * @return a copy of this reader with those limits, same strictness and locale
   */
  public PlanReader withLimits(ReadLimits newLimits) {
    return new PlanReader(newLimits, strict, locale);
  }

  /** {@return the read limits this reader applies ({@link ReadLimits#DEFAULT} unless set)} */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * {@return true when unknown members (other than {@code x-...}) are errors; false when they are kept as extensions
   * with an {@code extension-kept} info}
   */
  public boolean isStrict() {
    return strict;
  }

  /** {@return the locale asked for; findings' messages are in its language when English or Spanish, else English} */
  public Locale locale() {
    return locale;
  }

  /**
   * Reads a file; a file that cannot be opened gives an {@code unreadable} finding.
   *
   * @param file the plan document, UTF-8 JSON
   * @return the plan (absent when the document cannot be read as one) and every finding of reading; never throws on a
   *     bad or missing file
   */
  public PlanReadResult read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      return failure(Rule.UNREADABLE, describe(e));
    }
  }

  /**
   * Reads a document held as text.
   *
   * @param json the plan document
   * @return the plan (absent when the text cannot be read as one) and every finding of reading
   */
  public PlanReadResult read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a document held as bytes.
   *
   * @param json the plan document, UTF-8 JSON
   * @return the plan (absent when the bytes cannot be read as one) and every finding of reading
   */
  public PlanReadResult read(byte[] json) {
    return read(new ByteArrayInputStream(json));
  }

  /**
   * Reads a stream to its end, as it comes (the document is never held in memory as text). The stream stays open.
   *
   * @param in the plan document, UTF-8 JSON
   * @return the plan (absent when the document cannot be read as one) and every finding of reading; a failing stream
   *     gives a finding, not an exception
   */
  public PlanReadResult read(InputStream in) {
    PlanDecoder decoder = null;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
      decoder = new PlanDecoder(parser, factory, strict, locale, limits);
      Plan plan = decoder.readDocument(Plan.class);
      return new PlanReadResult(plan, decoder.errors() > 0, decoder.findings(), decoder.kept(), locale);
    } catch (JacksonException e) {
      return PlanReadResult.unparsed(failure(e, decoder).findings(), locale);
    } catch (PlanDecoder.TooManyObjects e) {
      return PlanReadResult.unparsed(failure(e, decoder).findings(), locale);
    }
  }

  /**
   * Reads a document holding one value of a model type on its own, such as an {@link org.responseplan.model.Objective}
   * or a {@link org.responseplan.model.Money} ({@link PlanJson#VALUE_TYPES}). Paths in findings are relative to it.
   * A document with any error gives no value (never a partial one).
   *
   * @param <T> the model type
   * @param in the document, read to its end; the stream stays open
   * @param type the model type to read, one of {@link PlanJson#VALUE_TYPES}
   * @return the value (empty when the document has an error) and every finding
   * @throws IllegalArgumentException when {@code type} is not one of {@link PlanJson#VALUE_TYPES}: a mistake of the
   *     calling code, not of the document
   */
  public <T> ValueReadResult<T> readValue(InputStream in, Class<T> type) {
    requireValueType(type);
    PlanDecoder decoder = null;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
      decoder = new PlanDecoder(parser, factory, strict, locale, limits);
      T value = decoder.readDocument(type);
      return new ValueReadResult<>(decoder.errors() == 0 ? value : null, decoder.findings());
    } catch (JacksonException e) {
      return failure(e, decoder);
    } catch (PlanDecoder.TooManyObjects e) {
      return failure(e, decoder);
    }
  }

  /**
   * Reads a document, held as bytes, holding one value of a model type on its own; see {@link #readValue(InputStream,
   * Class)}.
   *
   * @param <T> the model type
   * @param json the document, UTF-8 JSON
   * @param type the model type to read, one of {@link PlanJson#VALUE_TYPES}
   * @return the value (empty when the document has an error) and every finding
   * @throws IllegalArgumentException when {@code type} is not one of {@link PlanJson#VALUE_TYPES}: a mistake of the
   *     calling code, not of the document
   */
  public <T> ValueReadResult<T> readValue(byte[] json, Class<T> type) {
    return readValue(new ByteArrayInputStream(json), type);
  }

  /**
   * Reads a document, held as text, holding one value of a model type on its own; see {@link #readValue(InputStream,
   * Class)}.
   *
   * @param <T> the model type
   * @param json the document
   * @param type the model type to read, one of {@link PlanJson#VALUE_TYPES}
   * @return the value (empty when the document has an error) and every finding
   * @throws IllegalArgumentException when {@code type} is not one of {@link PlanJson#VALUE_TYPES}: a mistake of the
   *     calling code, not of the document
   */
  public <T> ValueReadResult<T> readValue(String json, Class<T> type) {
    return readValue(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads the value of {@code type} at the current token of a parser the caller owns (for use inside a Jackson 3
   * deserializer); the parser is left on the value's last token. The caller's parser keeps its own read limits.
   * Any error gives no value (never a partial one).
   *
   * @param <T> the model type
   * @param parser the caller's parser, on the value's first token
   * @param type the model type to read, one of {@link PlanJson#VALUE_TYPES}
   * @return the value (empty when there is an error) and every finding, with paths relative to the value
   * @throws IllegalArgumentException when {@code type} is not one of {@link PlanJson#VALUE_TYPES}: a mistake of the
   *     calling code, not of the document
   */
  public <T> ValueReadResult<T> readValue(JsonParser parser, Class<T> type) {
    requireValueType(type);
    PlanDecoder decoder = new PlanDecoder(parser, factory, strict, locale, limits);
    try {
      T value = decoder.readCurrent(type);
      return new ValueReadResult<>(decoder.errors() == 0 ? value : null, decoder.findings());
    } catch (JacksonException e) {
      return failure(e, decoder);
    } catch (PlanDecoder.TooManyObjects e) {
      return failure(e, decoder);
    }
  }

  private static void requireValueType(Class<?> type) {
    if (!PlanJson.VALUE_TYPES.contains(type)) {
      throw new IllegalArgumentException("the plan format has no value of type " + type.getName()
          + "; the types are " + PlanJson.VALUE_TYPES);
    }
  }

  /** Findings so far plus the one that ended the reading; never a value. */
  private <T> ValueReadResult<T> failure(JacksonException e, @Nullable PlanDecoder decoder) {
    Rule rule = e instanceof StreamConstraintsException ? Rule.JSON_LIMIT : Rule.JSON_SYNTAX;
    // StreamReadException: malformed JSON; any other JacksonException arises around I/O (bytes that are not UTF-8,
    // a stream that fails): both end the reading as a syntax finding.
    List<Finding> all = new ArrayList<>(decoder == null ? List.of() : decoder.findings());
    Finding f = Finding.of(rule, "", limitNames(firstLine(e.getOriginalMessage())), locale);
    TokenStreamLocation at = e.getLocation() != null || decoder == null ? e.getLocation() : decoder.location();
    if (at != null && at.getLineNr() > 0) {
      f = f.at(at.getLineNr(), at.getColumnNr());
    }
    all.add(f);
    return new ValueReadResult<>(null, all);
  }

  private <T> ValueReadResult<T> failure(PlanDecoder.TooManyObjects e, @Nullable PlanDecoder decoder) {
    List<Finding> all = new ArrayList<>(decoder == null ? List.of() : decoder.findings());
    all.add(Finding.of(Rule.JSON_LIMIT, "", e.getMessage(), locale).at(e.at.getLineNr(), e.at.getColumnNr()));
    return new ValueReadResult<>(null, all);
  }

  private PlanReadResult failure(Rule rule, String detail) {
    return PlanReadResult.unparsed(List.of(Finding.of(rule, "", detail, locale)), locale);
  }

  /** Jackson names its own settings; the reader's user sets {@link ReadLimits}, so name those instead. */
  private static String limitNames(String message) {
    return message
        .replace("from `StreamReadConstraints.getMaxDocumentLength()`", "ReadLimits.maxDocumentBytes")
        .replace("from `StreamReadConstraints.getMaxNestingDepth()`", "ReadLimits.maxNestingDepth")
        .replace("from `StreamReadConstraints.getMaxStringLength()`", "ReadLimits.maxStringLength")
        .replace("from `StreamReadConstraints.getMaxNumberLength()`", "ReadLimits.maxNumberLength")
        .replace("from `StreamReadConstraints.getMaxNameLength()`", "ReadLimits.maxNameLength");
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage();
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
