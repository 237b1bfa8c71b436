package org.responseplan.io.json;

import java.util.Locale;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
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
  private static final JsonFactory FACTORY = JsonFactory.builder()
      // Numbers are read exactly; amounts are written as plain decimals, never in exponent form.
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      // Locations in findings point into the document, not into a copy of it.
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private PlanJson() {}

  /** A strict reader with English messages. */
  public static PlanReader reader() {
    return new PlanReader(FACTORY, true, Locale.ENGLISH);
  }

  /** The writer of the canonical form. */
  public static PlanWriter writer() {
    return new PlanWriter(FACTORY);
  }
}
