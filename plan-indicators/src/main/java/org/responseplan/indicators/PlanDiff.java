package org.responseplan.indicators;

import java.util.List;
import java.util.Objects;
import org.responseplan.model.Plan;

/**
 * What changed between two versions of a plan: every value added, removed or changed, with its JSON Pointer in the
 * old and the new document (the plan JSON format, {@code docs/json-format.md}), the two values, and for figures
 * (money, people, indicator values) the absolute and the relative change.
 *
 * <pre>{@code
 * PlanDiff diff = PlanDiff.between(original, revised);
 * if (!diff.isIdentical()) {
 *   System.out.print(diff.toText()); // Objective 2 "..." requirements: 128,450,000 -> 140,000,000 USD (+9.0 %)
 * }
 * }</pre>
 *
 * <p>Matching: objectives, sectors, activities, indicators and vocabularies by identifier within their list (a
 * reordering is no change; an element that moves to another objective or sector is removed from one and added to
 * the other); the locations of the operational presence by their codes (country, admin-1, admin-2); breakdown cells
 * by their dimensions (sex, age band, population group, location codes, subset); measurements by period and
 * location; people labels, vocabulary codes and extensions by name. Lists without identity (donors, appealing
 * organisations, target groups, plan types, modalities, contributions) are compared as a whole, in order.
 *
 * <p>A value absent on one side is an addition or a removal, never a change from or to zero: "not reported" is not
 * 0. Amounts in different currencies are reported as changed with no absolute or relative change (nothing is
 * converted). Amounts and decimals are compared by value ({@code 1.0} equals {@code 1.00}).
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanDiff {
  private final List<PlanChange> changes;

  private PlanDiff(List<PlanChange> changes) {
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares two versions of a plan. The plans are compared as versions of one plan whatever their identifiers (a
   * changed plan id is reported as a change).
   *
   * @param before the old version
   * @param after the new version
   * @return the differences; none when the two plans hold the same values (in any order of matched elements)
   */
  public static PlanDiff between(Plan before, Plan after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    DiffWalker walker = new DiffWalker();
    walker.plan(before, after);
    return new PlanDiff(walker.changes());
  }

  /** {@return true when the two versions hold the same values} */
  public boolean isIdentical() {
    return changes.isEmpty();
  }

  /**
   * The differences, in the order the plans are walked: the plan's own values, then each objective with its sectors
   * and activities, plan-level sectors, indicators and vocabularies; within a list, removed elements first (in the
   * old order), then added and changed ones (in the new order).
   *
   * @return the changes (immutable); empty when {@link #isIdentical()}
   */
  public List<PlanChange> changes() {
    return changes;
  }

  /**
   * The changes as text for programme staff, one line each, with names instead of pointers and figures grouped by
   * thousands: {@code Objective 2 "Address the drivers" requirements: 128,450,000 -> 140,000,000 USD (+9.0 %)}.
   * Percentages have one decimal, rounded half up.
   *
   * @return the lines, each ending in a newline; {@code "No differences.\n"} when identical
   */
  public String toText() {
    if (changes.isEmpty()) {
      return "No differences.\n";
    }
    StringBuilder b = new StringBuilder();
    for (PlanChange c : changes) {
      b.append(PlanDiffText.line(c)).append('\n');
    }
    return b.toString();
  }
}
