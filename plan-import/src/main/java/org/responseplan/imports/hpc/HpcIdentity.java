package org.responseplan.imports.hpc;

import java.time.LocalDate;
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
 * The identity of an HPC plan: its id ({@code planId}, else {@code plan.id}, else the id the reader was given),
 * name and code ({@code planVersion}, else {@code plan}), period and date of publication.
 */
final class HpcIdentity {
  private final HpcSource src;
  private final @Nullable String planIdHint;
  private final String planIdHintSource;

  HpcIdentity(HpcSource src, @Nullable String planIdHint, String planIdHintSource) {
    this.src = src;
    this.planIdHint = planIdHint;
    this.planIdHintSource = planIdHintSource;
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
      id = "unknown";
      src.finding(Finding.of(Rule.REQUIRED_FIELD, src.base + "/planId", null, src.locale)
          .withSeverity(Severity.WARNING));
      src.report.defaulted("planId", "/id", "the answer does not name its plan and none was given", "hpc-unknown");
    }
    plan.id("hpc-" + id);

    String name = version == null ? null : version.text("name");
    if (name == null && hpcPlan != null) {
      name = hpcPlan.text("name");
    }
    if (name != null && !name.isEmpty()) {
      plan.name(name);
      src.report.mapped("planVersion.name", "/name");
    } else {
      plan.name("HPC plan " + id);
      src.report.defaulted("planVersion.name", "/name", "the answer does not name its plan", "HPC plan " + id);
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
