package org.responseplan.imports.hpc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.responseplan.imports.internal.JsonTree;
import org.responseplan.imports.internal.JsonTree.Node;
import org.responseplan.imports.internal.JsonTree.Null;
import org.responseplan.imports.internal.JsonTree.Obj;
import org.responseplan.model.InvalidPlanException;
import org.responseplan.model.Period;
import org.responseplan.model.Plan;
import org.responseplan.model.validation.Finding;
import org.responseplan.model.validation.Rule;
import org.responseplan.model.validation.Severity;

/**
 * The identity of an HPC plan: its id ({@code planId}, else {@code plan.id}, else the id the reader was given, else
 * the one in the file name), name and code ({@code planVersion}, else {@code plan}), period and date of publication.
 */
final class HpcIdentity {
  /** The name of a plan whose answer names neither the plan nor its id, nor anything else to name it by. */
  static final String NO_NAME = "HPC plan (id unknown)";

  private final HpcSource src;
  private final HpcLocations locations;
  private final @Nullable String planIdHint;
  private final String planIdHintSource;

  HpcIdentity(HpcSource src, HpcLocations locations, @Nullable String planIdHint, String planIdHintSource) {
    this.src = src;
    this.locations = locations;
    this.planIdHint = planIdHint;
    this.planIdHintSource = planIdHintSource;
  }

  /**
   * The warning that the plan has no id, saying how to give one. {@code required-field} has no detail in its
   * message, so the advice is added to it here, in the reader's language.
   */
  static Finding noPlanId(String pointer, Locale locale) {
    String advice = locale.getLanguage().equals("es")
        ? "La respuesta no indica su plan: indique su id con --plan-id (responseplan import hpc) o "
            + "HpcReader.withPlanId(id), o en el nombre del archivo (plan-1188.json)."
        : "The answer does not name its plan: give its id with --plan-id (responseplan import hpc) or "
            + "HpcReader.withPlanId(id), or in the file name (plan-1188.json).";
    String message = Finding.message(Rule.REQUIRED_FIELD, locale, null) + " " + advice;
    return new Finding(Rule.REQUIRED_FIELD, Severity.WARNING, pointer, null, message, 0, 0);
  }

  /** The plan's id, name, code, period and date of publication. */
  void read(Obj data, Plan.Builder plan) {
    Obj hpcPlan = data.obj("plan");
    Obj version = data.obj("planVersion");
    if (version == null && hpcPlan != null) {
      version = hpcPlan.obj("planVersion");
    }
    String id = data.text("planId");
    String idSource = "planId";
    if (id == null && hpcPlan != null) {
      id = hpcPlan.text("id");
      idSource = "plan.id";
    }
    if (id != null && !id.isEmpty()) {
      src.report.mapped(idSource, "/id");
    } else if (planIdHint != null) {
      id = planIdHint;
      src.report.defaulted("planId", "/id", "the answer does not name its plan; the id is " + planIdHintSource,
          "hpc-" + id);
    } else {
      id = null;
      src.finding(noPlanId(src.base + "/planId", src.locale));
      src.report.defaulted("planId", "/id", "the answer does not name its plan and none was given (give it with "
          + "--plan-id or HpcReader.withPlanId)", "hpc-unknown");
    }
    plan.id("hpc-" + (id == null ? "unknown" : id));

    String name = version == null ? null : version.text("name");
    if (name == null && hpcPlan != null) {
      name = hpcPlan.text("name");
    }
    if (name != null && !name.isEmpty()) {
      plan.name(name);
      src.report.mapped("planVersion.name", "/name");
    } else if (id != null) {
      plan.name("HPC plan " + id);
      src.report.defaulted("planVersion.name", "/name", "the answer does not name its plan", "HPC plan " + id);
    } else {
      String described = described(data);
      plan.name(described);
      src.report.defaulted("planVersion.name", "/name", "the answer names neither its plan nor its id: named by "
          + "its countries and version where it gives them", described);
    }
    String code = version == null ? null : version.text("code");
    if (code == null && hpcPlan != null) {
      code = hpcPlan.text("code");
    }
    if (code != null && !code.isEmpty()) {
      plan.code(code);
      src.report.mapped("planVersion.code", "/code");
    }
    if (version != null) {
      period(version, data.obj("planVersion") != null ? src.base + "/planVersion" : src.base + "/plan/planVersion",
          plan);
    }
    Node published = data.member("lastPublishedDate");
    if (published != null && !(published instanceof Null)) {
      LocalDate day = HpcValues.date(JsonTree.text(published));
      if (day != null) {
        plan.lastUpdated(day);
        src.report.mapped("lastPublishedDate", "/lastUpdated");
      } else {
        src.finding(Finding.of(Rule.INVALID_VALUE, src.base + "/lastPublishedDate", published.excerpt(), src.locale,
            "a date written dd/mm/yyyy or yyyy-mm-dd").withSeverity(Severity.WARNING)
            .at(published.line(), published.column()));
        src.report.skipped("lastPublishedDate", "not a date", published.excerpt());
      }
    }
  }

  /**
   * A name for a plan without name or id, from what the answer does say: its countries (admin-0 locations),
   * {@code lastPublishedVersion} and {@code lastPublishedDate}, as in "HPC plan for Sudan, version 2.15 of
   * 17/12/2024"; {@value #NO_NAME} when it says none of these.
   */
  private String described(Obj data) {
    List<String> countries = new ArrayList<>();
    for (Map.Entry<String, Obj> l : locations.locations.entrySet()) {
      String name = l.getValue().text("name");
      if (locations.levelOf(l.getKey()) == 0 && locations.place(l.getKey()).location() != null && name != null
          && !name.isBlank() && !countries.contains(name.strip())) {
        countries.add(name.strip());
      }
    }
    String version = data.text("lastPublishedVersion");
    String date = data.text("lastPublishedDate");
    StringBuilder b = new StringBuilder("HPC plan");
    if (!countries.isEmpty()) {
      b.append(" for ").append(String.join(", ", countries));
    }
    if (version != null && !version.isBlank()) {
      b.append(", version ").append(version.strip());
    }
    if (date != null && !date.isBlank()) {
      b.append(version != null && !version.isBlank() ? " of " : ", published ").append(date.strip());
    }
    return b.length() == "HPC plan".length() ? NO_NAME : b.toString();
  }

  private void period(Obj version, String versionPointer, Plan.Builder plan) {
    LocalDate start = HpcValues.date(version.text("startDate"));
    LocalDate end = HpcValues.date(version.text("endDate"));
    if (version.member("startDate") == null && version.member("endDate") == null) {
      return;
    }
    if (start == null || end == null) {
      src.finding(Finding.of(Rule.INVALID_VALUE, versionPointer + (start == null ? "/startDate" : "/endDate"),
          start == null ? version.text("startDate") : version.text("endDate"), src.locale, "a date yyyy-mm-dd")
          .withSeverity(Severity.WARNING));
      src.report.skipped("planVersion.startDate/endDate", "not both dates", null);
      return;
    }
    try {
      plan.period(Period.of(start, end));
      src.report.mapped("planVersion.startDate/endDate", "/period");
    } catch (InvalidPlanException e) {
      src.finding(Finding.of(Rule.PERIOD_ORDER, versionPointer + "/endDate", end, src.locale, start));
      src.report.skipped("planVersion.startDate/endDate", "the end is before the start", end.toString());
    }
  }

}
