package org.responseplan.imports.hpc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.ImportReport;
import org.responseplan.imports.ImportResult;
import org.responseplan.model.Plan;

/**
 * Reads the OCHA HPC Tools API v2 {@code responseMonitoring} answer of one plan
 * ({@code /v2/plan/{id}/responseMonitoring?includeCaseloadDisaggregation=true}) into a {@link Plan}: the plan-wide
 * caseload as {@link Plan#getPeople()}, and one plan-level {@link org.responseplan.model.Sector} per cluster caseload
 * with its totals and a breakdown by location (country, admin-1, admin-2) and category (sex, age band, population
 * group). {@code docs/formats/hpc.md} has the table of mapped fields.
 *
 * <pre>{@code
 * ImportResult<Plan> result = HpcReader.create().readResponseMonitoring(Path.of("plan-1188.json"));
 * Plan plan = result.value();
 * System.out.print(result.report().toText());   // what was mapped, defaulted, kept and skipped, and the findings
 * }</pre>
 *
 * <p>What the import holds to:
 *
 * <ul>
 *   <li>It never throws on bad data: malformed JSON, wrong types and unusable values become findings in the
 *       {@link ImportReport}, which point into the source document (JSON Pointer, line and column). When the answer
 *       cannot be read at all, the result holds a plan with an identity only.
 *   <li>Figures are exact counts: numbers and numeric strings ({@code "123"}, {@code "1,234"}) are read exactly;
 *       {@code null} is "not reported" (empty, never 0); negative, fractional and non-numeric values are skipped with
 *       a finding and kept verbatim in the extension {@code x-hpc-skipped}.
 *   <li>Nothing is dropped silently: what the model has no field for is kept as an {@code x-hpc-...} extension, and
 *       every mapping, default and skip is a line of the report.
 *   <li>The plan validates with {@link org.responseplan.model.validation.PlanValidator} without errors: the
 *       vocabularies it uses ({@code hpc-cluster}, {@code hpc-category}) are declared in the plan, and cells that would
 *       break a rule of the model are set aside with a finding.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HpcReader {
  private static final Pattern PLAN_IN_FILE_NAME = Pattern.compile("(?i)(?:^|[^a-z])plan[-_ ]?([0-9]{1,9})(?![0-9])");
  private static final Pattern LEADING_ID = Pattern.compile("^([0-9]{1,9})[-_]");

  private final Locale locale;
  private final @Nullable Long planId;

  private HpcReader(Locale locale, @Nullable Long planId) {
    this.locale = locale;
    this.planId = planId;
  }

  /**
   * A reader with English messages that takes the plan id from the answer, else from the file name.
   *
   * @return the reader (immutable, thread-safe)
   */
  public static HpcReader create() {
    return new HpcReader(Locale.ENGLISH, null);
  }

  /**
   * A reader for the answer of plan {@code id}. The {@code responseMonitoring} answer does not name its plan (the id
   * is in the request); the plan's id becomes {@code hpc-<id>} and its name {@code "HPC plan <id>"}. An id in the answer
   * itself takes precedence; this id is used before one in the file name. Without any id the plan is
   * {@code hpc-unknown}, with a warning that says how to give one.
   *
   * @param id the HPC plan id, such as 1188
   * @return a new reader; this one is unchanged
   */
  public HpcReader withPlanId(long id) {
    return new HpcReader(locale, id);
  }

  /**
   * A reader whose finding messages are in {@code newLocale} (English and Spanish are provided).
   *
   * @param newLocale the language of the messages; a language other than English or Spanish gives English
   * @return a copy of this reader with that locale
   */
  public HpcReader withLocale(Locale newLocale) {
    return new HpcReader(Objects.requireNonNull(newLocale, "newLocale"), planId);
  }

  /**
   * Reads an answer from a stream, to its end; the stream stays open.
   *
   * @param in the HPC {@code responseMonitoring} answer, UTF-8 JSON
   * @return the plan and the import report: every finding and what was mapped, defaulted, kept or skipped; bad input
   *     gives findings, never an exception (the plan then holds what could be built)
   */
  public ImportResult<Plan> readResponseMonitoring(InputStream in) {
    Objects.requireNonNull(in, "in");
    return start(null).run(in);
  }

  /**
   * Reads an answer from a file. Without {@link #withPlanId(long)} and without an id in the answer, the plan id is
   * taken from the file name ({@code plan-1188.json}, {@code 1188-responsemonitoring.json}). A file that cannot be
   * opened gives an {@code unreadable} finding.
   *
   * @param file the HPC {@code responseMonitoring} answer, UTF-8 JSON
   * @return the plan and the import report: every finding and what was mapped, defaulted, kept or skipped; bad input
   *     gives findings, never an exception (the plan then holds what could be built)
   */
  public ImportResult<Plan> readResponseMonitoring(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    HpcImport run = start(name == null ? null : name.toString());
    try (InputStream in = Files.newInputStream(file)) {
      return run.run(in);
    } catch (IOException e) {
      return run.unreadable(e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage());
    }
  }

  private HpcImport start(@Nullable String fileName) {
    if (planId != null) {
      return new HpcImport(locale, planId.toString(), "the one given to the reader");
    }
    if (fileName != null) {
      Matcher m = PLAN_IN_FILE_NAME.matcher(fileName);
      if (m.find()) {
        return new HpcImport(locale, m.group(1), "taken from the file name " + fileName);
      }
      m = LEADING_ID.matcher(fileName);
      if (m.find()) {
        return new HpcImport(locale, m.group(1), "taken from the file name " + fileName);
      }
    }
    return new HpcImport(locale, null, "unknown");
  }
}
