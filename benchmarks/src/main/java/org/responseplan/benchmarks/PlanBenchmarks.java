package org.responseplan.benchmarks;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.responseplan.io.json.PlanJson;
import org.responseplan.io.json.PlanReadResult;
import org.responseplan.io.json.PlanReader;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.PlanValidator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plan JSON: our read + bind + full validation against Jackson 3 {@code readTree} and a bare token scan of the same
 * bytes, and against the networknt JSON Schema validator with our schema; full plan validation against Hibernate
 * Validator checking the Jakarta constraints of the same objects. One operation is the whole corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class PlanBenchmarks {
  /** Corpus size: 1mb or 100mb. */
  @Param({"100mb"})
  public String corpus;

  List<byte[]> docs;
  List<Plan> plans;
  private PlanReader reader;
  private PlanValidator validator;
  private JsonMapper mapper;
  private JsonFactory factory;
  private Schema schema;
  private ValidatorFactory hvFactory;
  private Validator hv;

  static long size(String corpus) {
    return switch (corpus) {
      case "1mb" -> 1L << 20;
      case "100mb" -> 100L << 20;
      default -> Long.parseLong(corpus);
    };
  }

  @Setup(Level.Trial)
  public void setUp() {
    docs = PlanCorpus.generate(size(corpus), 1);
    reader = PlanJson.reader();
    validator = PlanValidator.create();
    plans = new ArrayList<>(docs.size());
    for (byte[] d : docs) {
      plans.add(reader.read(d).plan().orElseThrow());
    }
    mapper = JsonMapper.builder().build();
    factory = new JsonFactory();
    schema = schema();
    hvFactory = Validation.buildDefaultValidatorFactory();
    hv = hvFactory.getValidator();
    System.out.printf("%n[corpus %s: %d documents, %,d bytes]%n", corpus, docs.size(), PlanCorpus.bytes(docs));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    hvFactory.close();
  }

  /** The plan schema of plan-io, draft 2020-12, as plan-io's own schema tests load it. */
  static Schema schema() {
    String id = "https://responseplan.org/schema/plan.schema.json";
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(config).schemas(Map.of(id, PlanJson.schema())));
    return registry.getSchema(SchemaLocation.of(id));
  }

  /** Ours: read, bind to the model and run every validation rule (what {@code responseplan validate} does). */
  @Benchmark
  public void readBindValidate(Blackhole bh) {
    for (byte[] d : docs) {
      PlanReadResult r = reader.read(d);
      bh.consume(r.validate());
    }
  }

  /** Ours: read and bind only (the reading time that full validation is compared with). */
  @Benchmark
  public void readBind(Blackhole bh) {
    for (byte[] d : docs) {
      bh.consume(reader.read(d));
    }
  }

  /** Ours: every rule of PlanValidator on plans already read. */
  @Benchmark
  public void validateAllRules(Blackhole bh) {
    for (Plan p : plans) {
      bh.consume(validator.validate(p));
    }
  }

  /** Baseline: Jackson 3 readTree of the same bytes (a generic tree, no binding, no validation). */
  @Benchmark
  public void jacksonReadTree(Blackhole bh) {
    for (byte[] d : docs) {
      bh.consume(mapper.readTree(d));
    }
  }

  /** Baseline: a bare token scan of the same bytes (Jackson 3 streaming parser, no values kept). */
  @Benchmark
  public void jacksonTokenScan(Blackhole bh) {
    for (byte[] d : docs) {
      int tokens = 0;
      try (JsonParser p = factory.createParser(ObjectReadContext.empty(), d)) {
        while (p.nextToken() != null) {
          tokens++;
        }
      }
      bh.consume(tokens);
    }
  }

  /** Baseline: networknt json-schema-validator with our schema, on the same documents (from their text). */
  @Benchmark
  public void schemaValidatorNetworknt(Blackhole bh) {
    for (byte[] d : docs) {
      bh.consume(schema.validate(new String(d, StandardCharsets.UTF_8), InputFormat.JSON));
    }
  }

  /** Baseline: Hibernate Validator checking only the Jakarta constraints, on the same plan objects. */
  @Benchmark
  public void hibernateValidatorJakartaOnly(Blackhole bh) {
    for (Plan p : plans) {
      bh.consume(hv.validate(p));
    }
  }
}
