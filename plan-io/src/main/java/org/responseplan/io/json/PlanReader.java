package org.responseplan.io.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads plan JSON into the model. It never throws on bad input: every problem becomes a {@link Finding} with the rule,
 * a JSON Pointer, the line and column, and the value; a document with any error gives no plan.
 *
 * <p>Strict (the default) rejects members the format does not define, except extension members named {@code x-...};
 * lenient keeps them as extensions, which the writer writes back unchanged. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * PlanReadResult result = PlanJson.reader().read(Path.of("plan.json"));
 * result.plan().ifPresent(plan -> System.out.println(plan.getName()));
 * result.validate().findings().forEach(System.out::println);
 * }</pre>
 */
public final class PlanReader {
  private final JsonFactory factory;
  private final boolean strict;
  private final Locale locale;

  PlanReader(JsonFactory factory, boolean strict, Locale locale) {
    this.factory = factory;
    this.strict = strict;
    this.locale = locale;
  }

  /** A reader that rejects unknown members (extension members {@code x-...} excepted). */
  public PlanReader strict() {
    return new PlanReader(factory, true, locale);
  }

  /** A reader that keeps unknown members as extensions and reports each as an {@code extension-kept} info. */
  public PlanReader lenient() {
    return new PlanReader(factory, false, locale);
  }

  /** A reader whose messages are in {@code locale} (English and Spanish are provided). */
  public PlanReader withLocale(Locale newLocale) {
    return new PlanReader(factory, strict, newLocale);
  }

  public boolean isStrict() {
    return strict;
  }

  public Locale locale() {
    return locale;
  }

  /** Reads a file; a file that cannot be opened gives an {@code unreadable} finding. */
  public PlanReadResult read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      return failure(Rule.UNREADABLE, describe(e), null);
    }
  }

  public PlanReadResult read(String json) {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  public PlanReadResult read(byte[] json) {
    return read(new ByteArrayInputStream(json));
  }

  /** Reads a stream to its end, as it comes (the document is never held in memory as text). The stream stays open. */
  public PlanReadResult read(InputStream in) {
    PlanDecoder decoder = null;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), in)) {
      decoder = new PlanDecoder(parser, factory, strict, locale);
      var plan = decoder.readDocument();
      return new PlanReadResult(plan, decoder.findings(), locale);
    } catch (StreamConstraintsException e) {
      return failure(Rule.JSON_LIMIT, e.getOriginalMessage(), decoder, e.getLocation());
    } catch (StreamReadException e) {
      return failure(Rule.JSON_SYNTAX, e.getOriginalMessage(), decoder, e.getLocation());
    } catch (JacksonException e) {
      // Raised around I/O, such as bytes that are not UTF-8 or a stream that fails.
      return failure(Rule.JSON_SYNTAX, e.getOriginalMessage(), decoder, e.getLocation());
    }
  }

  private PlanReadResult failure(Rule rule, String detail, PlanDecoder decoder) {
    return failure(rule, detail, decoder, null);
  }

  /** Findings so far plus the one that ended the reading; never a plan. */
  private PlanReadResult failure(Rule rule, String detail, PlanDecoder decoder, TokenStreamLocation at) {
    List<Finding> so = decoder == null ? List.of() : decoder.findings();
    java.util.ArrayList<Finding> all = new java.util.ArrayList<>(so);
    Finding f = Finding.of(rule, "", firstLine(detail), locale);
    if (at != null && at.getLineNr() > 0) {
      f = f.at(at.getLineNr(), at.getColumnNr());
    }
    all.add(f);
    return new PlanReadResult(null, all, locale);
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
