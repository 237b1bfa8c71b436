package org.responseplan.imports.fts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.io.json.ReadLimits;
import org.responseplan.model.InvalidPlanException;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Rule;

/**
 * Reads OCHA Financial Tracking Service (FTS) data into plans: the FTS API's plan overview and its flow search grouped
 * by cluster, and the two requirements-and-funding tables HDX publishes from FTS.
 *
 * <pre>{@code
 * FtsReader fts = FtsReader.create();
 * ImportResult<List<Plan>> overview = fts.readPlanOverview(Path.of("fts-plan-overview-progress-2020.json"));
 * for (Plan plan : overview.value()) {
 *   Calculation coverage = Calculators.fundingCoverage(FundingFigures.of(plan));
 *   System.out.println(plan.getName() + ": " + coverage.percent(Rounding.FTS).map(p -> p + " %").orElse(coverage.reason()));
 * }
 * System.out.print(overview.report().toText());   // what was mapped, kept, defaulted and skipped, and why
 * }</pre>
 *
 * <p>All amounts are US dollars. Requirements are FTS's revised requirements ({@code revisedRequirements}, the figure
 * FTS divides funding by), and FTS's {@code origRequirements} are the original requirements
 * ({@code originalRequirements} of plans and sectors; HDX's tables give only the current figure). FTS's
 * published {@code progress} and HDX's published {@code percentFunded} are kept as extensions
 * ({@value #PROGRESS_EXTENSION}, {@value #PERCENT_FUNDED_EXTENSION}) so that they can be compared with what the library
 * computes. Plan types and clusters are codes in vocabularies each plan
 * declares ({@value #PLAN_TYPE_VOCABULARY}, {@value #CLUSTER_VOCABULARY}); funding that FTS attributes to no single
 * cluster is kept as the sectors {@value #NOT_SPECIFIED} and {@value #SHARED}. {@code docs/formats/fts.md} has the
 * table of every field.
 *
 * <p>The reader never throws on bad input: a file that cannot be read, JSON that is malformed or of the wrong shape,
 * and values that are not numbers or dates become findings in the {@link ImportReport} (rule, JSON Pointer or
 * {@code line N}, value), and the result holds what could be imported. Instances are immutable and thread-safe.
 */
public final class FtsReader {
  /** The vocabulary of FTS plan types a plan declares: code = FTS plan type id ({@code 4}), name = its name. */
  public static final String PLAN_TYPE_VOCABULARY = "fts-plan-type";
  /** The vocabulary of a plan's FTS clusters: code = FTS cluster id ({@code 5254}), name = cluster name. */
  public static final String CLUSTER_VOCABULARY = "fts-cluster";
  /** The code of funding FTS attributes to no cluster ("Not specified"); also the stem of plans without an id. */
  public static final String NOT_SPECIFIED = "not-specified";
  /** FTS's name for funding not attributed to a cluster or a plan. */
  public static final String NOT_SPECIFIED_NAME = "Not specified";
  /** The code of funding FTS attributes to several clusters at once. */
  public static final String SHARED = "shared";
  /** FTS's and HDX's name for funding shared by several clusters. */
  public static final String SHARED_NAME = "Multiple clusters/sectors (shared)";
  /** HDX {@code percentFunded} as published: a number, or null where HDX left it blank. */
  public static final String PERCENT_FUNDED_EXTENSION = "x-hdx-percent-funded";
  /** FTS {@code progress} as published, on a plan's funding. */
  public static final String PROGRESS_EXTENSION = "x-fts-progress";

  private static final String FORMAT = "fts";
  private static final Pattern PLAN_ID_IN_NAME = Pattern.compile("(?i)plan[-_ ]?id[-_= ]?(\\d+)");

  private final ReadLimits limits;
  private final JsonTree.Parser parser;
  private final Locale locale;

  private FtsReader(ReadLimits limits, Locale locale) {
    this.limits = limits;
    this.parser = JsonTree.parser(limits);
    this.locale = locale;
  }

  /**
   * A reader with English messages and the {@linkplain ReadLimits#DEFAULT default JSON read limits}.
   *
   * @return the reader (immutable, thread-safe)
   */
  public static FtsReader create() {
    return new FtsReader(ReadLimits.DEFAULT, Locale.ENGLISH);
  }

  /**
   * A reader whose finding messages are in {@code newLocale} (English and Spanish are provided).
   *
   * @param newLocale the language of the messages; a language other than English or Spanish gives English
   * @return a copy of this reader with that locale
   */
  public FtsReader withLocale(Locale newLocale) {
    return new FtsReader(limits, Objects.requireNonNull(newLocale, "newLocale"));
  }

  /**
   * A reader with other limits for JSON answers (document size, nesting, number of objects).
   *
   * @param newLimits the limits for JSON answers (CSV tables are not bound by them)
   * @return a copy of this reader with those limits
   */
  public FtsReader withLimits(ReadLimits newLimits) {
    return new FtsReader(Objects.requireNonNull(newLimits, "newLimits"), locale);
  }

  // ---- FTS API: plan overview ----

  /**
   * Reads an FTS plan overview answer ({@code /v1/public/plan/overview/...}, {@code data.plans[]}): one plan per
   * entry, with id {@code fts-<id>}, code, name, period, plan type, operational presence, revised requirements, total
   * funding and the people figures of its caseload; every other field is kept as an {@code x-fts-...} extension or
   * reported as skipped with the reason.
   *
   * @param in the answer, UTF-8 JSON, read to its end
   * @return the plans (empty when none could be built) and the import report: every finding and what was mapped,
   *     defaulted, kept or skipped; bad input gives findings, never an exception
   */
  public ImportResult<List<Plan>> readPlanOverview(InputStream in) {
    Sink sink = new Sink(FORMAT, locale);
    JsonTree.Node root = parse(sink, in);
    List<Plan> plans = List.of();
    try {
      plans = root == null ? List.of() : new OverviewImport(new JsonFields(sink)).run(root);
    } catch (InvalidPlanException e) {
      invalid(sink, e);
    }
    return new ImportResult<>(List.copyOf(plans), sink.report.build());
  }

  /**
   * {@link #readPlanOverview(InputStream)} from a file; a file that cannot be read is an {@code unreadable} finding.
   *
   * @param file the answer, UTF-8 JSON
   * @return the plans (empty when none could be built) and the import report: every finding and what was mapped,
   *     defaulted, kept or skipped; bad input gives findings, never an exception
   */
  public ImportResult<List<Plan>> readPlanOverview(Path file) {
    return fromFile(file, this::readPlanOverview, List.of());
  }

  // ---- FTS API: flow search grouped by cluster ----

  /**
   * Reads an FTS flow search answer grouped by cluster ({@code /v1/public/fts/flow?planId=...&groupby=cluster}):
   * one plan with a plan-level sector per cluster (revised requirements and total funding), plus the sectors
   * {@value #NOT_SPECIFIED} and {@value #SHARED} for funding given to no single cluster, which carry funding and no
   * requirements. The answer does not name its plan, so the plan id comes from the answer's {@code data.plan} when
   * present, else it is {@code fts-flow} (reported as defaulted): use {@link #readClusterFlows(InputStream, String)}
   * or {@link #readClusterFlows(Path)} to give it.
   *
   * @param in the answer, UTF-8 JSON, read to its end
   * @return the plan and the import report: every finding and what was mapped, defaulted, kept or skipped; bad input
   *     gives findings, never an exception (the plan then holds what could be built)
   */
  public ImportResult<Plan> readClusterFlows(InputStream in) {
    return readClusterFlows(in, null, "");
  }

  /**
   * {@link #readClusterFlows(InputStream)} for the FTS plan {@code planId} (such as {@code "929"}), which the answer
   * itself does not name; the plan's id is {@code fts-<planId>}.
   *
   * @param in the answer, UTF-8 JSON, read to its end
   * @param planId the FTS plan id the answer was asked for, digits such as {@code 929}
   * @return the plan and the import report: every finding and what was mapped, defaulted, kept or skipped; bad input
   *     gives findings, never an exception (the plan then holds what could be built)
   */
  public ImportResult<Plan> readClusterFlows(InputStream in, String planId) {
    Objects.requireNonNull(planId, "planId");
    return readClusterFlows(in, planId, "the answer names no plan; the FTS plan id was given by the caller");
  }

  /**
   * {@link #readClusterFlows(InputStream)} from a file; the FTS plan id is taken from a file name such as
   * {@code fts-flow-planid-929-groupby-cluster.json} ({@code planid-929}, {@code planId=929}) when the answer
   * does not name its plan.
   *
   * @param file the answer, UTF-8 JSON; a file that cannot be read is an {@code unreadable} finding
   * @return the plan and the import report: every finding and what was mapped, defaulted, kept or skipped; bad input
   *     gives findings, never an exception (the plan then holds what could be built)
   */
  public ImportResult<Plan> readClusterFlows(Path file) {
    Path name = file.getFileName();
    Matcher m = PLAN_ID_IN_NAME.matcher(name == null ? "" : name.toString());
    String id = m.find() ? m.group(1) : null;
    Plan empty = Plan.builder().id(id == null ? "fts-flow" : "fts-" + id)
        .name("FTS plan " + (id == null ? "(unknown)" : id)).build();
    return fromFile(file, in -> readClusterFlows(in, id, "the answer names no plan; the FTS plan id is taken from"
        + " the file name"), empty);
  }

  private ImportResult<Plan> readClusterFlows(InputStream in, @Nullable String planId, String reason) {
    Sink sink = new Sink(FORMAT, locale);
    JsonTree.Node root = parse(sink, in);
    try {
      return new ImportResult<>(new FlowImport(new JsonFields(sink)).run(root, planId, reason), sink.report.build());
    } catch (InvalidPlanException e) {
      invalid(sink, e);
      return new ImportResult<>(new FlowImport(new JsonFields(sink)).run(null, planId, reason), sink.report.build());
    }
  }

  // ---- HDX tables ----

  /**
   * Reads HDX's {@code fts_requirements_funding_global.csv} (columns countryCode, id, name, code, typeId, typeName,
   * startDate, endDate, year, requirements, funding, percentFunded): a plan per row. A row without a plan id (funding
   * to a country that FTS attributes to no plan, "Not specified") becomes the plan
   * {@code fts-not-specified-<country>-<year>}; a plan listed under several countries becomes one plan per country,
   * {@code fts-<id>-<country>}.
   *
   * @param in the table, UTF-8 CSV with a header row, read to its end
   * @return the plans (empty when none could be built) and the import report: every finding and what was mapped,
   *     defaulted, kept or skipped; bad input gives findings, never an exception
   */
  public ImportResult<List<Plan>> readRequirementsFundingCsv(InputStream in) {
    return csv(in, HdxCsvImport.Table.PLANS);
  }

  /**
   * {@link #readRequirementsFundingCsv(InputStream)} from a file.
   *
   * @param file the table, UTF-8 CSV with a header row; a file that cannot be read is an {@code unreadable} finding
   * @return the plans (empty when none could be built) and the import report: every finding and what was mapped,
   *     defaulted, kept or skipped; bad input gives findings, never an exception
   */
  public ImportResult<List<Plan>> readRequirementsFundingCsv(Path file) {
    return fromFile(file, this::readRequirementsFundingCsv, List.of());
  }

  /**
   * Reads HDX's {@code fts_requirements_funding_cluster_global.csv} (columns countryCode, id, name, code, startDate,
   * endDate, year, clusterCode, cluster, requirements, funding, percentFunded): a plan per plan id (and country) with
   * a plan-level sector per row. Rows without a cluster code ("Not specified", "Multiple clusters/sectors (shared)")
   * are sectors {@value #NOT_SPECIFIED} and {@value #SHARED} with their funding and no requirements. The table has no
   * plan totals, so the plans have none.
   *
   * @param in the table, UTF-8 CSV with a header row, read to its end
   * @return the plans (empty when none could be built) and the import report: every finding and what was mapped,
   *     defaulted, kept or skipped; bad input gives findings, never an exception
   */
  public ImportResult<List<Plan>> readClusterCsv(InputStream in) {
    return csv(in, HdxCsvImport.Table.CLUSTERS);
  }

  /**
   * {@link #readClusterCsv(InputStream)} from a file.
   *
   * @param file the table, UTF-8 CSV with a header row; a file that cannot be read is an {@code unreadable} finding
   * @return the plans (empty when none could be built) and the import report: every finding and what was mapped,
   *     defaulted, kept or skipped; bad input gives findings, never an exception
   */
  public ImportResult<List<Plan>> readClusterCsv(Path file) {
    return fromFile(file, this::readClusterCsv, List.of());
  }

  private ImportResult<List<Plan>> csv(InputStream in, HdxCsvImport.Table table) {
    Sink sink = new Sink(FORMAT, locale);
    List<Plan> plans = List.of();
    try {
      plans = new HdxCsvImport(sink, table).run(in);
    } catch (InvalidPlanException e) {
      invalid(sink, e);
    }
    return new ImportResult<>(List.copyOf(plans), sink.report.build());
  }

  /**
   * A value the model refused although the importer checked what it knows of: a safety net so that the caller gets a
   * finding, never an exception.
   */
  private static void invalid(Sink sink, InvalidPlanException e) {
    sink.finding(e.rule(), "", e.getMessage(), 0, 0);
  }

  // ---- common ----

  private JsonTree.@Nullable Node parse(Sink sink, InputStream in) {
    JsonTree.Parsed parsed = parser.parse(in);
    for (JsonTree.Duplicate d : parsed.duplicates()) {
      sink.finding(Rule.DUPLICATE_KEY, d.pointer(), d.name(), d.line(), d.column());
    }
    JsonTree.Failure failure = parsed.failure();
    if (failure != null) {
      sink.finding(failure.rule(), "", failure.detail(), failure.line(), failure.column());
    }
    return parsed.root();
  }

  private <T> ImportResult<T> fromFile(Path file, Function<InputStream, ImportResult<T>> read, T empty) {
    try (InputStream in = Files.newInputStream(file)) {
      return read.apply(in);
    } catch (IOException e) {
      Sink sink = new Sink(FORMAT, locale);
      String what = e.getClass().getSimpleName().replace("Exception", "");
      sink.finding(Rule.UNREADABLE, "", what + " " + e.getMessage(), 0, 0);
      return new ImportResult<>(empty, sink.report.build());
    }
  }
}
