package org.responseplan.io.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

/**
 * The published plan schema ({@code plan.schema.json}, a resource of plan-io next to {@link PlanJson}) and a
 * validator for it: networknt json-schema-validator 3, draft 2020-12, error locations as JSON Pointers.
 */
final class SchemaSupport {
  private SchemaSupport() {}

  static final String RESOURCE = "plan.schema.json";
  static final String ID = "https://responseplan.org/schema/plan.schema.json";
  static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

  /** Each object type of the format: its {@code $defs} name and the model type it reads into. */
  static final Map<String, Class<?>> TYPES = Map.ofEntries(Map.entry("plan", Plan.class),
      Map.entry("objective", Objective.class), Map.entry("sector", Sector.class),
      Map.entry("activity", Activity.class), Map.entry("people", PeopleFigures.class),
      Map.entry("cell", PeopleCell.class), Map.entry("funding", Funding.class),
      Map.entry("contribution", Contribution.class), Map.entry("indicator", Indicator.class),
      Map.entry("measurement", Measurement.class), Map.entry("vocabulary", Vocabulary.class),
      Map.entry("location", Location.class), Map.entry("code", Code.class), Map.entry("money", Money.class),
      Map.entry("period", Period.class));

  /** The object types that cannot keep extension members. */
  static final List<String> CLOSED_TYPES = List.of("code", "money", "period");

  static final String TEXT = load();

  private static final SchemaRegistry REGISTRY = registry(false);
  private static final Schema SCHEMA = REGISTRY.getSchema(SchemaLocation.of(ID));

  private static String load() {
    try (InputStream in = PlanJson.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not a resource of plan-io next to PlanJson");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A registry that knows the plan schema under its {@code $id} (nothing is fetched; the meta-schemas ship with the
   * validator). Format is an annotation only in 2020-12 unless {@code formatAssertions}.
   */
  static SchemaRegistry registry(boolean formatAssertions) {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(formatAssertions)
        .build();
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(config).schemas(Map.of(ID, TEXT)));
  }

  /** The whole schema: a plan document. */
  static Schema schema() {
    return SCHEMA;
  }

  /** One of the schema's {@code $defs}, such as {@code money}, to check a value on its own. */
  static Schema definition(String name) {
    return REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/" + name));
  }

  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static List<Error> errors(byte[] json) {
    return errors(new String(json, StandardCharsets.UTF_8));
  }

  static String describe(List<Error> errors) {
    return errors.stream()
        .map(e -> "  " + e.getInstanceLocation() + " [" + e.getKeyword() + "] " + e.getMessage())
        .collect(Collectors.joining("\n"));
  }
}
