package org.responseplan.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
import org.responseplan.io.internal.StrictJson;
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
  private static final JsonFactory WRITE_FACTORY = factory(ReadLimits.DEFAULT);

  /**
   * The model types that are read and written on their own ({@link PlanReader#readValue}, {@link PlanWriter#toBytes(Object)}),
   * as they appear inside a plan document.
   */
  public static final Set<Class<?>> VALUE_TYPES = Set.of(Plan.class, Objective.class, Sector.class, Activity.class,
      PeopleFigures.class, PeopleCell.class, Funding.class, Contribution.class, Indicator.class, Measurement.class,
      Vocabulary.class, Location.class, Code.class, Money.class, Period.class);

  private PlanJson() {}

  /** A strict reader with English messages and the {@linkplain ReadLimits#DEFAULT default limits}. */
  public static PlanReader reader() {
    return new PlanReader(ReadLimits.DEFAULT, true, Locale.ENGLISH);
  }

  /**
   * The JSON Schema (draft 2020-12) of the strict plan format, as text. It checks structure; cross-field rules are
   * the validator's ({@code docs/json-format.md} lists them).
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

  /** The writer of the canonical form. */
  public static PlanWriter writer() {
    return new PlanWriter(WRITE_FACTORY);
  }

  /**
   * The Jackson factory for the given limits. Its settings are explicit rather than Jackson's defaults: NaN and
   * Infinity, comments, single quotes, unquoted names and leading zeros are all rejected (standard JSON only).
   */
  static JsonFactory factory(ReadLimits limits) {
    return StrictJson.factory(limits);
  }

}
