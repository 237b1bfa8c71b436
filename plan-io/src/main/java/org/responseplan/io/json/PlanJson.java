package org.responseplan.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.responseplan.model.Activity;
import org.responseplan.model.Code;
import org.responseplan.model.Contribution;
import org.responseplan.model.Funding;
import org.responseplan.model.Indicator;
import org.responseplan.model.Location;
import org.responseplan.model.Measurement;
import org.responseplan.model.Money;
import org.responseplan.model.Objective;
import org.responseplan.model.PeopleCell;
import org.responseplan.model.PeopleFigures;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.Sector;
import org.responseplan.model.Vocabulary;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The plan JSON format ({@code docs/json-format.md}): where readers and writers come from.
 *
 * <pre>{@code
 * PlanReadResult read = PlanJson.reader().read(Path.of("examples/plans/iom-venezuela-rmrp-2022.json"));
 * byte[] json = PlanJson.writer().toBytes(read.plan().orElseThrow());
 * }</pre>
 */
public final class PlanJson {
  private static final JsonFactory WRITE_FACTORY = jsonFactory(ReadLimits.DEFAULT);

  /**
   * The model types that are read and written on their own ({@link PlanReader#readValue}, {@link PlanWriter#toBytes(Object)}),
   * as they appear inside a plan document.
   */
  public static final Set<Class<?>> VALUE_TYPES = Set.of(Plan.class, Objective.class, Sector.class, Activity.class,
      PeopleFigures.class, PeopleCell.class, Funding.class, Contribution.class, Indicator.class, Measurement.class,
      Vocabulary.class, Location.class, Code.class, Money.class, Period.class);

  private PlanJson() {}

  /**
   * A lenient reader with English messages and the {@linkplain ReadLimits#DEFAULT default limits}: the same as
   * {@link PlanReader#create()}, here beside {@link #writer()} and {@link #schema()}. Unknown members are kept as
   * extensions ({@code extension-kept} info findings) and written back; {@link PlanReader#strict()} rejects them.
   *
   * @return the default reader; configure copies of it with its {@code with...} methods
   */
  public static PlanReader reader() {
    return PlanReader.create();
  }

  /**
   * The JSON Schema (draft 2020-12) of the strict plan format, as text. It checks structure; cross-field rules are
   * the validator's ({@code docs/json-format.md} lists them).
   *
   * @return the schema, UTF-8 text
   * @throws IllegalStateException when the schema resource is missing from the jar (a broken build)
   */
  public static String schema() {
    try (InputStream in = PlanJson.class.getResourceAsStream("plan.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("plan.schema.json is missing from this build of plan-io");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The writer of the canonical form: the same as {@link PlanWriter#create()}.
   *
   * @return the writer
   */
  public static PlanWriter writer() {
    return PlanWriter.create();
  }

  static JsonFactory writeFactory() {
    return WRITE_FACTORY;
  }

  /**
   * The strict Jackson factory of every JSON reader in this library (the plan reader here, the FTS and HPC importers
   * of plan-import): the read limits of {@link ReadLimits}, standard JSON only (NaN and Infinity, comments, single
   * quotes, unquoted names, leading zeros and trailing commas rejected, each switched off explicitly rather than left
   * to Jackson's defaults), locations that point into the document, and decimals written plainly.
   *
   * @param limits the bounds to apply; never null
   * @return a new factory; thread-safe, as Jackson's factories are
   */
  public static JsonFactory jsonFactory(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .build())
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .build();
  }
}
